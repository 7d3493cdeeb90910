import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Course } from '$lib/content/course';
import { course as courseIndex } from '$lib/content/catalog.server';
import { QueryBuilder, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '$lib/server/db';
import {
	assignment,
	careLink,
	learnerItem,
	lessonProgress,
	quizAttempt,
	reflection,
	user
} from '$lib/server/db/schema';
import { modulesWithQuiz } from '$lib/server/quizzes';
import { courseProgress, quizHistory } from '$lib/server/progress';
import { assignmentsBy } from '$lib/server/assignments';
import { noteFor } from '$lib/server/counselor-notes';
import { textOf } from '$lib/server/shared-items';
import { percentOf } from '$lib/quiz/score';
import { todayUtc } from '$lib/server/assignments';
import { FALLING_BEHIND_DAYS, isFallingBehind } from '$lib/counselor/rules';

// What a counselor sees about the clients who share with them. Every query joins the ACTIVE
// care link, so a revoked, unlinked or someone else's client is simply absent: the same answer
// as a person who does not exist, through the same query path.

export { FALLING_BEHIND_DAYS };

function activeLink(counselorId: string, clientColumn: AnyPgColumn) {
	return and(
		eq(careLink.counselorId, counselorId),
		eq(careLink.clientId, clientColumn),
		isNull(careLink.revokedAt)
	);
}

export interface LinkedClient {
	id: string;
	displayName: string;
	email: string;
	since: Date;
}

/** The client, if they share with this counselor now; null otherwise (whatever the reason). */
export async function activeClient(
	db: Database,
	counselorId: string,
	clientId: string
): Promise<LinkedClient | null> {
	const [row] = await db
		.select({
			id: user.id,
			displayName: user.displayName,
			email: user.email,
			since: careLink.consentedAt
		})
		.from(user)
		.innerJoin(careLink, activeLink(counselorId, user.id))
		.where(eq(user.id, clientId));
	return row ?? null;
}

/** Everyone who shares with this counselor now, by name (for pickers). */
export async function linkedClients(db: Database, counselorId: string): Promise<LinkedClient[]> {
	return db
		.select({
			id: user.id,
			displayName: user.displayName,
			email: user.email,
			since: careLink.consentedAt
		})
		.from(careLink)
		.innerJoin(user, eq(user.id, careLink.clientId))
		.where(and(eq(careLink.counselorId, counselorId), isNull(careLink.revokedAt)))
		.orderBy(asc(user.displayName), asc(user.id));
}

export interface AssignedModule {
	assignmentId: string;
	moduleSlug: string;
	title: string;
	dueDate: string | null;
	assignedAt: Date;
	complete: boolean;
	overdue: boolean;
}

export interface CaseloadRow extends LinkedClient {
	assigned: AssignedModule[];
	/** Steps done / steps in the assigned modules (the whole course when nothing is assigned). */
	progress: { done: number; total: number; percent: number; of: 'assigned' | 'course' };
	/** The most recent attempt, and the best score in that same module. */
	latestQuiz: { percent: number; best: number; moduleTitle: string; at: Date } | null;
	lastActive: Date | null;
	overdue: boolean;
	fallingBehind: boolean;
	/** Earliest due date among open (not complete) assignments, for sorting. */
	nextDue: string | null;
}

interface LessonAgg {
	clientId: string;
	moduleSlug: string;
	completed: number;
	lastAt: Date;
}
interface QuizAgg {
	clientId: string;
	moduleSlug: string;
	mastered: boolean;
	best: number;
	latestAt: Date;
}
/** A client's most recent quiz attempt: score as a fraction of the points possible. */
interface LatestAttempt {
	clientId: string;
	moduleSlug: string;
	ratio: number;
	at: Date;
}
interface AssignmentRow {
	id: string;
	clientId: string;
	moduleSlug: string;
	dueDate: string | null;
	assignedAt: Date;
}

/** One client's slices of the caseload queries. */
export interface ClientActivity {
	lessons: LessonAgg[];
	quizzes: QuizAgg[];
	latestAttempt: LatestAttempt | undefined;
	assignments: AssignmentRow[];
}

/** Pure: one client's row from their slices of the aggregated queries. */
export function summariseClient(
	client: LinkedClient,
	{ lessons, quizzes, latestAttempt, assignments }: ClientActivity,
	index: Course,
	withQuiz: ReadonlySet<string>,
	now: Date
): CaseloadRow {
	const completedIn = new Map(lessons.map((l) => [l.moduleSlug, l.completed]));
	const quizIn = new Map(quizzes.map((q) => [q.moduleSlug, q]));
	const today = todayUtc(now);
	const titleOf = (slug: string) => index.modules.find((m) => m.slug === slug)?.title ?? slug;

	const stepsOf = (slug: string) => {
		const module = index.modules.find((m) => m.slug === slug);
		if (!module) return { done: 0, total: 0 };
		const hasQuiz = withQuiz.has(slug);
		const done =
			Math.min(completedIn.get(slug) ?? 0, module.lessons.length) +
			(hasQuiz && quizIn.get(slug)?.mastered ? 1 : 0);
		return { done, total: module.lessons.length + (hasQuiz ? 1 : 0) };
	};

	const assigned = assignments
		.filter((a) => index.modules.some((m) => m.slug === a.moduleSlug))
		.map((a) => {
			const steps = stepsOf(a.moduleSlug);
			const complete = steps.total > 0 && steps.done === steps.total;
			return {
				assignmentId: a.id,
				moduleSlug: a.moduleSlug,
				title: titleOf(a.moduleSlug),
				dueDate: a.dueDate,
				assignedAt: a.assignedAt,
				complete,
				overdue: !complete && a.dueDate !== null && a.dueDate < today
			};
		})
		.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));

	const slugs =
		assigned.length > 0 ? assigned.map((a) => a.moduleSlug) : index.modules.map((m) => m.slug);
	const totals = slugs
		.map(stepsOf)
		.reduce((sum, s) => ({ done: sum.done + s.done, total: sum.total + s.total }), {
			done: 0,
			total: 0
		});

	const times = [...lessons.map((l) => l.lastAt), ...quizzes.map((q) => q.latestAt)];
	const lastActive = times.length ? new Date(Math.max(...times.map((t) => t.getTime()))) : null;
	const open = assigned.filter((a) => !a.complete);

	return {
		...client,
		assigned,
		progress: {
			...totals,
			percent: totals.total ? Math.round((100 * totals.done) / totals.total) : 0,
			of: assigned.length > 0 ? 'assigned' : 'course'
		},
		latestQuiz: latestAttempt
			? {
					percent: percentOf(latestAttempt.ratio, 1),
					// The same module's best: a best from another module read as this one's.
					best: percentOf(
						Math.max(latestAttempt.ratio, quizIn.get(latestAttempt.moduleSlug)?.best ?? 0),
						1
					),
					moduleTitle: titleOf(latestAttempt.moduleSlug),
					at: latestAttempt.at
				}
			: null,
		lastActive,
		overdue: open.some((a) => a.overdue),
		fallingBehind: isFallingBehind(
			open.map((a) => a.assignedAt),
			lastActive,
			now
		),
		nextDue: open.map((a) => a.dueDate).find((d) => d !== null) ?? null
	};
}

