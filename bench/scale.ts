// Part 4 of issue 11, for My progress only (the counselor pages measure theirs when they land):
// 10,000 learners with 1,000,000 progress rows and quiz attempts between them, then the server
// time of `/me` for one learner who has a full history. PGlite and, when it answers, Postgres.
import { readdirSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/lib/server/db';
import { signUpOverHttp } from './http';
import { startServer } from './server';

export const LEARNERS = 10_000;
const ATTEMPTS_PER_LEARNER = 84; // with 16 lessons each: 10,000 × (16 + 84) = 1,000,000 rows

/** Module and lesson slugs from the lessons folder (numbered folders and files, prefix dropped). */
function courseSlugs() {
	const strip = (name: string) => name.replace(/^\d+-/, '').replace(/\.md$/, '');
	return readdirSync('lessons', { withFileTypes: true })
		.filter((d) => d.isDirectory() && /^\d+-/.test(d.name))
		.flatMap((d) =>
			readdirSync(`lessons/${d.name}`)
				.filter((f) => /^\d+-.*\.md$/.test(f))
				.map((f) => ({ module: strip(d.name), lesson: strip(f) }))
		);
}

/** Fills an opened database: set-based inserts, so PGlite and Postgres run the same SQL. */
async function seed(where: { url?: string; pgliteDir?: string }, targetEmail: string) {
	const open = await openDatabase(where);
	try {
		const db = open.db;
		const lessons = courseSlugs();
		const modules = [...new Set(lessons.map((l) => l.module))];
		const lessonRows = sql.join(
			lessons.map((l) => sql`(${l.module}, ${l.lesson})`),
			sql`, `
		);
		const moduleArray = `{${modules.join(',')}}`;
		await db.execute(sql`
			insert into "user" (id, email, display_name, password_hash, role)
			select 'seed-' || g, 'seed-' || g || '@example.com', 'Learner ' || g, 'not-a-hash', 'learner'
			from generate_series(1, ${LEARNERS - 1}) g`);
		// The signed-up learner is the last of the 10,000 and gets the same history as the rest.
		const learners = sql`(select id from "user" where id like 'seed-%' or email = ${targetEmail})`;
		await db.execute(sql`
			insert into lesson_progress (user_id, module_slug, lesson_slug, section, started_at, updated_at, completed_at)
			select u.id, l.m, l.s, '', now() - interval '30 days', now() - (random() * interval '30 days'),
				case when random() < 0.6 then now() - interval '1 day' end
			from ${learners} u cross join (values ${lessonRows}) as l(m, s)
			on conflict do nothing`);
		await db.execute(sql`
			insert into quiz_attempt (id, user_id, module_slug, score, max_score, mastered, created_at)
			select u.id || '-' || k, u.id, (${moduleArray}::text[])[1 + k % ${modules.length}],
				floor(random() * 11), 10, random() < 0.5, now() - (k * interval '1 hour')
			from ${learners} u cross join generate_series(1, ${ATTEMPTS_PER_LEARNER}) k`);
		await db.execute(sql`analyze`);
	} finally {
		await open.close();
	}
}

export interface ScaleResult {
	db: string;
	seedSeconds: number;
	samples: number;
	p50: number;
	p95: number;
}

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Seeds a fresh database and times `/me` (sequential requests: server time, no queueing). */
export async function myProgressAtScale(
	port: number,
	databaseUrl?: string,
	samples = 200
): Promise<ScaleResult> {
	const email = `scale-${Date.now()}@example.com`;
	let server = await startServer({ port, databaseUrl });
	const cookie = await signUpOverHttp(server.url, email, 'quiet river morning walk', '10.251.0.1');
	const where = databaseUrl ? { url: databaseUrl } : { pgliteDir: server.pgliteDir };
	const started = performance.now();
	if (!databaseUrl) await server.stop({ keepData: true });
	await seed(where, email);
	const seedSeconds = (performance.now() - started) / 1000;
	if (!databaseUrl) server = await startServer({ port, pgliteDir: server.pgliteDir });
	try {
		const times: number[] = [];
		for (let i = 0; i < samples + 20; i++) {
			const t0 = performance.now();
			const response = await fetch(`${server.url}/me`, {
				headers: { cookie, 'x-forwarded-for': '10.251.0.1' },
				redirect: 'manual'
			});
			await response.text();
			if (response.status !== 200) throw new Error(`/me answered ${response.status}`);
			if (i >= 20) times.push(performance.now() - t0); // the first 20 warm up
		}
		times.sort((a, b) => a - b);
		return {
			db: databaseUrl ? 'Postgres' : 'PGlite',
			seedSeconds,
			samples,
			p50: percentile(times, 50),
			p95: percentile(times, 95)
		};
	} finally {
		await server.stop();
	}
}
