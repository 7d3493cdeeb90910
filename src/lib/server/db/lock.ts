import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export class DataDirLockedError extends Error {
	constructor(
		readonly dir: string,
		readonly pid: number
	) {
		super(
			`The database folder ${dir} is already in use by another Rewire process (pid ${pid}). ` +
				`PGlite must only be opened by one process at a time: stop that process first, or point ` +
				`this one at another folder with PGLITE_DIR, or use Postgres with DATABASE_URL. If no such ` +
				`process is running, delete ${lockPath(dir)}.`
		);
		this.name = 'DataDirLockedError';
	}
}

/** The lock sits beside the data folder (`data/pglite.lock`), not inside PGlite's own files. */
export function lockPath(dir: string): string {
	return `${resolve(dir)}.lock`;
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM means the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Locks this process holds: its own pid in a lock file is only stale if it is not in here. */
const heldHere = new Set<string>();

/**
 * Takes an exclusive lock on a PGlite data folder. PGlite has no lock of its own and a second
 * process opening the same folder corrupts it (measured), so this is the only guard.
 * The lock is a file created with O_EXCL holding our pid; a lock left by a dead process is
 * taken over. Returns a function that releases the lock.
 */
export function lockDataDir(dir: string): () => void {
	const absolute = resolve(dir);
	mkdirSync(dirname(absolute), { recursive: true });
	const path = lockPath(absolute);
	if (heldHere.has(path)) throw new DataDirLockedError(absolute, process.pid);
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(path, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			heldHere.add(path);
			let released = false;
			return () => {
				if (released) return;
				released = true;
				heldHere.delete(path);
				try {
					if (readFileSync(path, 'utf8') === String(process.pid)) unlinkSync(path);
				} catch {
					// Already gone: nothing to release.
				}
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
			if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
				throw new DataDirLockedError(absolute, holder);
			}
			// Stale lock from a process that died (or our own pid from a crashed earlier life).
			unlinkSync(path);
		}
	}
	throw new Error(`Could not take the lock ${path}`);
}
