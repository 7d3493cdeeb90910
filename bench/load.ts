// The load run of issue 10: many signed-in learners read lessons and submit quiz attempts at
// once. `npx tsx bench/load.ts --learners 20 --seconds 10` runs a short one on its own (a fresh
// built server on PGlite; DATABASE_URL=postgres://… for Postgres), suitable for scripts/test.sh.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { countQuizAttempts } from './count-rows';
import { answersFromQuizPage, signUpOverHttp } from './http';
import { startPgBouncer } from './pgbouncer';
import { freshDatabase } from './postgres';
import { startServer, type RunningServer } from './server';

export const LOAD_LESSONS = [
	'/learn/start-here/how-this-course-works',
	'/learn/reward-system/what-reward-is',
	'/learn/fire-together/cues-and-triggers',
	'/learn/moving-to-heal/make-your-plan'
];
export const LOAD_QUIZ = '/learn/start-here/quiz';
const PASSWORD = 'quiet river morning walk';

export interface LoadResult {
	learners: number;
	seconds: number;
	requests: number;
	serverErrors: number;
	otherFailures: number;
	/** Attempts the server acknowledged as saved, and the rows found afterwards. */
	acknowledged: number;
	stored: number;
	p50: number;
	p95: number;
	p99: number;
	requestsPerSecond: number;
}

const percentile = (sorted: number[], p: number) =>
	sorted.length === 0
		? 0
		: sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * Signs `learners` up, then each loops for `seconds`: open a lesson, submit the quiz. Every
 * request's latency and status is kept. The caller counts the stored rows afterwards
 * (`stop` the server first on PGlite) and passes `countStored`.
 */
export async function loadRun(
	server: RunningServer,
	{ learners, seconds }: { learners: number; seconds: number },
	countStored: (emails: string[]) => Promise<number>
): Promise<LoadResult> {
	const base = server.url;
	const stamp = Date.now().toString(36);
	const people: { email: string; cookie: string; address: string }[] = [];
	// Ten at a time: argon2id is deliberately slow, and sign-up is not what is measured.
	for (let i = 0; i < learners; i += 10) {
		const batch = Array.from({ length: Math.min(10, learners - i) }, (_, j) => i + j);
		people.push(
			...(await Promise.all(
				batch.map(async (n) => {
					const email = `load-${stamp}-${n}@example.com`;
					const address = `10.200.${n >> 8}.${n & 255}`;
					return { email, address, cookie: await signUpOverHttp(base, email, PASSWORD, address) };
				})
			))
		);
	}
	const first = people[0]!;
	const quizHtml = await fetch(base + LOAD_QUIZ, {
		headers: { cookie: first.cookie, 'x-forwarded-for': first.address }
	}).then((r) => r.text());
	const answers = answersFromQuizPage(quizHtml).toString();

	const latencies: number[] = [];
	let serverErrors = 0;
	let otherFailures = 0;
	let acknowledged = 0;
	const deadline = performance.now() + seconds * 1000;
	const started = performance.now();

	async function timed(path: string, init: RequestInit, person: (typeof people)[number]) {
		const t0 = performance.now();
		try {
			const response = await fetch(base + path, {
				...init,
				redirect: 'manual',
				headers: {
					...(init.headers as Record<string, string>),
					cookie: person.cookie,
					'x-forwarded-for': person.address
				}
			});
			const body = await response.text();
			latencies.push(performance.now() - t0);
			if (response.status >= 500) serverErrors += 1;
			else if (response.status !== 200 && response.status !== 303) otherFailures += 1;
			return { status: response.status, body, location: response.headers.get('location') ?? '' };
		} catch {
			latencies.push(performance.now() - t0);
			otherFailures += 1;
			return { status: 0, body: '', location: '' };
		}
	}

	await Promise.all(
		people.map(async (person, n) => {
			for (let i = n; performance.now() < deadline; i++) {
				await timed(LOAD_LESSONS[i % LOAD_LESSONS.length]!, {}, person);
				const posted = await timed(
					LOAD_QUIZ,
					{
						method: 'POST',
						headers: {
							accept: 'text/html',
							origin: base,
							'content-type': 'application/x-www-form-urlencoded'
						},
						body: answers
					},
					person
				);
				// Without JavaScript a check answers with a redirect to its result, sent only after
				// the attempt is stored: that is the acknowledgement.
				if (posted.status === 303 && posted.location.startsWith(`${LOAD_QUIZ}/result`))
					acknowledged += 1;
			}
		})
	);
	const elapsed = (performance.now() - started) / 1000;
	latencies.sort((a, b) => a - b);
	const stored = await countStored(people.map((p) => p.email));
	return {
		learners,
		seconds,
		requests: latencies.length,
		serverErrors,
		otherFailures,
		acknowledged,
		stored,
		p50: percentile(latencies, 50),
		p95: percentile(latencies, 95),
		p99: percentile(latencies, 99),
		requestsPerSecond: latencies.length / elapsed
	};
}