/**
 * The counselor's whole caseload in five queries, however many clients: linked clients, their
 * open assignments from this counselor, lesson completion per module, quiz results per module, and
 * each client's latest attempt.
 */
export async function caseload(
	db: Database,
	counselorId: string,
	now = new Date(),
	index: Course = courseIndex,
	withQuiz: ReadonlySet<string> = modulesWithQuiz()
): Promise<CaseloadRow[]> {
	const ratio = sql`${quizAttempt.score}::float8 / ${quizAttempt.maxScore}`;
	// A subquery of the fifth query, built apart from `db` because it is not a query of its own.
	const latest = new QueryBuilder()
		.select({
			moduleSlug: quizAttempt.moduleSlug,
			ratio: sql<number>`${ratio}`.mapWith(Number).as('ratio'),
			at: quizAttempt.createdAt
		})
		.from(quizAttempt)
		.where(eq(quizAttempt.userId, careLink.clientId))
		.orderBy(desc(quizAttempt.createdAt), desc(quizAttempt.id))
		.limit(1)
		.as('latest');
	const [clients, assignments, lessons, quizzes, latestAttempts] = await Promise.all([
		db
			.select({
				id: user.id,
				displayName: user.displayName,
				email: user.email,
				since: careLink.consentedAt
			})
			.from(careLink)
			.innerJoin(user, eq(user.id, careLink.clientId))
			.where(and(eq(careLink.counselorId, counselorId), isNull(careLink.revokedAt))),
		db
			.select({
				id: assignment.id,
				clientId: assignment.clientId,
				moduleSlug: assignment.moduleSlug,
				dueDate: assignment.dueDate,
				assignedAt: assignment.createdAt
			})
			.from(assignment)
			.innerJoin(careLink, activeLink(counselorId, assignment.clientId))
			.where(and(eq(assignment.counselorId, counselorId), isNull(assignment.withdrawnAt))),
		db
			.select({
				clientId: lessonProgress.userId,
				moduleSlug: lessonProgress.moduleSlug,
				completed: sql<number>`count(${lessonProgress.completedAt})::int`.mapWith(Number),
				lastAt: sql`max(${lessonProgress.updatedAt})`.mapWith(lessonProgress.updatedAt)
			})
			.from(lessonProgress)
			.innerJoin(careLink, activeLink(counselorId, lessonProgress.userId))
			.groupBy(lessonProgress.userId, lessonProgress.moduleSlug),
		db
			.select({
				clientId: quizAttempt.userId,
				moduleSlug: quizAttempt.moduleSlug,
				mastered: sql<boolean>`bool_or(${quizAttempt.mastered})`,
				best: sql<number>`max(${ratio})`.mapWith(Number),
				latestAt: sql`max(${quizAttempt.createdAt})`.mapWith(quizAttempt.createdAt)
			})
			.from(quizAttempt)
			.innerJoin(careLink, activeLink(counselorId, quizAttempt.userId))
			.groupBy(quizAttempt.userId, quizAttempt.moduleSlug),
		// One index probe per client (quiz_attempt_user_recent_idx). Picking the latest inside the
		// aggregate above sorted every attempt of every client: the slowest part of the dashboard.
		db
			.select({
				clientId: careLink.clientId,
				moduleSlug: latest.moduleSlug,
				ratio: latest.ratio,
				at: latest.at
			})
			.from(careLink)
			.innerJoinLateral(latest, sql`true`)
			.where(and(eq(careLink.counselorId, counselorId), isNull(careLink.revokedAt)))
	]);
	const byClient = <T extends { clientId: string }>(rows: T[]) => {
		const map = new Map<string, T[]>();
		for (const row of rows) {
			const list = map.get(row.clientId);
			if (list) list.push(row);
			else map.set(row.clientId, [row]);
		}
		return map;
	};
	const lessonsOf = byClient(lessons as LessonAgg[]);
	const quizzesOf = byClient(quizzes as QuizAgg[]);
	const assignmentsOf = byClient(assignments);
	const latestOf = new Map(latestAttempts.map((a) => [a.clientId, a]));
	return clients.map((c) =>
		summariseClient(
			c,
			{
				lessons: lessonsOf.get(c.id) ?? [],
				quizzes: quizzesOf.get(c.id) ?? [],
				latestAttempt: latestOf.get(c.id),
				assignments: assignmentsOf.get(c.id) ?? []
			},
			index,
			withQuiz,
			now
		)
	);
}

