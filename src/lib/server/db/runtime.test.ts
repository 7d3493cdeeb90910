import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError } from './availability';
import { currentDatabase, database, startDatabase, stopDatabase } from './runtime';

afterEach(() => stopDatabase());

describe('startDatabase', () => {
	it('opens the embedded database at once', async () => {
		const open = await startDatabase({
			pgliteDir: 'memory://',
			url: undefined,
			migrationsFolder: undefined
		});
		expect(open?.kind).toBe('pglite');
		expect(currentDatabase()).toBe(open);
		expect(database()).toBe(open);
	});

	it('starts without a Postgres that does not answer, says why without secrets, and keeps trying', async () => {
		const lines: string[] = [];
		// Port 1 on this machine refuses connections at once.
		const url = 'postgres://rewire:s3cret-password@127.0.0.1:1/rewire';
		const open = await startDatabase(
			{ url, pgliteDir: 'unused', migrationsFolder: undefined },
			(line) => lines.push(line)
		);
		expect(open).toBeUndefined();
		expect(currentDatabase()).toBeUndefined();
		expect(() => database()).toThrow(DatabaseUnavailableError);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/cannot open the database at postgres:\/\/127\.0\.0\.1:1\/rewire/);
		expect(lines[0]).toMatch(/ECONNREFUSED/);
		expect(lines[0]).toMatch(/Trying again every 5 s; until then pages that need it answer 503/);
		expect(lines.join('\n')).not.toContain('s3cret');
	});
});
