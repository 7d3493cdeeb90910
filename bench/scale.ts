// Part 4 of issue 11: 10,000 learners with 1,000,000 progress rows and quiz attempts between
// them, and 200 counselors with 50 clients each; then the server time of the counselor
// dashboard, a client page and My progress. PGlite and, when it answers, Postgres.
import { readdirSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { openDatabase } from '../src/lib/server/db';
import { user } from '../src/lib/server/db/schema';
import { CONSENT_VERSION } from '../src/lib/sharing/consent';
import { signUpOverHttp } from './http';
import { startServer } from './server';

export const LEARNERS = 10_000;
const ATTEMPTS_PER_LEARNER = 84; // with 16 lessons each: 10,000 × (16 + 84) = 1,000,000 rows
export const COUNSELORS = 200;
export const CLIENTS_PER_COUNSELOR = 50; // 200 × 50: every learner is someone's client

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

interface Measured {
	learnerEmail: string;
	counselorEmail: string;
}

/**
 * Fills an opened database: set-based inserts, so PGlite and Postgres run the same SQL. The two
 * people who signed up are among the 10,000 learners and the 200 counselors, with the same
 * history as the rest; the measured counselor's first client is the measured learner.
 */
async function seed(where: { url?: string; pgliteDir?: string }, people: Measured) {
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
		await db.execute(sql`
			insert into "user" (id, email, display_name, password_hash, role)
			select 'seed-counselor-' || g, 'seed-counselor-' || g || '@example.com', 'Counselor ' || g,
				'not-a-hash', 'counselor'
			from generate_series(1, ${COUNSELORS - 1}) g`);
		await db.execute(
			sql`update "user" set role = 'counselor' where email = ${people.counselorEmail}`
		);
		const learners = sql`(select id, email from "user" where id like 'seed-%' and role = 'learner' or email = ${people.learnerEmail})`;
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
		// Clients numbered from 0 (the measured learner first), counselors likewise; client n
		// shares with counselor floor(n / 50).
		await db.execute(sql`
			with clients as (
				select id, row_number() over (order by email = ${people.learnerEmail} desc, id) - 1 as n
				from ${learners} u
			), counselors as (
				select id, row_number() over (order by email = ${people.counselorEmail} desc, id) - 1 as n
				from "user" where role = 'counselor'
			)
			insert into care_link (id, counselor_id, client_id, consent_version, consented_at)
			select 'link-' || cl.id, co.id, cl.id, ${CONSENT_VERSION}, now() - interval '60 days'
			from clients cl join counselors co on co.n = cl.n / ${CLIENTS_PER_COUNSELOR}`);
		// Two modules assigned to every client: one overdue, one due next week.
		await db.execute(sql`
			insert into assignment (id, counselor_id, client_id, module_slug, due_date)
			select 'assignment-' || l.client_id || '-' || k, l.counselor_id, l.client_id,
				(${moduleArray}::text[])[k], current_date + (case k when 1 then -3 else 7 end)
			from care_link l cross join generate_series(1, 2) k`);
		await db.execute(sql`analyze`);
		const [measured] = await db
			.select({ id: user.id })
			.from(user)
			.where(eq(user.email, people.learnerEmail));
		if (!measured) throw new Error('the measured learner is missing after seeding');
		return measured.id;
	} finally {
		await open.close();
	}
}

export interface ScaleResult {
	db: string;
	page: string;
	path: string;
	seedSeconds: number;
	samples: number;
	p50: number;
	p95: number;
}

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

const ADDRESS = '10.251.0.1';

/** Sequential requests (server time, no queueing); the first 20 warm up and are not counted. */
async function timePage(baseURL: string, path: string, cookie: string, samples: number) {
	const times: number[] = [];
	for (let i = 0; i < samples + 20; i++) {
		const t0 = performance.now();
		const response = await fetch(`${baseURL}${path}`, {
			headers: { cookie, 'x-forwarded-for': ADDRESS },
			redirect: 'manual'
		});
		await response.text();
		if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
		if (i >= 20) times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/**
 * Seeds a fresh database, then times the counselor dashboard (50 clients), one of those clients'
 * page, and My progress for that client.
 */
export async function pagesAtScale(
	port: number,
	databaseUrl?: string,
	samples = 200
): Promise<ScaleResult[]> {
	const stamp = Date.now();
	const people = {
		learnerEmail: `scale-learner-${stamp}@example.com`,
		counselorEmail: `scale-counselor-${stamp}@example.com`
	};
	let server = await startServer({ port, databaseUrl });
	const password = 'quiet river morning walk';
	const learner = await signUpOverHttp(server.url, people.learnerEmail, password, ADDRESS);
	const counselor = await signUpOverHttp(server.url, people.counselorEmail, password, ADDRESS);
	const where = databaseUrl ? { url: databaseUrl } : { pgliteDir: server.pgliteDir };
	const started = performance.now();
	if (!databaseUrl) await server.stop({ keepData: true });
	const clientId = await seed(where, people);
	const seedSeconds = (performance.now() - started) / 1000;
	if (!databaseUrl) server = await startServer({ port, pgliteDir: server.pgliteDir });
	const pages = [
		{ page: 'counselor dashboard (50 clients)', path: '/counselor', cookie: counselor },
		{ page: 'client page', path: `/counselor/clients/${clientId}`, cookie: counselor },
		{ page: 'My progress', path: '/me', cookie: learner }
	];
	try {
		const results: ScaleResult[] = [];
		for (const p of pages) {
			const { p50, p95 } = await timePage(server.url, p.path, p.cookie, samples);
			results.push({
				db: databaseUrl ? 'Postgres' : 'PGlite',
				page: p.page,
				path: p.path.replace(clientId, ':id'),
				seedSeconds,
				samples,
				p50,
				p95
			});
		}
		return results;
	} finally {
		await server.stop();
	}
}
