// `npm run admin -- grant counselor someone@example.com`: manage roles from the command line.
import { DataDirLockedError } from '../src/lib/server/db/lock';
import { openDatabase } from '../src/lib/server/db';
import { databaseOptionsFromEnv } from '../src/lib/server/db/runtime';
import { runAdmin } from './admin-cli';

try {
	const open = await openDatabase(databaseOptionsFromEnv());
	const code = await runAdmin(process.argv.slice(2), open.db, (line) => console.log(line));
	await open.close();
	process.exit(code);
} catch (error) {
	if (error instanceof DataDirLockedError) {
		console.error(
			`${error.message}\nThe embedded database can only be changed while the site is stopped.`
		);
		process.exit(1);
	}
	throw error;
}