export const SORTS = ['name', 'due', 'progress', 'active', 'flags'] as const;
export type SortKey = (typeof SORTS)[number];
export const FILTERS = ['all', 'overdue', 'behind', 'on-track'] as const;
export type FilterKey = (typeof FILTERS)[number];

export interface CaseloadView {
	sort: SortKey;
	dir: 'asc' | 'desc';
	filter: FilterKey;
	q: string;
}

/** Reads the dashboard's query string; anything unknown falls back to the default. */
export function readView(params: URLSearchParams): CaseloadView {
	const sort = params.get('sort') as SortKey;
	const filter = params.get('filter') as FilterKey;
	return {
		sort: SORTS.includes(sort) ? sort : 'name',
		dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
		filter: FILTERS.includes(filter) ? filter : 'all',
		q: (params.get('q') ?? '').trim().slice(0, 100)
	};
}

const flagRank = (r: CaseloadRow) => (r.overdue ? 0 : r.fallingBehind ? 1 : 2);

/** Pure: the rows the dashboard shows, filtered and sorted (ties broken by name). */
export function viewCaseload(rows: CaseloadRow[], view: CaseloadView): CaseloadRow[] {
	const q = view.q.toLowerCase();
	const kept = rows.filter((r) => {
		if (q && !r.displayName.toLowerCase().includes(q) && !r.email.includes(q)) return false;
		if (view.filter === 'overdue') return r.overdue;
		if (view.filter === 'behind') return r.fallingBehind;
		if (view.filter === 'on-track') return !r.overdue && !r.fallingBehind;
		return true;
	});
	const byName = (a: CaseloadRow, b: CaseloadRow) =>
		a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id);
	const key: Record<SortKey, (a: CaseloadRow, b: CaseloadRow) => number> = {
		name: () => 0,
		due: (a, b) => (a.nextDue ?? '9999').localeCompare(b.nextDue ?? '9999'),
		progress: (a, b) => a.progress.percent - b.progress.percent,
		active: (a, b) => (a.lastActive?.getTime() ?? 0) - (b.lastActive?.getTime() ?? 0),
		flags: (a, b) => flagRank(a) - flagRank(b)
	};
	const sign = view.dir === 'desc' ? -1 : 1;
	return [...kept].sort((a, b) => sign * (key[view.sort](a, b) || byName(a, b)));
}

