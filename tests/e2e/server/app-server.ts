import { request, type APIRequestContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server, type Socket, connect } from 'node:net';
import postgres from 'postgres';
import { postgresAnswers as answers } from '../../../bench/postgres';
import { PASSWORD, uniqueEmail } from '../fixtures';

/**
 * Extra copies of the built server, each with its own port and database, for tests that stop,
 * kill or multiply servers (the shared e2e server must stay up for every other test).
 */
export interface AppServer {
	url: string;
	port: number;
	output(): string;
	/** Resolves with the exit code (or null after a signal). */
	exited: Promise<number | null>;
	kill(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as { port: number };
	await new Promise((done) => server.close(done));
	return port;
}

/** Starts `node build`; with `ready`, waits until it answers HTTP (or fails with its output). */
export async function startServer(
	env: Record<string, string>,
	{ port, ready = true }: { port?: number; ready?: boolean } = {}
): Promise<AppServer> {
	const chosen = port ?? (await freePort());
	const url = `http://127.0.0.1:${chosen}`;
	const child: ChildProcess = spawn(process.execPath, ['build'], {
		env: {
			...process.env,
			PORT: String(chosen),
			HOST: '127.0.0.1',
			ORIGIN: url,
			DATABASE_URL: '',
			ADDRESS_HEADER: '',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
	const server: AppServer = {
		url,
		port: chosen,
		output: () => output,
		exited,
		kill: async (signal = 'SIGTERM') => {
			if (child.exitCode === null && child.signalCode === null) child.kill(signal);
			return exited;
		}
	};
	if (!ready) return server;
	const deadline = Date.now() + 60_000;
	let stopped = false;
	void exited.then(() => (stopped = true));
	while (Date.now() < deadline) {
		if (stopped) throw new Error(`the server exited while starting:\n${output}`);
		try {
			const response = await fetch(`${url}/help`);
			if (response.status < 500) return server;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	await server.kill('SIGKILL');
	throw new Error(`the server did not answer within 60 s:\n${output}`);
}

/** An HTTP client for one server that sends forms the way its own pages do (same origin). */
export function clientFor(
	server: AppServer,
	storageState?: Awaited<ReturnType<APIRequestContext['storageState']>>
): Promise<APIRequestContext> {
	return request.newContext({
		baseURL: server.url,
		storageState,
		extraHTTPHeaders: { origin: server.url, accept: 'text/html' }
	});
}

export async function signUpOver(client: APIRequestContext, name = 'Morgan') {
	const email = uniqueEmail(name.toLowerCase());
	const response = await client.post('/signup', {
		form: { email, displayName: name, password: PASSWORD, next: '/me' }
	});
	// A new account first shows its recovery code once, with a way on to `next`.
	if (response.status() !== 200 || new URL(response.url()).pathname !== '/me/recovery-code') {
		throw new Error(`sign-up failed: ${response.status()} ${response.url()}`);
	}
	return email;
}

// ---- Postgres ----------------------------------------------------------------------------

export const POSTGRES_ADMIN_URL =
	process.env.POSTGRES_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Whether a Postgres answers (the bench's check, pointed at the tests' server). */
export const postgresAnswers = (url = POSTGRES_ADMIN_URL) => answers(url);

/** A fresh, empty database for one test, dropped again by `drop`. */
export async function freshPostgresDatabase() {
	const name = `rewire_e2e_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = postgres(POSTGRES_ADMIN_URL, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(POSTGRES_ADMIN_URL);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		name,
		/** Runs one query against the test database. */
		query: async <T extends object>(text: string): Promise<T[]> => {
			const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
			try {
				return (await sql.unsafe(text)) as unknown as T[];
			} finally {
				await sql.end({ timeout: 5 });
			}
		},
		drop: async () => {
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end({ timeout: 5 });
		}
	};
}

/**
 * A TCP relay in front of Postgres that can be "down" (refusing and cutting every connection)
 * and "up" again, to show how the app behaves when its database goes away and comes back.
 */
export async function postgresRelay(target = new URL(POSTGRES_ADMIN_URL)) {
	let up = false;
	const sockets = new Set<Socket>();
	const server: Server = createServer((client) => {
		if (!up) {
			client.destroy();
			return;
		}
		const upstream = connect(Number(target.port || 5432), target.hostname);
		for (const s of [client, upstream]) {
			sockets.add(s);
			s.on('close', () => sockets.delete(s));
			s.on('error', () => {});
		}
		client.pipe(upstream).pipe(client);
		client.on('close', () => upstream.destroy());
		upstream.on('close', () => client.destroy());
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as { port: number };
	return {
		port,
		/** The same database URL, reached through the relay. */
		through(url: string) {
			const u = new URL(url);
			u.host = `127.0.0.1:${port}`;
			return u.toString();
		},
		up: () => (up = true),
		down: () => {
			up = false;
			for (const s of sockets) s.destroy();
		},
		close: async () => {
			up = false;
			for (const s of sockets) s.destroy();
			await new Promise((done) => server.close(done));
		}
	};
}
