import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rightAnswers } from '../pages/QuizPage';
import { expect, test } from '../fixtures';
import {
	clientFor,
	freshPostgresDatabase,
	postgresAnswers,
	signUpOver,
	startServer,
	type AppServer
} from './app-server';

const QUIZ = '/learn/start-here/quiz';
const ROUNDS = 3;
const WRITERS = 3;

/**
 * Learners keep submitting quiz attempts while the server is killed with SIGKILL (no shutdown
 * hooks, no flush) several times and started again on the same data. Every attempt the server
 * acknowledged must still be there, and the database must open cleanly each time.
 */
async function killWhileWriting(env: Record<string, string>) {
	let server: AppServer = await startServer(env);
	const port = server.port;
	let client = await clientFor(server);
	await signUpOver(client, 'Harper');
	const cookies = await client.storageState();
	let acknowledged = 0;
	let sent = 0;
	for (let round = 0; round < ROUNDS; round++) {
		let running = true;
		const writer = async () => {
			while (running) {
				sent += 1;
				const response = await client
					.post(QUIZ, { form: Object.fromEntries(rightAnswers()), timeout: 5_000 })
					.catch(() => null);
				const body = response?.status() === 200 ? await response.text().catch(() => '') : '';
				if (body.includes('Your score is saved.')) {
					acknowledged += 1;
				}
			}
		};
		const writers = Array.from({ length: WRITERS }, writer);
		await new Promise((r) => setTimeout(r, 1_500 + Math.random() * 1_500));
		await server.kill('SIGKILL');
		running = false;
		await Promise.all(writers);
		await client.dispose();
		// Back on the same port and data, and the learner's same session still works.
		server = await startServer(env, { port });
		client = await clientFor(server, cookies);
		expect((await client.get('/me')).url()).toMatch(/\/me$/);
	}
	await client.dispose();
	await server.kill();
	return { acknowledged, sent };
}

test.describe('crash safety', () => {
	test.setTimeout(240_000);

	test('on PGlite, every acknowledged quiz attempt survives repeated SIGKILL', async () => {
		const dir = join(mkdtempSync(join(tmpdir(), 'rewire-crash-')), 'pglite');
		const { acknowledged, sent } = await killWhileWriting({ PGLITE_DIR: dir });
		expect(acknowledged).toBeGreaterThan(0);
		const db = new PGlite(dir);
		try {
			const { rows } = await db.query<{ n: number }>('select count(*)::int as n from quiz_attempt');
			const stored = rows[0]!.n;
			expect(stored).toBeGreaterThanOrEqual(acknowledged);
			expect(stored).toBeLessThanOrEqual(sent);
			const orphans = await db.query<{ n: number }>(
				'select count(*)::int as n from quiz_attempt a where not exists (select 1 from quiz_answer q where q.attempt_id = a.id)'
			);
			expect(orphans.rows[0]!.n, 'attempts without their answers').toBe(0);
		} finally {
			await db.close();
		}
	});

	test('on Postgres, every acknowledged quiz attempt survives repeated SIGKILL', async () => {
		test.skip(!(await postgresAnswers()), 'skipped: no Postgres answered at 127.0.0.1:5432');
		const database = await freshPostgresDatabase();
		try {
			const { acknowledged, sent } = await killWhileWriting({ DATABASE_URL: database.url });
			expect(acknowledged).toBeGreaterThan(0);
			const [row] = await database.query<{ n: number }>(
				'select count(*)::int as n from quiz_attempt'
			);
			expect(row!.n).toBeGreaterThanOrEqual(acknowledged);
			expect(row!.n).toBeLessThanOrEqual(sent);
		} finally {
			await database.drop();
		}
	});
});
