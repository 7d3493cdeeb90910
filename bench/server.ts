import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface RunningServer {
	url: string;
	pid: number;
	/** Milliseconds from spawn to the first 200 on `/`. */
	startupMs: number;
	/** Resident memory of the server process now, in bytes (Linux /proc). */
	rss(): number;
	/** The embedded database's folder (unused on Postgres). */
	pgliteDir: string;
	/** Stops the process; its data is removed unless kept (then call `removeData` later). */
	stop(options?: { keepData?: boolean }): Promise<void>;
	removeData(): void;
}

export interface ServerOptions {
	port: number;
	/** postgres://… to run on Postgres; otherwise a fresh PGlite in a temporary folder. */
	databaseUrl?: string;
	/** Reopen an existing embedded database (e.g. one the bench seeded) instead of a fresh one. */
	pgliteDir?: string;
	env?: Record<string, string>;
}

/** Starts the built server (`build/`, from `vite build`) and waits for its first 200. */
export async function startServer({
	port,
	databaseUrl,
	pgliteDir,
	env = {}
}: ServerOptions): Promise<RunningServer> {
	const dataDir = pgliteDir ? dirname(pgliteDir) : mkdtempSync(join(tmpdir(), 'rewire-bench-'));
	const url = `http://127.0.0.1:${port}`;
	// Something already answering there (a server left by an interrupted run) would be measured
	// in place of this one.
	const taken = await fetch(url).then(
		() => true,
		() => false
	);
	if (taken)
		throw new Error(`port ${port} is already in use: stop what runs there or set BENCH_PORT`);
	const started = performance.now();
	const child: ChildProcess = spawn(process.execPath, ['build'], {
		stdio: ['ignore', 'ignore', 'pipe'],
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			PGLITE_DIR: join(dataDir, 'pglite'),
			DATABASE_URL: databaseUrl ?? '',
			// Load runs come from one address; the bench sends its own X-Forwarded-For per learner.
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1',
			...env
		}
	});
	let stderr = '';
	child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

	const deadline = started + 60_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited at start-up:\n${stderr}`);
		if (performance.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`server did not answer within 60 s:\n${stderr}`);
		}
		const ok = await fetch(`${url}/`).then(
			(r) => r.status === 200,
			() => false
		);
		if (ok) break;
		await new Promise((r) => setTimeout(r, 20));
	}
	const startupMs = performance.now() - started;
	const pid = child.pid!;
	return {
		url,
		pid,
		startupMs,
		rss() {
			const status = readFileSync(`/proc/${pid}/status`, 'utf8');
			const kbs = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
			return kbs * 1024;
		},
		pgliteDir: join(dataDir, 'pglite'),
		async stop({ keepData = false } = {}) {
			if (child.exitCode === null && child.signalCode === null) {
				child.kill('SIGTERM');
				const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
				await exited;
				clearTimeout(timer);
			}
			if (!keepData) rmSync(dataDir, { recursive: true, force: true });
		},
		removeData() {
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
