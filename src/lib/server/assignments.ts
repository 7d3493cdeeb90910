import { and, asc, desc, eq, exists, inArray, isNull, sql } from 'drizzle-orm';
import type { Course } from '$lib/content/course';
import { course as courseIndex } from '$lib/content/catalog.server';
import type { Database } from '$lib/server/db';
import { assignment, careLink, user } from '$lib/server/db/schema';
import { newId } from '$lib/server/ids';

// Modules a counselor asks a client to do, with an optional due date and a short message.
// A counselor can only assign to, change or withdraw for clients who share with them now.

import { MAX_MESSAGE_LENGTH } from '$lib/counselor/rules';

export { MAX_MESSAGE_LENGTH };
const DAY_MS = 24 * 60 * 60 * 1000;

export type AssignmentErrors = Partial<
	Record<'clients' | 'modules' | 'dueDate' | 'message' | 'form', string>
>;

export interface AssignmentInput {
	dueDate: string | null;
	message: string;
}

/**
 * The earliest due date that is not in the past anywhere: the calendar day at UTC−12. Due dates
 * are plain days with no time zone, so a counselor late in the evening in Hawaii can still pick
 * their today.
 */
export function earliestDueDate(now = new Date()): string {
	return new Date(now.getTime() - 12 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Today as a plain day at UTC, for "overdue": a due date before it has passed everywhere. */
export function todayUtc(now = new Date()): string {
	return now.toISOString().slice(0, 10);
}

/** A message for the due date field, or null when it is fine ('' means no due date). */
export function checkDueDate(value: string, now = new Date()): string | null {
	if (!value) return null;
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	const date = match ? new Date(`${value}T00:00:00Z`) : null;
	if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
		return 'Enter a date like 2026-12-31.';
	}
	if (value < earliestDueDate(now)) return 'Pick today or a day after today.';
	if (date.getTime() - now.getTime() > 2 * 366 * DAY_MS) return 'Pick a date within two years.';
	return null;
}

export function checkMessage(message: string): string | null {
	const length = [...message].length;
	if (length > MAX_MESSAGE_LENGTH)
		return `Keep the message to ${MAX_MESSAGE_LENGTH} characters. It has ${length}.`;
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(message))
		return 'Use letters, numbers and punctuation.';
	return null;
}

/** Checks the fields every assignment form has; returns the cleaned values and any errors. */
export function readAssignmentFields(
	dueDate: string,
	message: string,
	now = new Date()
): { values: AssignmentInput; errors: AssignmentErrors } {
	const errors: AssignmentErrors = {};
	const due = dueDate.trim();
	const text = message.trim();
	const dueProblem = checkDueDate(due, now);
	if (dueProblem) errors.dueDate = dueProblem;
	const messageProblem = checkMessage(text);
	if (messageProblem) errors.message = messageProblem;
	return { values: { dueDate: due || null, message: text }, errors };
}

/** Checks chosen module slugs against the course: empty and unknown lists get a message. */
export function checkModules(slugs: string[], index: Course = courseIndex): string | null {
	if (slugs.length === 0) return 'Choose at least one module.';
	const known = new Set(index.modules.map((m) => m.slug));
	return slugs.every((s) => known.has(s)) ? null : 'One of the modules is not in the course.';
}

function activeLinkFor(counselorId: string) {
	return exists(
		sql`(select 1 from ${careLink} where ${careLink.counselorId} = ${counselorId} and ${careLink.clientId} = ${assignment.clientId} and ${careLink.revokedAt} is null)`
	);
}

/**
 * Assigns modules to clients, all or nothing. Every client must share with this counselor now;
 * otherwise nothing is stored and the result says so. A module already open for a client is
 * updated (new due date and message) rather than assigned twice.
 */
