import { expect, test } from '../fixtures';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { E2E_DATA_DIR } from '../../../playwright.config';

test('a second server on the same data folder exits at once and says why', async () => {
	test.skip(!!process.env.E2E_DATABASE_URL, 'the lock guards PGlite only');
	const child = spawn(process.execPath, ['build'], {
		env: {
			...process.env,
			PORT: '4199',
			HOST: '127.0.0.1',
			PGLITE_DIR: E2E_DATA_DIR,
			DATABASE_URL: ''
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	const started = Date.now();
	const code = await new Promise<number | null>((done) => child.on('exit', done));
	expect(code).not.toBe(0);
	expect(Date.now() - started).toBeLessThan(10_000);
	expect(output).toContain(resolve(E2E_DATA_DIR));
	expect(output).toMatch(/already in use by another Rewire process/);
	expect(output).toMatch(/stop that process first/);
});
