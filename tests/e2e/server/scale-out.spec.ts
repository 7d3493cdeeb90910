import { readdirSync } from 'node:fs';
import { pgbouncerPath, startPgBouncer, type PgBouncer } from '../../../bench/pgbouncer';
import { expect, PASSWORD, test } from '../fixtures';
import {
	clientFor,
	freshPostgresDatabase,
	postgresAnswers,
	signUpOver,
	startServer
} from './app-server';

// Directly, and through PgBouncer in transaction mode as managed Postgres providers run it (each
// transaction may get another server connection): `?prepare=false`, migrations over a direct URL.
for (const through of ['directly', 'through PgBouncer'] as const) {
	test(`two app processes on one Postgres behave as one site (${through})`, async () => {
		test.setTimeout(180_000);
		test.skip(!(await postgresAnswers()), 'skipped: no Postgres answered at 127.0.0.1:5432');
		test.skip(
			through === 'through PgBouncer' && !pgbouncerPath(),
			'skipped: PgBouncer is not installed (scripts/ensure-pgbouncer.sh installs it as root)'
		);
		const database = await freshPostgresDatabase();
		let pooler: PgBouncer | undefined;
		const env: Record<string, string> = { DATABASE_URL: database.url };
		if (through === 'through PgBouncer') {
			pooler = await startPgBouncer(database.url);
			env.DATABASE_URL = `${pooler.through(database.url)}?prepare=false`;
			env.MIGRATION_DATABASE_URL = database.url;
		}
		// Started together: the migrations must run once, under their lock, and both must serve.
		const [one, two] = await Promise.all([startServer(env), startServer(env)]);
		const a = await clientFor(one);
		try {
			const [migrations] = await database.query<{ n: number }>(
				'select count(*)::int as n from drizzle.__drizzle_migrations'
			);
			const files = readdirSync('drizzle').filter((f) => f.endsWith('.sql'));
			expect(migrations!.n).toBe(files.length);

			// A session made on one process works on the other.
			const email = await signUpOver(a, 'Ellis');
			const b = await clientFor(two, await a.storageState());
			expect(await (await b.get('/me')).text()).toContain('Ellis');

			// Log-out on one ends the session on the other.
			await b.post('/logout', { form: {} });
			const after = await clientFor(one, await a.storageState());
			expect((await after.get('/me')).url()).toMatch(/\/login/);
			await after.dispose();
			await b.dispose();

			// The sign-in throttle is shared: wrong passwords spread over both processes from one
			// address are counted together, and the next try on either gets 429.
			let refused = 0;
			for (let i = 0; i < 40 && refused === 0; i++) {
				const server = i % 2 === 0 ? a : await clientFor(two);
				const response = await server.post('/login', {
					form: { email: `nobody-${i}@example.com`, password: 'not the password' }
				});
				if (response.status() === 429) refused = i + 1;
				if (server !== a) await server.dispose();
			}
			// Twenty in a burst per address (SIGN_IN_BUCKET, one spent on sign-up, a few refilled
			// meanwhile). Two separate counts would have allowed about forty.
			expect(refused).toBeGreaterThanOrEqual(20);
			expect(refused).toBeLessThanOrEqual(30);
			const other = await clientFor(two);
			const blocked = await other.post('/login', { form: { email, password: PASSWORD } });
			expect(blocked.status()).toBe(429);
			await other.dispose();
		} finally {
			await a.dispose();
			await Promise.all([one.kill(), two.kill()]);
			await pooler?.stop();
			await database.drop();
		}
	});
}