export async function assignModules(
	db: Database,
	counselorId: string,
	clientIds: string[],
	moduleSlugs: string[],
	input: AssignmentInput,
	now = new Date()
): Promise<{ ok: true; count: number } | { ok: false; reason: 'clients' }> {
	const clients = [...new Set(clientIds)];
	const modules = [...new Set(moduleSlugs)];
	if (clients.length === 0) return { ok: false, reason: 'clients' };
	return db.transaction(async (tx) => {
		const linked = await tx
			.select({ clientId: careLink.clientId })
			.from(careLink)
			.where(
				and(
					eq(careLink.counselorId, counselorId),
					inArray(careLink.clientId, clients),
					isNull(careLink.revokedAt)
				)
			);
		if (linked.length !== clients.length) return { ok: false, reason: 'clients' } as const;
		const open = await tx
			.select({
				id: assignment.id,
				clientId: assignment.clientId,
				moduleSlug: assignment.moduleSlug
			})
			.from(assignment)
			.where(
				and(
					eq(assignment.counselorId, counselorId),
					inArray(assignment.clientId, clients),
					inArray(assignment.moduleSlug, modules),
					isNull(assignment.withdrawnAt)
				)
			);
		const existing = new Map(open.map((a) => [`${a.clientId}/${a.moduleSlug}`, a.id]));
		const fresh = [];
		for (const clientId of clients) {
			for (const moduleSlug of modules) {
				const id = existing.get(`${clientId}/${moduleSlug}`);
				if (id) {
					await tx
						.update(assignment)
						.set({ dueDate: input.dueDate, message: input.message, updatedAt: now })
						.where(eq(assignment.id, id));
				} else {
					fresh.push({
						id: newId(),
						counselorId,
						clientId,
						moduleSlug,
						dueDate: input.dueDate,
						message: input.message,
						createdAt: now,
						updatedAt: now
					});
				}
			}
		}
		if (fresh.length > 0) await tx.insert(assignment).values(fresh);
		return { ok: true, count: clients.length * modules.length } as const;
	});
}

/** Changes the due date and message; false when it is not this counselor's open assignment. */
export async function updateAssignment(
	db: Database,
	counselorId: string,
	assignmentId: string,
	input: AssignmentInput,
	now = new Date()
): Promise<boolean> {
	const rows = await db
		.update(assignment)
		.set({ dueDate: input.dueDate, message: input.message, updatedAt: now })
		.where(
			and(
				eq(assignment.id, assignmentId),
				eq(assignment.counselorId, counselorId),
				isNull(assignment.withdrawnAt),
				activeLinkFor(counselorId)
			)
		)
		.returning({ id: assignment.id });
	return rows.length > 0;
}

export async function withdrawAssignment(
	db: Database,
	counselorId: string,
	assignmentId: string,
	now = new Date()
): Promise<boolean> {
	const rows = await db
		.update(assignment)
		.set({ withdrawnAt: now, updatedAt: now })
		.where(
			and(
				eq(assignment.id, assignmentId),
				eq(assignment.counselorId, counselorId),
				isNull(assignment.withdrawnAt),
				activeLinkFor(counselorId)
			)
		)
		.returning({ id: assignment.id });
	return rows.length > 0;
}

export interface ClientAssignment {
	id: string;
	moduleSlug: string;
	moduleTitle: string;
	counselorName: string;
	dueDate: string | null;
	message: string;
	assignedAt: Date;
	/** False once the client stopped sharing with that counselor (kept for their history). */
	sharing: boolean;
}

/**
 * What a client was asked to do: open assignments from every counselor, including those they no
 * longer share with, soonest due first (no due date last).
 */
export async function assignmentsForClient(
	db: Database,
	clientId: string,
	index: Course = courseIndex
): Promise<ClientAssignment[]> {
	const rows = await db
		.select({
			id: assignment.id,
			moduleSlug: assignment.moduleSlug,
			counselorName: user.displayName,
			dueDate: assignment.dueDate,
			message: assignment.message,
			assignedAt: assignment.createdAt,
			sharing: exists(
				sql`(select 1 from ${careLink} where ${careLink.counselorId} = ${assignment.counselorId} and ${careLink.clientId} = ${assignment.clientId} and ${careLink.revokedAt} is null)`
			).mapWith(Boolean)
		})
		.from(assignment)
		.innerJoin(user, eq(user.id, assignment.counselorId))
		.where(and(eq(assignment.clientId, clientId), isNull(assignment.withdrawnAt)))
		.orderBy(sql`${assignment.dueDate} asc nulls last`, desc(assignment.createdAt));
	return rows
		.filter((r) => index.modules.some((m) => m.slug === r.moduleSlug))
		.map((r) => ({
			...r,
			moduleTitle: index.modules.find((m) => m.slug === r.moduleSlug)!.title
		}));
}

/** One counselor's open assignments for one client (the caller has checked the link). */
export async function assignmentsBy(db: Database, counselorId: string, clientId: string) {
	return db
		.select({
			id: assignment.id,
			moduleSlug: assignment.moduleSlug,
			dueDate: assignment.dueDate,
			message: assignment.message,
			assignedAt: assignment.createdAt
		})
		.from(assignment)
		.where(
			and(
				eq(assignment.counselorId, counselorId),
				eq(assignment.clientId, clientId),
				isNull(assignment.withdrawnAt)
			)
		)
		.orderBy(sql`${assignment.dueDate} asc nulls last`, asc(assignment.createdAt));
}
