import { asc, eq, inArray, or, sql } from 'drizzle-orm';
import { resetKey } from '$lib/server/auth/reset-throttle';
import type { Database } from '$lib/server/db';
import {
	accessLog,
	assignment,
	careLink,
	counselorNote,
	credentialReset,
	invitation,
	learnerItem,
	lessonProgress,
	quizAnswer,
	quizAttempt,
	rateLimit,
	reflection,
	session,
	user
} from '$lib/server/db/schema';
import { accountAddressPrefix, accountKey } from '$lib/server/auth/rate-limit';
import { alias } from 'drizzle-orm/pg-core';

/**
 * Every table in the schema, and what "export my data" and "delete my account" do with it.
 *
 * This is the one place that knows where a person's data lives. `personal-data.test.ts` lists
 * every table exported from schema.ts and fails when one is missing here, so a new table cannot
 * be forgotten: add an entry saying how its rows about a person are exported and removed (or
 * anonymised, when a row must stay for someone else, e.g. a log another person may read).
 *
 * Entries run in this order on delete, inside one transaction, so rows that point at other
 * rows go first and `user` goes last.
 *
 * For tables that link two people (a counselor and a client), each side is a data subject:
 * rows about a client (care links, assignments, notes about them, the log of who read their
 * data) are exported to and deleted with the client; where the person deleted is the counselor,
 * rows another person still needs (a client's access log) are anonymised rather than deleted,
 * so the client keeps the record that someone read their data.
 */

/** Whose data: the account's id and its email (some rows are keyed by email, e.g. throttles). */
export interface DataSubject {
	id: string;
	email: string;
}

export interface TableRule {
	/** The table's SQL name, as drizzle's getTableName gives it. */
	table: string;
	/** The key in the export; absent when the rows are exported inside another section. */
	section?: string;
	/** Why the table holds data about a person, shown in the export so it explains itself. */
	about: string;
	export?: (db: Database, subject: DataSubject) => Promise<unknown>;
	/** A table of the site's own (keys, settings): listed so none is forgotten, never exported. */
	holdsNoPersonalData?: true;
	erase: (tx: Database, subject: DataSubject) => Promise<void>;
}

/**
 * The throttle's rows about one account: its ceiling, its counts per address and the count of
 * forgot-password tries for its email.
 */
const accountRows = (email: string) =>
	or(
		inArray(rateLimit.key, [accountKey(email), resetKey(email)]),
		sql`starts_with(${rateLimit.key}, ${accountAddressPrefix(email)})`
	);

function throttleCounts(key: string, email: string): string {
	if (key === accountKey(email)) return 'the whole account';
	if (key === resetKey(email)) return 'forgot-password tries for your email';
	return 'one network address';
}

const attemptIds = (db: Database, userId: string) =>
	db.select({ id: quizAttempt.id }).from(quizAttempt).where(eq(quizAttempt.userId, userId));

const counselor = alias(user, 'counselor');
const client = alias(user, 'client');

