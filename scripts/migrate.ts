// `npm run db:migrate`: apply the migrations in drizzle/ to the configured database and exit.
// The server also does this at start-up unless MIGRATE_AT_START=false; this is for deploy
// pipelines that migrate first. Migrations go over MIGRATION_DATABASE_URL when it is set.
import { openDatabase } from '../src/lib/server/db';
import { databaseOptionsFromEnv } from '../src/lib/server/db/runtime';

const open = await openDatabase({ ...databaseOptionsFromEnv(), migrate: true });
console.log(`Migrations applied (${open.kind}, ${open.where}).`);
await open.close();
