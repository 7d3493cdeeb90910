import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { DataDirLockedError, lockDataDir, lockPath } from './lock';

const dirs: string[] = [];
function tempDataDir(): string {
	const root = mkdtempSync(join(tmpdir(), 'rewire-lock-'));
	dirs.push(root);
	return join(root, 'pglite');
}
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('lockDataDir', () => {
	it('takes the lock, refuses a second holder, and can be taken again after release', () => {
		const dir = tempDataDir();
		const release = lockDataDir(dir);
		expect(existsSync(lockPath(dir))).toBe(true);
		release();
		expect(existsSync(lockPath(dir))).toBe(false);
		// Another live process holding it: the parent of this test process stands in.
		writeFileSync(lockPath(dir), String(process.ppid));
		expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
		rmSync(lockPath(dir));
		lockDataDir(dir)();
	});

	it('refuses a second open from the same process too', () => {
		const dir = tempDataDir();
		const release = lockDataDir(dir);
		expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
		release();
	});

	it('names the folder and what to do in its message', () => {
		const dir = tempDataDir();
		lockDataDir(dir)();
		writeFileSync(lockPath(dir), String(process.ppid));
		try {
			lockDataDir(dir);
			expect.unreachable();
		} catch (error) {
			expect((error as Error).message).toContain(dir);
			expect((error as Error).message).toMatch(/stop that process/);
		}
	});

	it('takes over a lock left by a process that has died', () => {
		const dir = tempDataDir();
		lockDataDir(dir)();
		// A pid that surely exited: a child we ran to completion.
		const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
		writeFileSync(lockPath(dir), child.stdout.toString());
		const release = lockDataDir(dir);
		release();
	});
});
