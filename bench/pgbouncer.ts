import { spawn } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real PgBouncer in transaction mode (as managed Postgres providers run it) in front of a
 * Postgres, on a free local port, with its own generated config in a temporary folder. Used by
 * the load run and the scale-out test to show the app works through a pooler.
 */
export interface PgBouncer {
	port: number;
	/** The same database URL, reached through the pooler. */
	through(url: string): string;
	/** What PgBouncer printed (its log goes to stderr). */
	output(): string;
	stop(): Promise<void>;
}

const CANDIDATES = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer', '/usr/local/bin/pgbouncer'];

/** The PgBouncer binary (PGBOUNCER_PATH, else the Debian package's), or undefined. */
export function pgbouncerPath(env = process.env): string | undefined {
	const candidates = env.PGBOUNCER_PATH ? [env.PGBOUNCER_PATH] : CANDIDATES;
	return candidates.find((path) => {
		try {
			accessSync(path, constants.X_OK);
			return true;
		} catch {
			return false;
		}
	});
}

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as { port: number };
	await new Promise((done) => server.close(done));
	return port;
}

/** Starts PgBouncer in front of the Postgres that `target` names; resolves once it listens. */
export async function startPgBouncer(target: string, binary = pgbouncerPath()): Promise<PgBouncer> {
	if (!binary) throw new Error('PgBouncer is not installed (scripts/ensure-pgbouncer.sh)');
	const upstream = new URL(target);
	const port = await freePort();
	const dir = mkdtempSync(join(tmpdir(), 'rewire-pgbouncer-'));
	// PgBouncer refuses to run as root; as root it reads the config, then becomes `nobody`.
	const asRoot = process.getuid?.() === 0;
	const config = [
		'[databases]',
		// Any database name, passed through to the same server as the same user.
		`* = host=${upstream.hostname} port=${upstream.port || 5432} user=${decodeURIComponent(upstream.username) || 'postgres'}`,
		'[pgbouncer]',
		'listen_addr = 127.0.0.1',
		`listen_port = ${port}`,
		'unix_socket_dir =',
		// Local tests only: the upstream Postgres trusts local connections.
		'auth_type = any',
		'pool_mode = transaction',
		'max_client_conn = 400',
		'default_pool_size = 20',
		// Hand idle server connections out in turn, as a busy pooler ends up doing, so whatever
		// relies on getting the same server connection twice fails every time, not now and then.
		'server_round_robin = 1',
		...(asRoot ? ['user = nobody'] : [])
	].join('\n');
	const file = join(dir, 'pgbouncer.ini');
	writeFileSync(file, config + '\n');
	chmodSync(dir, 0o755);
	chmodSync(file, 0o644);

	const child = spawn(binary, [file], { stdio: ['ignore', 'ignore', 'pipe'] });
	let output = '';
	child.stderr!.on('data', (d) => (output += d));
	const exited = new Promise<void>((done) => child.once('exit', () => done()));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
		await exited;
		rmSync(dir, { recursive: true, force: true });
	};
	const deadline = Date.now() + 10_000;
	while (!/listening on 127\.0\.0\.1:/.test(output)) {
		if (child.exitCode !== null || Date.now() > deadline) {
			await stop();
			throw new Error(`PgBouncer did not start:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 50));
	}
	return {
		port,
		through(url: string) {
			const u = new URL(url);
			u.host = `127.0.0.1:${port}`;
			return u.toString();
		},
		output: () => output,
		stop
	};
}
