import { defineConfig } from 'drizzle-kit';

const url = process.env.DATABASE_URL;
const pgliteDir = process.env.PGLITE_DIR ?? './data/pglite';

// `db:studio` opens the database directly. PGlite has no lock of its own, so studio must only
// open it while the app is stopped (the app's lock file says whether it runs).
export default defineConfig({
	dialect: 'postgresql',
	schema: './src/lib/server/db/schema.ts',
	out: './drizzle',
	...(url?.startsWith('postgres')
		? { dbCredentials: { url } }
		: { driver: 'pglite', dbCredentials: { url: pgliteDir } })
});
