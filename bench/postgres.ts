import postgres from 'postgres';

/** The Postgres the bench may use: POSTGRES_BENCH_URL, else the local default when it answers. */
export const POSTGRES_ADMIN_URL =
	process.env.POSTGRES_BENCH_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function postgresAnswers(url = POSTGRES_ADMIN_URL): Promise<boolean> {
	const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
	try {
		await sql`select 1`;
		return true;
	} catch {
		return false;
	} finally {
		await sql.end({ timeout: 1 }).catch(() => {});
	}
}

/** A fresh, empty database for one measurement; `drop` removes it. */
export async function freshDatabase(
	name: string,
	adminUrl = POSTGRES_ADMIN_URL
): Promise<{ url: string; drop(): Promise<void> }> {
	const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`drop database if exists "${name}" with (force)`);
	await admin.unsafe(`create database "${name}"`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		async drop() {
			const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
			await sql.unsafe(`drop database if exists "${name}" with (force)`);
			await sql.end();
		}
	};
}
