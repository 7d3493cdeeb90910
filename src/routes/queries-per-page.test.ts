import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { addPerson } from '$lib/server/db/test-people';
import {
	accessLog,
	assignment,
	careLink,
	lessonProgress,
	quizAttempt,
	reflection
} from '$lib/server/db/schema';
import { course } from '$lib/content/catalog.server';
import type { SessionUser } from '$lib/server/auth/session';
import * as rootLayout from './+layout.server';
import * as courseOverview from './learn/+page.server';
import * as modulePage from './learn/[module]/+page.server';
import * as lessonPage from './learn/[module]/[lesson]/+page.server';
import * as myProgress from './me/+page.server';
import * as mySharing from './me/sharing/+page.server';
import * as dashboard from './counselor/+page.server';
import * as clientPage from './counselor/clients/[id]/+page.server';

// No N+1: every page that reads the database sends the same number of statements for a small
// world and for one many times bigger (more clients, more history each), and that number stays
// under a fixed ceiling. Counted from every statement Drizzle sends, as the running app would.

let sent = 0;
let open: OpenDatabase;
beforeAll(async () => {
	open = await openTestDatabase({ onQuery: () => (sent += 1) });
}, 60_000);
afterAll(async () => open?.close());

const lessons = course.modules.flatMap((m) =>
	m.lessons.map((l) => ({ moduleSlug: m.slug, lessonSlug: l.slug }))
);
const modules = course.modules.map((m) => m.slug);
let rows = 0;
const id = () => `q-${++rows}`;

/** A counselor with `clients` clients, each with `history` lessons, attempts and log lines. */
async function world(clients: number, history: number) {
	const db = open.db;
	const counselor = await addPerson(db, 'counselor');
	const people = [];
	for (let i = 0; i < clients; i++) people.push(await addPerson(db, 'learner'));
	await db.insert(careLink).values(
		people.map((p) => ({
			id: id(),
			counselorId: counselor.id,
			clientId: p.id,
			consentVersion: 'v'
		}))
	);
	await db.insert(assignment).values(
		people.flatMap((p) =>
			modules.slice(0, Math.min(history, modules.length)).map((m) => ({
				id: id(),
				counselorId: counselor.id,
				clientId: p.id,
				moduleSlug: m,
				dueDate: '2026-01-01'
			}))
		)
	);
	await db
		.insert(lessonProgress)
		.values(
			people.flatMap((p) =>
				lessons.slice(0, history).map((l) => ({ userId: p.id, ...l, completedAt: new Date() }))
			)
		);
	await db.insert(quizAttempt).values(
		people.flatMap((p) =>
			Array.from({ length: history }, (_, k) => ({
				id: id(),
				userId: p.id,
				moduleSlug: modules[k % modules.length]!,
				score: k % 5,
				maxScore: 5,
				mastered: k % 5 === 4
			}))
		)
	);
	await db.insert(reflection).values(
		people.flatMap((p) =>
			Array.from({ length: history }, (_, k) => ({
				userId: p.id,
				promptId: `prompt-${k}`,
				lessonSlug: lessons[k % lessons.length]!.lessonSlug,
				body: 'Shared words',
				sharedAt: new Date()
			}))
		)
	);
	await db.insert(accessLog).values(
		people.flatMap((p) =>
			Array.from({ length: history }, () => ({
				id: id(),
				counselorId: counselor.id,
				clientId: p.id,
				what: 'dashboard'
			}))
		)
	);
	return { counselor, client: people[0]! };
}
type World = Awaited<ReturnType<typeof world>>;

function event(user: SessionUser, path: string, params: Record<string, string> = {}) {
	const url = new URL(`http://rewire.test${path}`);
	return {
		locals: { db: open.db, user, session: null },
		params,
		url,
		request: new Request(url),
		route: { id: path },
		setHeaders: () => {},
		getClientAddress: () => '127.0.0.1',
		cookies: { get: () => undefined, set: () => {}, delete: () => {} }
	} as never;
}

type Load = (e: never) => unknown;

/** Statements one load sends. */
async function statements(load: Load, e: never): Promise<number> {
	sent = 0;
	await load(e);
	return sent;
}

const lesson = lessons[3]!;
/** One page: its load, run as the world's client or counselor at `path`. */
const page = (
	name: string,
	ceiling: number,
	load: Load,
	who: 'client' | 'counselor',
	path: (w: World) => string,
	params: (w: World) => Record<string, string> = () => ({})
) => ({
	page: name,
	ceiling,
	run: (w: World) => statements(load, event(w[who], path(w), params(w)))
});

const PAGES = [
	page('root layout (header)', 1, rootLayout.load as Load, 'client', () => '/'),
	// Lesson rows and quiz results (course progress), then assignments.
	page('course overview', 3, courseOverview.load as Load, 'client', () => '/learn'),
	// The same reads for one module's page.
	page(
		'module overview',
		3,
		modulePage.load as Load,
		'client',
		() => `/learn/${lesson.moduleSlug}`,
		() => ({ module: lesson.moduleSlug })
	),
	// The visit is recorded, then its state, reflections and tools are read.
	page(
		'lesson',
		4,
		lessonPage.load as Load,
		'client',
		() => `/learn/${lesson.moduleSlug}/${lesson.lessonSlug}`,
		() => ({ module: lesson.moduleSlug, lesson: lesson.lessonSlug })
	),
	page('My progress', 5, myProgress.load as Load, 'client', () => '/me'),
	page('My sharing', 4, mySharing.load as Load, 'client', () => '/me/sharing'),
	// The caseload's five reads, then one insert for the access log of everyone shown.
	page('counselor dashboard', 6, dashboard.load as Load, 'counselor', () => '/counselor'),
	page(
		'client page',
		10,
		clientPage.load as Load,
		'counselor',
		(w) => `/counselor/clients/${w.client.id}`,
		(w) => ({ id: w.client.id })
	)
];

describe('statements per page', () => {
	let small: World;
	let big: World;
	beforeAll(async () => {
		small = await world(1, 1);
		big = await world(50, 12);
	}, 60_000);

	it.each(PAGES)('$page: the same count for 1 and for 50 clients, at most $ceiling', async (p) => {
		const few = await p.run(small);
		const many = await p.run(big);
		expect(few).toBeGreaterThan(0);
		expect(many).toBe(few);
		expect(many).toBeLessThanOrEqual(p.ceiling);
	});
});