/** A load run on a fresh server; counts rows after stopping it. */
export async function loadRunOnFreshServer(options: {
	port: number;
	learners: number;
	seconds: number;
	databaseUrl?: string;
	/** Where to count the stored rows, when not `databaseUrl` (e.g. past a pooler). */
	countUrl?: string;
	env?: Record<string, string>;
}): Promise<{ result: LoadResult; rss: number }> {
	const server = await startServer({
		port: options.port,
		databaseUrl: options.databaseUrl,
		env: options.env
	});
	let rss = 0;
	let stopped = false;
	try {
		const result = await loadRun(server, options, async (emails) => {
			rss = server.rss();
			await server.stop({ keepData: true });
			stopped = true;
			return countQuizAttempts(
				options.databaseUrl
					? { url: options.countUrl ?? options.databaseUrl }
					: { pgliteDir: server.pgliteDir },
				emails
			);
		});
		return { result, rss };
	} finally {
		if (!stopped) await server.stop();
		server.removeData();
	}
}

export function loadPasses(r: LoadResult): boolean {
	return r.serverErrors === 0 && r.stored === r.acknowledged && r.acknowledged > 0;
}

async function main() {
	const { values } = parseArgs({
		options: {
			learners: { type: 'string', default: '100' },
			seconds: { type: 'string', default: '60' },
			port: { type: 'string', default: '4394' },
			/** A Postgres server (admin URL): the run gets a fresh database there, dropped after. */
			'fresh-postgres': { type: 'string' },
			/**
			 * With --fresh-postgres: the app reaches it through a PgBouncer in transaction mode
			 * (`?prepare=false`), and migrates over the direct MIGRATION_DATABASE_URL.
			 */
			pgbouncer: { type: 'boolean', default: false }
		}
	});
	if (values.pgbouncer && !values['fresh-postgres'])
		throw new Error('--pgbouncer needs --fresh-postgres <admin url>');
	const fresh = values['fresh-postgres']
		? await freshDatabase(`rewire_load_${Date.now().toString(36)}`, values['fresh-postgres'])
		: null;
	const pooler = values.pgbouncer ? await startPgBouncer(values['fresh-postgres']!) : null;
	const { result, rss } = await loadRunOnFreshServer({
		port: Number(values.port),
		learners: Number(values.learners),
		seconds: Number(values.seconds),
		...(pooler && fresh
			? {
					databaseUrl: `${pooler.through(fresh.url)}?prepare=false`,
					countUrl: fresh.url,
					env: { MIGRATION_DATABASE_URL: fresh.url }
				}
			: { databaseUrl: fresh?.url ?? (process.env.DATABASE_URL || undefined) })
	}).finally(async () => {
		await pooler?.stop();
		await fresh?.drop();
	});
	console.log(JSON.stringify({ ...result, rssMB: Math.round(rss / 2 ** 20) }, null, 2));
	const ok = loadPasses(result);
	console.log(
		ok
			? `load: pass (${result.requests} requests, 0 server errors, ${result.stored}/${result.acknowledged} attempts stored)`
			: `load: FAIL (${result.serverErrors} server errors, ${result.stored} of ${result.acknowledged} acknowledged attempts stored)`
	);
	process.exitCode = ok ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
