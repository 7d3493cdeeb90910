import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCourse } from '$lib/content/course';
import type { OpenDatabase } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { addPerson } from '$lib/server/db/test-people';
import { careLink, lessonProgress, quizAttempt } from '$lib/server/db/schema';
import { newId } from './ids';
import { assignModules } from './assignments';
import { acceptInvitation, createInvitation } from './invitations';
import { sharingHistory, stopSharing } from './sharing';
import {
	activeClient,
	caseload,
	clientRecord,
	readView,
	summariseClient,
	viewCaseload,
	type CaseloadRow
} from './caseload';

// A small course: "one" (lessons a, b) with a quiz, "two" (lesson c) without.
const moduleMd = (title: string) => `---\ntitle: ${title}\nsummary: S.\noutcomes:\n  - O\n---\n`;
const lessonMd = `---\ntitle: L\nminutes: 5\nobjectives:\n  - O\n---\n\n## Part\n`;
const index = buildCourse([
	{ path: 'lessons/01-one/module.md', raw: moduleMd('One') },
	{ path: 'lessons/01-one/01-a.md', raw: lessonMd },
	{ path: 'lessons/01-one/02-b.md', raw: lessonMd },
	{ path: 'lessons/02-two/module.md', raw: moduleMd('Two') },
	{ path: 'lessons/02-two/01-c.md', raw: lessonMd }
]);
const withQuiz = new Set(['one']);
const NOW = new Date('2026-06-15T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
const person = { id: 'p', displayName: 'Robin', email: 'r@example.com', since: daysAgo(30) };

describe('summariseClient', () => {
	const lesson = (moduleSlug: string, completed: number, lastAt: Date) => ({
		clientId: 'p',
		moduleSlug,
		completed,
		lastAt
	});
	const quiz = (best: number, latestAt: Date, mastered = best >= 0.8) => ({
		clientId: 'p',
		moduleSlug: 'one',
		mastered,
		best,
		latestAt
	});
	const assigned = (moduleSlug: string, dueDate: string | null, assignedAt = daysAgo(30)) => ({
		id: `${moduleSlug}-${dueDate}`,
		clientId: 'p',
		moduleSlug,
		dueDate,
		assignedAt
	});
	const hoursAgo = (n: number) => new Date(NOW.getTime() - n * 3_600_000);

	it.each([
		{
			name: 'nothing assigned, nothing done: the whole course, no flags',
			lessons: [],
			quizzes: [],
			assignments: [],
			progress: { done: 0, total: 4, percent: 0, of: 'course' },
			overdue: false,
			behind: false
		},
		{
			name: 'an open assignment past its due date is overdue',
			lessons: [lesson('one', 1, daysAgo(1))],
			quizzes: [],
			assignments: [assigned('one', '2026-06-14')],
			progress: { done: 1, total: 3, percent: 33, of: 'assigned' },
			overdue: true,
			behind: false
		},
		{
			name: 'due today is not overdue yet',
			lessons: [lesson('one', 1, daysAgo(1))],
			quizzes: [],
			assignments: [assigned('one', '2026-06-15')],
			progress: { done: 1, total: 3, percent: 33, of: 'assigned' },
			overdue: false,
			behind: false
		},
		{
			name: 'a complete module is never overdue',
			lessons: [lesson('one', 2, daysAgo(20))],
			quizzes: [quiz(1, daysAgo(20))],
			assignments: [assigned('one', '2026-06-01')],
			progress: { done: 3, total: 3, percent: 100, of: 'assigned' },
			overdue: false,
			behind: false
		},
		{
			name: 'open work and 8 quiet days is falling behind',
			lessons: [lesson('two', 0, daysAgo(8))],
			quizzes: [],
			assignments: [assigned('two', null)],
			progress: { done: 0, total: 1, percent: 0, of: 'assigned' },
			overdue: false,
			behind: true
		},
		{
			name: 'open work and never active is falling behind',
			lessons: [],
			quizzes: [],
			assignments: [assigned('two', '2026-07-01')],
			progress: { done: 0, total: 1, percent: 0, of: 'assigned' },
			overdue: false,
			behind: true
		},
		{
			name: 'assigned minutes ago, never active: not behind yet',
			lessons: [],
			quizzes: [],
			assignments: [assigned('two', null, hoursAgo(0.1))],
			progress: { done: 0, total: 1, percent: 0, of: 'assigned' },
			overdue: false,
			behind: false
		},
		{
			name: 'assigned 6 days 23 hours ago, never active: not behind',
			lessons: [],
			quizzes: [],
			assignments: [assigned('two', '2026-07-01', hoursAgo(6 * 24 + 23))],
			progress: { done: 0, total: 1, percent: 0, of: 'assigned' },
			overdue: false,
			behind: false
		},
		{
			name: 'assigned 7 days ago, never active: behind',
			lessons: [],
			quizzes: [],
			assignments: [assigned('two', '2026-07-01', daysAgo(7))],
			progress: { done: 0, total: 1, percent: 0, of: 'assigned' },
			overdue: false,
			behind: true
		},
		{
			name: 'quiet for weeks, then assigned a day ago: not behind',
			lessons: [lesson('two', 0, daysAgo(40))],
			quizzes: [],
			assignments: [assigned('two', null, daysAgo(1))],
			progress: { done: 0, total: 1, percent: 0, of: 'assigned' },
			overdue: false,
			behind: false
		},
		{
			name: 'past its due date but assigned 2 days ago: overdue, not behind',
			lessons: [],
			quizzes: [],
			assignments: [assigned('two', '2026-06-14', daysAgo(2))],
			progress: { done: 0, total: 1, percent: 0, of: 'assigned' },
			overdue: true,
			behind: false
		},
		{
			name: 'a quiz 6 days ago counts as activity',
			lessons: [lesson('one', 0, daysAgo(30))],
			quizzes: [quiz(0.4, daysAgo(6))],
			assignments: [assigned('one', null)],
			progress: { done: 0, total: 3, percent: 0, of: 'assigned' },
			overdue: false,
			behind: false
		}
	])('$name', ({ lessons, quizzes, assignments, progress, overdue, behind }) => {
		const activity = { lessons, quizzes, latestAttempt: undefined, assignments };
		const row = summariseClient(person, activity, index, withQuiz, NOW);
		expect(row.progress).toEqual(progress);
		expect(row.overdue).toBe(overdue);
		expect(row.fallingBehind).toBe(behind);
	});

	it('reports the latest quiz and the best in that module', () => {
		const latestAttempt = { clientId: 'p', moduleSlug: 'one', ratio: 0.6, at: daysAgo(1) };
		const activity = {
			lessons: [],
			quizzes: [quiz(0.9, daysAgo(1)), { ...quiz(1, daysAgo(3)), moduleSlug: 'two' }],
			latestAttempt,
			assignments: []
		};
		const row = summariseClient(person, activity, index, withQuiz, NOW);
		expect(row.latestQuiz).toEqual({ percent: 60, best: 90, moduleTitle: 'One', at: daysAgo(1) });
		expect(row.lastActive).toEqual(daysAgo(1));
	});
});

describe('viewCaseload', () => {
	const row = (name: string, extra: Partial<CaseloadRow>): CaseloadRow => ({
		id: name,
		displayName: name,
		email: `${name.toLowerCase()}@example.com`,
		since: NOW,
		assigned: [],
		progress: { done: 0, total: 1, percent: 0, of: 'course' },
		latestQuiz: null,
		lastActive: null,
		overdue: false,
		fallingBehind: false,
		nextDue: null,
		...extra
	});
	const rows = [
		row('Cara', {
			overdue: true,
			nextDue: '2026-06-01',
			progress: { done: 1, total: 4, percent: 25, of: 'assigned' }
		}),
		row('Ari', { fallingBehind: true, nextDue: '2026-07-01', lastActive: daysAgo(9) }),
		row('Bo', {
			progress: { done: 3, total: 4, percent: 75, of: 'assigned' },
			lastActive: daysAgo(1)
		})
	];
	const names = (query: string) =>
		viewCaseload(rows, readView(new URLSearchParams(query))).map((r) => r.displayName);

	it.each([
		['', ['Ari', 'Bo', 'Cara']],
		['dir=desc', ['Cara', 'Bo', 'Ari']],
		['sort=progress&dir=desc', ['Bo', 'Cara', 'Ari']],
		['sort=due', ['Cara', 'Ari', 'Bo']],
		['sort=active&dir=desc', ['Bo', 'Ari', 'Cara']],
		['sort=flags', ['Cara', 'Ari', 'Bo']],
		['filter=overdue', ['Cara']],
		['filter=behind', ['Ari']],
		['filter=on-track', ['Bo']],
		['q=ar', ['Ari', 'Cara']],
		['q=BO@', ['Bo']],
		['sort=nonsense&filter=nonsense', ['Ari', 'Bo', 'Cara']]
	])('%j → %j', (query, expected) => {
		expect(names(query)).toEqual(expected);
	});
});

let open: OpenDatabase;
beforeAll(async () => {
	open = await openTestDatabase();
}, 60_000);
afterAll(async () => open?.close());

async function link(counselorId: string, clientId: string) {
	const inv = await createInvitation(open.db, counselorId);
	await acceptInvitation(open.db, { token: inv.token }, clientId);
}

describe('caseload', () => {
	it('shows only clients who share with this counselor now', async () => {
		const me = await addPerson(open.db, 'counselor');
		const other = await addPerson(open.db, 'counselor');
		const mine = await addPerson(open.db, 'learner', 'Mine');
		const theirs = await addPerson(open.db, 'learner', 'Theirs');
		const stopped = await addPerson(open.db, 'learner', 'Stopped');
		await addPerson(open.db, 'learner', 'Unlinked');
		await link(me.id, mine.id);
		await link(other.id, theirs.id);
		await link(me.id, stopped.id);
		const [stoppedLink] = await sharingHistory(open.db, stopped.id);
		await stopSharing(open.db, stopped.id, stoppedLink!.linkId);
		expect((await caseload(open.db, me.id)).map((r) => r.displayName)).toEqual(['Mine']);
		expect(await activeClient(open.db, me.id, theirs.id)).toBeNull();
		expect(await activeClient(open.db, me.id, stopped.id)).toBeNull();
		expect(await clientRecord(open.db, me.id, stopped.id)).toBeNull();
		expect((await clientRecord(open.db, me.id, mine.id))?.client.displayName).toBe('Mine');
	});

	it('reports the most recent attempt as the latest quiz, with that module’s best', async () => {
		const me = await addPerson(open.db, 'counselor');
		const client = await addPerson(open.db, 'learner', 'Quinn');
		await link(me.id, client.id);
		const attempt = (moduleSlug: string, score: number, createdAt: Date) => ({
			id: newId(),
			userId: client.id,
			moduleSlug,
			score,
			maxScore: 10,
			mastered: score >= 8,
			createdAt
		});
		await open.db
			.insert(quizAttempt)
			.values([
				attempt('reward-system', 9, daysAgo(3)),
				attempt('fire-together', 7, daysAgo(4)),
				attempt('fire-together', 4, daysAgo(1)),
				attempt('reward-system', 6, daysAgo(2))
			]);
		const [row] = await caseload(open.db, me.id, NOW);
		// 90% was in another module: the best beside "40%" is fire-together's own.
		expect(row?.latestQuiz).toMatchObject({
			percent: 40,
			best: 70,
			moduleTitle: 'Fire together, wire together',
			at: daysAgo(1)
		});
		expect(row?.lastActive).toEqual(daysAgo(1));
	});

	it('counts the quiet days of new work from when it was assigned', async () => {
		const me = await addPerson(open.db, 'counselor');
		const client = await addPerson(open.db, 'learner', 'Noor');
		await link(me.id, client.id);
		await assignModules(open.db, me.id, [client.id], ['start-here'], {
			dueDate: null,
			message: ''
		});
		const later = (ms: number) => new Date(Date.now() + ms);
		const [minutes] = await caseload(open.db, me.id, later(5 * 60_000));
		expect(minutes?.fallingBehind).toBe(false);
		const [week] = await caseload(open.db, me.id, later(7 * 86_400_000 + 60_000));
		expect(week?.fallingBehind).toBe(true);
	});

	it('builds 60 rows with five queries, whatever the caseload size', async () => {
		const me = await addPerson(open.db, 'counselor');
		const clients = [];
		for (let i = 0; i < 60; i++) clients.push(await addPerson(open.db, 'learner', `C${i}`));
		await open.db.insert(careLink).values(
			clients.map((c) => ({
				id: newId(),
				counselorId: me.id,
				clientId: c.id,
				consentVersion: 'test'
			}))
		);
		await assignModules(
			open.db,
			me.id,
			clients.slice(0, 30).map((c) => c.id),
			['start-here'],
			{
				dueDate: '2026-01-01',
				message: ''
			}
		);
		await open.db.insert(lessonProgress).values(
			clients.map((c) => ({
				userId: c.id,
				moduleSlug: 'start-here',
				lessonSlug: 'how-this-course-works',
				completedAt: NOW
			}))
		);
		await open.db.insert(quizAttempt).values(
			clients.map((c) => ({
				id: newId(),
				userId: c.id,
				moduleSlug: 'start-here',
				score: 4,
				maxScore: 5,
				mastered: true
			}))
		);
		let queries = 0;
		const counting = new Proxy(open.db, {
			get(target, prop, receiver) {
				if (prop === 'select') queries += 1;
				return Reflect.get(target, prop, receiver);
			}
		});
		const rows = await caseload(counting, me.id, NOW);
		expect(queries).toBe(5);
		expect(rows).toHaveLength(60);
		const assigned = rows.find((r) => r.displayName === 'C0')!;
		expect(assigned.assigned.map((a) => [a.moduleSlug, a.complete, a.overdue])).toEqual([
			['start-here', true, false]
		]);
		expect(assigned.progress.percent).toBe(100);
		expect(assigned.latestQuiz?.percent).toBe(80);
	});
});
