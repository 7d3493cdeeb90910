import {
	boolean,
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	real,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

export const roleEnum = pgEnum('role', ['learner', 'counselor', 'admin']);
export type Role = (typeof roleEnum.enumValues)[number];

export const user = pgTable(
	'user',
	{
		id: text('id').primaryKey(),
		/** Stored lower-cased and trimmed, so look-ups are exact. */
		email: text('email').notNull(),
		displayName: text('display_name').notNull(),
		passwordHash: text('password_hash').notNull(),
		role: roleEnum('role').notNull().default('learner'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('user_email_idx').on(t.email)]
);

/**
 * Lucia's session design: the cookie holds `<id>.<secret>`; only SHA-256(secret) is stored, and
 * it is compared in constant time. `expiresAt` slides with use (idle lifetime); `createdAt` caps
 * the absolute lifetime.
 */
export const session = pgTable(
	'session',
	{
		id: text('id').primaryKey(),
		secretHash: text('secret_hash').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
	},
	(t) => [index('session_user_idx').on(t.userId), index('session_expires_idx').on(t.expiresAt)]
);

export type User = typeof user.$inferSelect;
export type Session = typeof session.$inferSelect;

/**
 * One row per learner and lesson: opened (startedAt), the section they were last reading
 * (for "Continue"), and completion. Keyed by lesson slug, which is unique across the course.
 */
export const lessonProgress = pgTable(
	'lesson_progress',
	{
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		moduleSlug: text('module_slug').notNull(),
		lessonSlug: text('lesson_slug').notNull(),
		/** Heading id of the section last read, '' for the top of the lesson. */
		section: text('section').notNull().default(''),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		completedAt: timestamp('completed_at', { withTimezone: true })
	},
	(t) => [
		primaryKey({ columns: [t.userId, t.lessonSlug] }),
		index('lesson_progress_recent_idx').on(t.userId, t.updatedAt)
	]
);

/**
 * What a learner wrote for a prompt in a lesson. Private: only its author sees it unless they
 * share the item (sharedAt set), and it is part of their data export.
 */
export const reflection = pgTable(
	'reflection',
	{
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		/** The prompt's id, unique across the course (e.g. `what-reward-is/first-reward`). */
		promptId: text('prompt_id').notNull(),
		lessonSlug: text('lesson_slug').notNull(),
		body: text('body').notNull(),
		sharedAt: timestamp('shared_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.userId, t.promptId] })]
);

/** One submitted quiz. Best and latest scores are derived from these rows, never stored twice. */
export const quizAttempt = pgTable(
	'quiz_attempt',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		moduleSlug: text('module_slug').notNull(),
		/** Points earned and possible; partial credit makes points fractional. */
		score: real('score').notNull(),
		maxScore: integer('max_score').notNull(),
		/** score / maxScore >= the mastery threshold when it was graded. */
		mastered: boolean('mastered').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('quiz_attempt_user_module_idx').on(t.userId, t.moduleSlug, t.createdAt),
		// A person's latest attempt in any module (the counselor dashboard), read backwards.
		index('quiz_attempt_user_recent_idx').on(t.userId, t.createdAt, t.id)
	]
);

/** Each answer of an attempt, with what was chosen and the credit it earned. */
export const quizAnswer = pgTable(
	'quiz_answer',
	{
		attemptId: text('attempt_id')
			.notNull()
			.references(() => quizAttempt.id, { onDelete: 'cascade' }),
		questionId: text('question_id').notNull(),
		/** Option ids in the order given (one for single choice, several for multiple/order). */
		answer: jsonb('answer').$type<string[]>().notNull(),
		correct: boolean('correct').notNull(),
		credit: real('credit').notNull()
	},
	(t) => [primaryKey({ columns: [t.attemptId, t.questionId] })]
);

export type LessonProgress = typeof lessonProgress.$inferSelect;
export type Reflection = typeof reflection.$inferSelect;
export type QuizAttempt = typeof quizAttempt.$inferSelect;
export type QuizAnswer = typeof quizAnswer.$inferSelect;

export const learnerItemKind = pgEnum('learner_item_kind', [
	'triggers',
	'weekly-plan',
	'support-map'
]);
export type LearnerItemKind = (typeof learnerItemKind.enumValues)[number];

/**
 * The tools a learner fills in inside lessons (trigger list, weekly plan, support map): one
 * document per kind, private like reflections (shown to a counselor only when `sharedAt` is set)
 * and part of the learner's data export. `data` is validated by the tool's own schema on save.
 */
export const learnerItem = pgTable(
	'learner_item',
	{
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		kind: learnerItemKind('kind').notNull(),
		data: jsonb('data').notNull(),
		sharedAt: timestamp('shared_at', { withTimezone: true }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.userId, t.kind] })]
);

/**
 * Counters for throttling sign-in attempts, kept in the database so every app process sees the
 * same numbers. `key` names what is limited (see keysFor in auth/rate-limit.ts). Rows untouched
 * for a day are swept (sweep.ts).
 */
export const rateLimit = pgTable('rate_limit', {
	key: text('key').primaryKey(),
	/** Token bucket: tokens left after the last refill at `updatedAt`. */
	tokens: real('tokens').notNull(),
	/** Consecutive failures, for growing delays on one account. */
	failures: integer('failures').notNull().default(0),
	blockedUntil: timestamp('blocked_until', { withTimezone: true }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export type LearnerItem = typeof learnerItem.$inferSelect;

/**
 * Keys the app makes for itself on first use and every app process then reads (the device
 * cookie's signing key): in the database, so N processes agree without another store. Holds
 * nothing about any person.
 */
export const serverSecret = pgTable('server_secret', {
	name: text('name').primaryKey(),
	value: text('value').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * A counselor's invitation to a client: a single-use link and a short code to read aloud. Only
 * SHA-256 hashes of the link token and the code are stored, so a leaked table opens nothing.
 */
export const invitation = pgTable(
	'invitation',
	{
		id: text('id').primaryKey(),
		counselorId: text('counselor_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash').notNull(),
		codeHash: text('code_hash').notNull(),
		/** The counselor's own reminder of who it is for; never shown to the client. */
		label: text('label').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		usedBy: text('used_by').references(() => user.id, { onDelete: 'set null' }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('invitation_token_idx').on(t.tokenHash),
		uniqueIndex('invitation_code_idx').on(t.codeHash),
		index('invitation_counselor_idx').on(t.counselorId, t.createdAt)
	]
);

/**
 * A client's consent to share progress with a counselor. Revoking ends it for good (a new
 * invitation makes a new link), so the history of who could see what, and when, is kept.
 */
export const careLink = pgTable(
	'care_link',
	{
		id: text('id').primaryKey(),
		counselorId: text('counselor_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		clientId: text('client_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		invitationId: text('invitation_id').references(() => invitation.id, { onDelete: 'set null' }),
		/** Which consent text the client agreed to (see $lib/sharing/consent.ts). */
		consentVersion: text('consent_version').notNull(),
		consentedAt: timestamp('consented_at', { withTimezone: true }).notNull().defaultNow(),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('care_link_active_idx')
			.on(t.counselorId, t.clientId)
			.where(sql`${t.revokedAt} is null`),
		index('care_link_client_idx').on(t.clientId)
	]
);

/** A module a counselor asked a client to do. Withdrawn ones are kept for the client's history. */
export const assignment = pgTable(
	'assignment',
	{
		id: text('id').primaryKey(),
		counselorId: text('counselor_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		clientId: text('client_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		moduleSlug: text('module_slug').notNull(),
		dueDate: date('due_date', { mode: 'string' }),
		message: text('message').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		withdrawnAt: timestamp('withdrawn_at', { withTimezone: true })
	},
	(t) => [
		index('assignment_client_idx').on(t.clientId, t.dueDate),
		index('assignment_counselor_idx').on(t.counselorId, t.clientId)
	]
);

/**
 * Every time a counselor reads a client's data. Append-only: the code has no update or delete
 * for it, and the client can read all of it.
 */
export const accessLog = pgTable(
	'access_log',
	{
		id: text('id').primaryKey(),
		counselorId: text('counselor_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		clientId: text('client_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		/** What was read: 'dashboard', 'client page', 'csv export', 'client csv export'. */
		what: text('what').notNull()
	},
	(t) => [index('access_log_client_idx').on(t.clientId, t.at)]
);

/** A counselor's private note about one client. The client can see it exists and export it. */
export const counselorNote = pgTable(
	'counselor_note',
	{
		counselorId: text('counselor_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		clientId: text('client_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		body: text('body').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.counselorId, t.clientId] })]
);

export type Invitation = typeof invitation.$inferSelect;
export type CareLink = typeof careLink.$inferSelect;
export type Assignment = typeof assignment.$inferSelect;
export type AccessLogEntry = typeof accessLog.$inferSelect;
export type CounselorNote = typeof counselorNote.$inferSelect;

export const credentialResetKind = pgEnum('credential_reset_kind', [
	/** A link sent by email, valid for 30 minutes. */
	'email_link',
	/** The code a person keeps on paper, made at sign-up or on the account page; no expiry. */
	'recovery_code',
	/** A code a counselor or an admin made for the person, valid for 24 hours. */
	'reset_code'
]);
export type CredentialResetKind = (typeof credentialResetKind.enumValues)[number];

/**
 * A single-use way back into an account that forgot its password. Only SHA-256 of the secret is
 * stored (as for sessions), so a leaked table opens nothing. `createdBy` is the counselor or
 * admin who made a reset code.
 */
export const credentialReset = pgTable(
	'credential_reset',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		kind: credentialResetKind('kind').notNull(),
		secretHash: text('secret_hash').notNull(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		/** Null for a recovery code, which lasts until it is used or replaced. */
		expiresAt: timestamp('expires_at', { withTimezone: true }),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('credential_reset_secret_idx').on(t.secretHash),
		index('credential_reset_user_idx').on(t.userId, t.kind)
	]
);

export type CredentialReset = typeof credentialReset.$inferSelect;
