import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Throughput {
	requestsPerSecond: number;
	p50: number;
	p99: number;
	non2xx: number;
	errors: number;
}

/** autocannon against one URL: mean requests/s and latency percentiles in ms. */
export async function hammer(
	url: string,
	{
		connections,
		seconds,
		headers = {}
	}: { connections: number; seconds: number; headers?: Record<string, string> }
): Promise<Throughput> {
	const result = await autocannon({ url, connections, duration: seconds, headers });
	return {
		requestsPerSecond: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		non2xx: result.non2xx,
		errors: result.errors + result.timeouts
	};
}

export interface StaticServer {
	url: string;
	stop(): Promise<void>;
}

/**
 * nginx from the Debian package serving `body` as a static HTML file with the same headers a
 * browser would care about (gzip off on both sides: autocannon does not ask for it). Worker count
 * as Debian ships it (`auto`: one per core).
 */
export async function startNginx(port: number, body: string): Promise<StaticServer> {
	const dir = mkdtempSync(join(tmpdir(), 'rewire-nginx-'));
	// nginx's workers drop root for an unprivileged user, who must be able to read the file.
	chmodSync(dir, 0o755);
	mkdirSync(join(dir, 'html'));
	mkdirSync(join(dir, 'logs'));
	writeFileSync(join(dir, 'html', 'index.html'), body);
	writeFileSync(
		join(dir, 'nginx.conf'),
		`worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 1024; }
http {
	access_log off;
	sendfile on;
	tcp_nopush on;
	keepalive_requests 100000;
	types { text/html html; }
	client_body_temp_path ${dir}/body;
	proxy_temp_path ${dir}/proxy;
	fastcgi_temp_path ${dir}/fastcgi;
	uwsgi_temp_path ${dir}/uwsgi;
	scgi_temp_path ${dir}/scgi;
	server {
		listen 127.0.0.1:${port};
		root ${dir}/html;
		location / { try_files /index.html =404; }
	}
}
`
	);
	const nginx = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
	const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr?.on('data', (c) => (stderr += String(c)));
	// A missing binary is an 'error' event, not an exit: without a listener it would end the
	// bench at once and leave its app server running.
	let failed: Error | null = null;
	child.once('error', (e) => (failed = e));
	const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
	const url = `http://127.0.0.1:${port}/`;
	for (let i = 0; ; i++) {
		if (failed) {
			throw new Error(
				`could not start ${nginx} (${(failed as Error).message}): run scripts/ensure-nginx.sh`
			);
		}
		if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
		const ok = await fetch(url).then(
			(r) => r.ok,
			() => false
		);
		if (ok) break;
		if (i > 200) {
			child.kill('SIGTERM');
			throw new Error(`nginx did not answer with a 200: ${stderr}`);
		}
		await new Promise((r) => setTimeout(r, 25));
	}
	return {
		url,
		async stop() {
			child.kill('SIGTERM');
			await exited;
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