export const personalData: readonly TableRule[] = [
	{
		table: 'access_log',
		section: 'accessLog',
		about:
			'Each time a counselor you shared with looked at your progress, and what they looked at. (For a counselor: when you looked at each client.)',
		export: async (db, { id }) => {
			const rows = await db
				.select({
					clientId: accessLog.clientId,
					counselor: counselor.displayName,
					client: client.displayName,
					what: accessLog.what,
					at: accessLog.at
				})
				.from(accessLog)
				.innerJoin(counselor, eq(counselor.id, accessLog.counselorId))
				.innerJoin(client, eq(client.id, accessLog.clientId))
				.where(or(eq(accessLog.clientId, id), eq(accessLog.counselorId, id)))
				.orderBy(asc(accessLog.at), asc(accessLog.id));
			return rows.map(({ clientId, counselor, client, what, at }) =>
				clientId === id ? { counselor, what, at } : { client, what, at }
			);
		},
		// Both sides go: the log is about the client, and a deleted counselor's entries would
		// otherwise point at no one. (A client keeps seeing that the link ended in their history.)
		erase: async (tx, { id }) => {
			await tx
				.delete(accessLog)
				.where(or(eq(accessLog.clientId, id), eq(accessLog.counselorId, id)));
		}
	},
	{
		table: 'counselor_note',
		section: 'counselorNotes',
		about:
			'Notes a counselor keeps about you (you can read them here), or, for a counselor, the notes you keep about each client.',
		export: async (db, { id }) => {
			const rows = await db
				.select({
					clientId: counselorNote.clientId,
					counselor: counselor.displayName,
					client: client.displayName,
					note: counselorNote.body,
					updatedAt: counselorNote.updatedAt
				})
				.from(counselorNote)
				.innerJoin(counselor, eq(counselor.id, counselorNote.counselorId))
				.innerJoin(client, eq(client.id, counselorNote.clientId))
				.where(or(eq(counselorNote.clientId, id), eq(counselorNote.counselorId, id)))
				.orderBy(asc(counselorNote.updatedAt));
			return rows.map(({ clientId, counselor, client, note, updatedAt }) =>
				clientId === id ? { counselor, note, updatedAt } : { client, note, updatedAt }
			);
		},
		erase: async (tx, { id }) => {
			await tx
				.delete(counselorNote)
				.where(or(eq(counselorNote.clientId, id), eq(counselorNote.counselorId, id)));
		}
	},
	{
		table: 'assignment',
		section: 'assignments',
		about:
			'Modules a counselor asked you to do, with any due date and message (for a counselor: what you assigned).',
		export: async (db, { id }) => {
			const rows = await db
				.select({
					clientId: assignment.clientId,
					counselor: counselor.displayName,
					client: client.displayName,
					module: assignment.moduleSlug,
					dueDate: assignment.dueDate,
					message: assignment.message,
					createdAt: assignment.createdAt,
					withdrawnAt: assignment.withdrawnAt
				})
				.from(assignment)
				.innerJoin(counselor, eq(counselor.id, assignment.counselorId))
				.innerJoin(client, eq(client.id, assignment.clientId))
				.where(or(eq(assignment.clientId, id), eq(assignment.counselorId, id)))
				.orderBy(asc(assignment.createdAt));
			return rows.map(({ clientId, counselor, client, ...rest }) =>
				clientId === id ? { counselor, ...rest } : { client, ...rest }
			);
		},
		erase: async (tx, { id }) => {
			await tx
				.delete(assignment)
				.where(or(eq(assignment.clientId, id), eq(assignment.counselorId, id)));
		}
	},
	{
		table: 'care_link',
		section: 'sharing',
		about:
			'Who you agreed to share your progress with, which consent you gave, when it started and when you stopped it (for a counselor: your clients).',
		export: async (db, { id }) => {
			const rows = await db
				.select({
					clientId: careLink.clientId,
					counselor: counselor.displayName,
					client: client.displayName,
					consentVersion: careLink.consentVersion,
					consentedAt: careLink.consentedAt,
					stoppedAt: careLink.revokedAt
				})
				.from(careLink)
				.innerJoin(counselor, eq(counselor.id, careLink.counselorId))
				.innerJoin(client, eq(client.id, careLink.clientId))
				.where(or(eq(careLink.clientId, id), eq(careLink.counselorId, id)))
				.orderBy(asc(careLink.consentedAt));
			return rows.map(({ clientId, counselor, client, ...rest }) =>
				clientId === id ? { counselor, ...rest } : { client, ...rest }
			);
		},
		erase: async (tx, { id }) => {
			await tx.delete(careLink).where(or(eq(careLink.clientId, id), eq(careLink.counselorId, id)));
		}
	},
	{
		table: 'invitation',
		section: 'invitations',
		about:
			'For a counselor: the invitations you made (never their links or codes, only hashes of them are stored).',
		export: (db, { id }) =>
			db
				.select({
					label: invitation.label,
					createdAt: invitation.createdAt,
					expiresAt: invitation.expiresAt,
					usedAt: invitation.usedAt,
					cancelledAt: invitation.revokedAt
				})
				.from(invitation)
				.where(eq(invitation.counselorId, id))
				.orderBy(asc(invitation.createdAt)),
		// The counselor's own invitations go; one this person accepted stays with its counselor,
		// without saying who used it.
		erase: async (tx, { id }) => {
			await tx.delete(invitation).where(eq(invitation.counselorId, id));
			await tx.update(invitation).set({ usedBy: null }).where(eq(invitation.usedBy, id));
		}
	},
	{
		table: 'quiz_answer',
		about: 'Each answer you gave in a quiz attempt (exported with the attempt).',
		erase: async (tx, { id }) => {
			await tx.delete(quizAnswer).where(inArray(quizAnswer.attemptId, attemptIds(tx, id)));
		}
	},
	{
		table: 'quiz_attempt',
		section: 'quizAttempts',
		about: 'Every quiz you submitted, with your answers and the score worked out for them.',
		export: async (db, { id }) => {
			const attempts = await db
				.select()
				.from(quizAttempt)
				.where(eq(quizAttempt.userId, id))
				.orderBy(asc(quizAttempt.createdAt));
			const answers = await db
				.select()
				.from(quizAnswer)
				.where(inArray(quizAnswer.attemptId, attemptIds(db, id)))
				.orderBy(asc(quizAnswer.questionId));
			return attempts.map((a) => ({
				module: a.moduleSlug,
				submittedAt: a.createdAt,
				score: a.score,
				maxScore: a.maxScore,
				mastered: a.mastered,
				answers: answers
					.filter((answer) => answer.attemptId === a.id)
					.map(({ questionId, answer, correct, credit }) => ({
						question: questionId,
						chosen: answer,
						correct,
						credit
					}))
			}));
		},
		erase: async (tx, { id }) => {
			await tx.delete(quizAttempt).where(eq(quizAttempt.userId, id));
		}
	},
	{
		table: 'lesson_progress',
		section: 'lessonProgress',
		about: 'Which lessons you opened, the section you last read, and which you marked complete.',
		export: (db, { id }) =>
			db
				.select({
					module: lessonProgress.moduleSlug,
					lesson: lessonProgress.lessonSlug,
					lastSection: lessonProgress.section,
					startedAt: lessonProgress.startedAt,
					updatedAt: lessonProgress.updatedAt,
					completedAt: lessonProgress.completedAt
				})
				.from(lessonProgress)
				.where(eq(lessonProgress.userId, id))
				.orderBy(asc(lessonProgress.startedAt)),
		erase: async (tx, { id }) => {
			await tx.delete(lessonProgress).where(eq(lessonProgress.userId, id));
		}
	},
	{
		table: 'reflection',
		section: 'reflections',
		about: 'What you wrote for the writing prompts in lessons, and whether you shared it.',
		export: (db, { id }) =>
			db
				.select({
					prompt: reflection.promptId,
					lesson: reflection.lessonSlug,
					text: reflection.body,
					sharedAt: reflection.sharedAt,
					createdAt: reflection.createdAt,
					updatedAt: reflection.updatedAt
				})
				.from(reflection)
				.where(eq(reflection.userId, id))
				.orderBy(asc(reflection.createdAt)),
		erase: async (tx, { id }) => {
			await tx.delete(reflection).where(eq(reflection.userId, id));
		}
	},
	{
		table: 'learner_item',
		section: 'tools',
		about: 'The tools you filled in: your trigger list, weekly plan and support map.',
		export: (db, { id }) =>
			db
				.select({
					tool: learnerItem.kind,
					data: learnerItem.data,
					sharedAt: learnerItem.sharedAt,
					updatedAt: learnerItem.updatedAt
				})
				.from(learnerItem)
				.where(eq(learnerItem.userId, id))
				.orderBy(asc(learnerItem.kind)),
		erase: async (tx, { id }) => {
			await tx.delete(learnerItem).where(eq(learnerItem.userId, id));
		}
	},
	{
		table: 'rate_limit',
		section: 'signInThrottle',
		about:
			'Failed log-ins on your account, kept to slow down anyone guessing your password: one count for each network address they came from, and one for the whole account. Counts per address that are not about your account are not linked to you and are not included.',
		export: async (db, { email }) => {
			const rows = await db
				.select({
					key: rateLimit.key,
					failedLogIns: rateLimit.failures,
					waitUntil: rateLimit.blockedUntil,
					updatedAt: rateLimit.updatedAt
				})
				.from(rateLimit)
				.where(accountRows(email))
				.orderBy(asc(rateLimit.key));
			return rows.map(({ key, ...row }) => ({
				counts: throttleCounts(key, email),
				...row
			}));
		},
		erase: async (tx, { email }) => {
			await tx.delete(rateLimit).where(accountRows(email));
		}
	},
	{
		table: 'credential_reset',
		section: 'passwordResets',
		// Never the hashes: like session secrets, they are what a code proves, not data about you.
		about:
			'Ways back into your account if you forget your password: your recovery code, reset links sent by email, and reset codes a counselor or an admin made for you (who made it, when, until when, and when it was used). The codes themselves are never stored.',
		export: (db, { id }) =>
			db
				.select({
					kind: credentialReset.kind,
					madeBy: counselor.displayName,
					createdAt: credentialReset.createdAt,
					expiresAt: credentialReset.expiresAt,
					usedAt: credentialReset.usedAt
				})
				.from(credentialReset)
				.leftJoin(counselor, eq(counselor.id, credentialReset.createdBy))
				.where(eq(credentialReset.userId, id))
				.orderBy(asc(credentialReset.createdAt)),
		// A code this person made for someone else stays with that person, without saying who.
		erase: async (tx, { id }) => {
			await tx.delete(credentialReset).where(eq(credentialReset.userId, id));
			await tx
				.update(credentialReset)
				.set({ createdBy: null })
				.where(eq(credentialReset.createdBy, id));
		}
	},
	{
		table: 'server_secret',
		about: 'Keys the site makes for itself (to sign device cookies); nothing about any person.',
		holdsNoPersonalData: true,
		erase: async () => {}
	},
	{
		table: 'session',
		section: 'sessions',
		// The id and secret hash are left out: they are what a session cookie proves, not data
		// about the person, and an export file may be kept somewhere less safe than the database.
		about: 'When each of your signed-in sessions started and when it ends (at most 30 days).',
		export: (db, { id }) =>
			db
				.select({ createdAt: session.createdAt, expiresAt: session.expiresAt })
				.from(session)
				.where(eq(session.userId, id))
				.orderBy(asc(session.createdAt)),
		erase: async (tx, { id }) => {
			await tx.delete(session).where(eq(session.userId, id));
		}
	},
	{
		table: 'user',
		section: 'account',
		// Never the password hash: it is not readable, and exporting it would only help a guesser.
		about: 'Your account: email, the name you chose, your role and when you joined.',
		export: async (db, { id }) => {
			const [row] = await db
				.select({
					email: user.email,
					displayName: user.displayName,
					role: user.role,
					createdAt: user.createdAt
				})
				.from(user)
				.where(eq(user.id, id));
			return row ?? null;
		},
		erase: async (tx, { id }) => {
			await tx.delete(user).where(eq(user.id, id));
		}
	}
];

export const EXPORT_EXPLANATION =
	'Everything Rewire stores about you, as of exportedAt. Each section says what it is in "about". Times are in UTC. Password and session secrets are never included. Quiz questions are named by id; the course shows their text.';

export interface PersonalExport {
	explanation: string;
	exportedAt: string;
	sections: Record<string, { about: string; data: unknown }>;
}

/** Everything stored about one person, read table by table through the registry. */
export async function exportPersonalData(
	db: Database,
	subject: DataSubject,
	now = new Date()
): Promise<PersonalExport> {
	const sections: PersonalExport['sections'] = {};
	for (const rule of [...personalData].reverse()) {
		if (!rule.section || !rule.export) continue;
		sections[rule.section] = { about: rule.about, data: await rule.export(db, subject) };
	}
	return { explanation: EXPORT_EXPLANATION, exportedAt: now.toISOString(), sections };
}

/** Removes every row about one person in every table, all or nothing. */
export async function deletePersonalData(db: Database, subject: DataSubject): Promise<void> {
	await db.transaction(async (tx) => {
		for (const rule of personalData) await rule.erase(tx, subject);
	});
}
