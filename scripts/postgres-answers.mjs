// Exits 0 when a Postgres server accepts a connection at the given URL within 3 s, else 1.
import postgres from 'postgres';

const sql = postgres(process.argv[2], { max: 1, connect_timeout: 3, onnotice: () => {} });
try {
	await sql`select 1`;
	process.exitCode = 0;
} catch {
	process.exitCode = 1;
} finally {
	await sql.end({ timeout: 1 }).catch(() => {});
}
