import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import {
	clientFor,
	freshPostgresDatabase,
	postgresAnswers,
	postgresRelay,
	signUpOver,
	startServer
} from './app-server';

const LESSON = '/learn/reward-system/what-reward-is';

test('a damaged embedded database folder stops the server with a clear message', async () => {
	// A file where the data folder should be: PGlite cannot open it, and waiting will not help.
	const dir = mkdtempSync(join(tmpdir(), 'rewire-bad-'));
	const notAFolder = join(dir, 'pglite');
	writeFileSync(notAFolder, 'not a database');
	const started = Date.now();
	const server = await startServer({ PGLITE_DIR: notAFolder }, { ready: false });
	const code = await server.exited;
	expect(code).toBe(1);
	// By itself and soon (start-up loads the course and the database engine first), never hanging.
	expect(Date.now() - started).toBeLessThan(45_000);
	expect(server.output()).toContain(`Rewire cannot start: the embedded database in ${notAFolder}`);
	expect(server.output()).toMatch(/move it aside \(it holds your data\) and restore a backup/);
});

test.describe('when Postgres is away', () => {
	test.setTimeout(180_000);

	test('the site answers 503 with help, keeps lessons readable, and recovers by itself', async () => {
		test.skip(!(await postgresAnswers()), 'skipped: no Postgres answered at 127.0.0.1:5432');
		const database = await freshPostgresDatabase();
		const relay = await postgresRelay();
		const server = await startServer({ DATABASE_URL: relay.through(database.url) });
		const client = await clientFor(server);
		try {
			// Down at start: the server still starts and explains itself in the log.
			expect(server.output()).toMatch(/cannot open the database at .*Trying again every 5 s/);
			expect(server.output()).not.toContain('postgres@');

			// A guest can still read a lesson; anything that needs the database gets a calm 503.
			expect((await client.get(LESSON)).status()).toBe(200);
			const login = await client.post('/login', {
				form: { email: 'someone@example.com', password: 'whatever words' }
			});
			expect(login.status()).toBe(503);
			expect(login.headers()['retry-after']).toBe('30');
			expect(await login.text()).toContain('We cannot reach our database right now');

			// The database comes back: within a few retries the site works normally.
			relay.up();
			await expect
				.poll(
					async () => (await client.post('/login', { form: { email: 'x@example.com' } })).status(),
					{
						timeout: 30_000,
						intervals: [1_000]
					}
				)
				.toBe(400);
			expect(server.output()).toMatch(/connected to the database at .*serving normally again/);
			await signUpOver(client, 'Reese');
			expect((await client.get('/me')).status()).toBe(200);

			// It goes away mid-session: a signed-in page is a 503 with the help lines, not a crash.
			relay.down();
			const me = await client.get('/me');
			expect(me.status()).toBe(503);
			const page = await me.text();
			expect(page).toContain('Please try again in a minute');
			expect(page).toContain('988');
			expect(page).toContain('1-800-662-4357');
			expect(page).not.toContain('Reese');

			// And back again, with the same session.
			relay.up();
			await expect
				.poll(async () => (await client.get('/me')).status(), {
					timeout: 30_000,
					intervals: [1_000]
				})
				.toBe(200);
			expect(await (await client.get('/me')).text()).toContain('Reese');
			expect(server.output()).toMatch(/503 on GET \/me: the database is not reachable/);
		} finally {
			await client.dispose();
			await server.kill();
			await relay.close();
			await database.drop();
		}
	});
});