/** A client's lessons with when each was started and completed, oldest first (the timeline). */
export async function lessonTimeline(db: Database, clientId: string, index: Course = courseIndex) {
	const rows = await db
		.select({
			moduleSlug: lessonProgress.moduleSlug,
			lessonSlug: lessonProgress.lessonSlug,
			startedAt: lessonProgress.startedAt,
			completedAt: lessonProgress.completedAt
		})
		.from(lessonProgress)
		.where(eq(lessonProgress.userId, clientId))
		.orderBy(asc(lessonProgress.startedAt));
	return rows.map((r) => ({
		...r,
		title:
			index.modules
				.find((m) => m.slug === r.moduleSlug)
				?.lessons.find((l) => l.slug === r.lessonSlug)?.title ?? r.lessonSlug
	}));
}

/** What the client chose to share: reflections and tools with `sharedAt` set, nothing else. */
export async function sharedItems(db: Database, clientId: string) {
	const [reflections, items] = await Promise.all([
		db
			.select({
				promptId: reflection.promptId,
				body: reflection.body,
				sharedAt: reflection.sharedAt
			})
			.from(reflection)
			.where(and(eq(reflection.userId, clientId), isNotNull(reflection.sharedAt)))
			.orderBy(desc(reflection.sharedAt)),
		db
			.select({ kind: learnerItem.kind, data: learnerItem.data, sharedAt: learnerItem.sharedAt })
			.from(learnerItem)
			.where(and(eq(learnerItem.userId, clientId), isNotNull(learnerItem.sharedAt)))
	]);
	return {
		reflections,
		items: items.map((i) => ({ kind: i.kind, sharedAt: i.sharedAt, text: textOf(i.data) }))
	};
}

/**
 * Everything a counselor may see about one client, or null when the client does not share with
 * them now (one query decides, whatever the reason, before anything else is read).
 */
export async function clientRecord(
	db: Database,
	counselorId: string,
	clientId: string,
	index: Course = courseIndex
) {
	const client = await activeClient(db, counselorId, clientId);
	if (!client) return null;
	const [modules, attempts, timeline, assignments, shared, note] = await Promise.all([
		courseProgress(db, client.id, index),
		quizHistory(db, client.id, index, 500),
		lessonTimeline(db, client.id, index),
		assignmentsBy(db, counselorId, client.id),
		sharedItems(db, client.id),
		noteFor(db, counselorId, client.id)
	]);
	const titleOf = (slug: string) => index.modules.find((m) => m.slug === slug)?.title ?? slug;
	return {
		client,
		modules,
		attempts,
		timeline,
		assignments: assignments.map((a) => ({ ...a, moduleTitle: titleOf(a.moduleSlug) })),
		shared,
		note
	};
}

export type ClientRecord = NonNullable<Awaited<ReturnType<typeof clientRecord>>>;
