// `npm run db:migrate`: apply the migrations in drizzle/ to the configured database and exit.
// The server also does this at start-up; this is for deploy pipelines that migrate first.
import { openDatabase } from '../src/lib/server/db';
import { databaseOptionsFromEnv } from '../src/lib/server/db/runtime';

const open = await openDatabase(databaseOptionsFromEnv());
console.log(`Migrations applied (${open.kind}, ${open.where}).`);
await open.close();
