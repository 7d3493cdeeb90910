import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import type { Database, OpenDatabase } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import * as schema from '$lib/server/db/schema';
import { createAccount } from './accounts';
import { createSession } from './auth/session';
import { addressKey, recordFailure, recordPasswordFailure } from './auth/rate-limit';
import { resetAllowed } from './auth/reset-throttle';
import { makeRecoveryCode, makeResetCode, startEmailReset } from './credential-reset';
import { serverSecret } from './server-secret';
import { saveLearnerItem } from './learner-items';
import { completeLesson, recordLessonVisit } from './progress';
import { deletePersonalData, exportPersonalData, personalData } from './personal-data';

/** Every table schema.ts exports: what the registry must cover, found without a hand-kept list. */
const tables: PgTable[] = (Object.values(schema) as unknown[]).filter((value): value is PgTable =>
	is(value, PgTable)
);

describe('the personal data registry', () => {
	it('finds the tables in the schema (so the checks below are not vacuous)', () => {
		expect(tables.length).toBeGreaterThanOrEqual(8);
	});

	it.each(tables.map((t) => [getTableName(t)]))('covers the table %s', (name) => {
		expect(personalData.map((rule) => rule.table)).toContain(name);
	});

	it('names only tables that exist, each once', () => {
		const names = tables.map((t) => getTableName(t));
		const covered = personalData.map((rule) => rule.table);
		expect(covered.filter((name) => !names.includes(name))).toEqual([]);
		expect(new Set(covered).size).toBe(covered.length);
	});

	it('deletes the user last, so rows that point at it go first', () => {
		expect(personalData.at(-1)?.table).toBe('user');
	});
});

/**
 * One of everything the app stores about a person, through the app's own functions. A new table
 * needs a row here too: the deletion test fails for any table with no row about the person.
 */
async function seedPerson(db: Database, email: string) {
	const created = await createAccount(db, {
		email,
		displayName: 'Sam <b>',
		password: 'river stone lantern'
	});
	if (!created.ok) throw new Error('seed failed');
	const id = created.value.id;
	const { session } = await createSession(db, id);
	const lesson = { moduleSlug: 'one', lessonSlug: 'a' };
	await recordLessonVisit(db, id, lesson, 'part');
	await completeLesson(db, id, lesson);
	await db.insert(schema.reflection).values({
		userId: id,
		promptId: 'a/first',
		lessonSlug: 'a',
		body: `What ${email} wrote`
	});
	const attemptId = `attempt-${id}`;
	await db.insert(schema.quizAttempt).values({
		id: attemptId,
		userId: id,
		moduleSlug: 'one',
		score: 1.5,
		maxScore: 2,
		mastered: false
	});
	await db.insert(schema.quizAnswer).values([
		{ attemptId, questionId: 'q1', answer: ['b'], correct: true, credit: 1 },
		{ attemptId, questionId: 'q2', answer: ['a', 'c'], correct: false, credit: 0.5 }
	]);
	await saveLearnerItem(db, id, 'triggers', [{ id: 't1', kind: 'place', label: 'the bridge' }]);
	await saveLearnerItem(db, id, 'support-map', []);
	// Wrong passwords from an address: the account's ceiling and its count for that address.
	await recordPasswordFailure(db, { address: '198.51.100.7', email, device: null });
	await makeRecoveryCode(db, id);
	await startEmailReset(db, email);
	await resetAllowed(db, '198.51.100.7', email);
	return { id, email, sessionId: session.id, attemptId };
}

/**
 * A counselor's side of the same: an invitation the client used, the link, an assignment, a read
 * in the access log and a private note. `tag` keeps the ids apart.
 */
async function linkToCounselor(db: Database, counselorId: string, clientId: string, tag: string) {
	const invitationId = `inv-${tag}`;
	await db.insert(schema.invitation).values({
		id: invitationId,
		counselorId,
		tokenHash: `token-${tag}`,
		codeHash: `code-${tag}`,
		label: `for ${tag}`,
		expiresAt: new Date(Date.now() + 86_400_000),
		usedAt: new Date(),
		usedBy: clientId
	});
	await db.insert(schema.careLink).values({
		id: `link-${tag}`,
		counselorId,
		clientId,
		invitationId,
		consentVersion: '1'
	});
	await db.insert(schema.assignment).values({
		id: `assign-${tag}`,
		counselorId,
		clientId,
		moduleSlug: 'one',
		dueDate: '2026-12-01',
		message: `Module one for ${tag}`
	});
	await db
		.insert(schema.accessLog)
		.values({ id: `log-${tag}`, counselorId, clientId, what: 'client page' });
	await db.insert(schema.counselorNote).values({ counselorId, clientId, body: `Note on ${tag}` });
	await makeResetCode(db, clientId, counselorId);
}

/** Every row of every table, as text, so a check can look for a person's identifiers anywhere. */
async function everyRow(db: Database): Promise<Record<string, string[]>> {
	const out: Record<string, string[]> = {};
	for (const table of tables) {
		const rows = await db.select().from(table);
		out[getTableName(table)] = rows.map((row) => JSON.stringify(row));
	}
	return out;
}

function mentioning(rows: Record<string, string[]>, needles: string[]) {
	return Object.fromEntries(
		Object.entries(rows).map(([name, list]) => [
			name,
			list.filter((row) => needles.some((needle) => row.includes(needle))).length
		])
	);
}

describe('export and delete in the database', () => {
	let open: OpenDatabase;
	let sam: Awaited<ReturnType<typeof seedPerson>>;
	let kim: Awaited<ReturnType<typeof seedPerson>>;
	let cleo: Awaited<ReturnType<typeof seedPerson>>;

	beforeAll(async () => {
		open = await openTestDatabase();
		sam = await seedPerson(open.db, 'sam.rivers@example.com');
		kim = await seedPerson(open.db, 'kim.oak@example.org');
		cleo = await seedPerson(open.db, 'cleo.counsel@example.net');
		await linkToCounselor(open.db, cleo.id, sam.id, 'sam');
		await linkToCounselor(open.db, cleo.id, kim.id, 'kim');
		// Counts per network address are not about any one account and stay.
		await recordFailure(open.db, addressKey('203.0.113.9'));
		await serverSecret(open.db, 'device-cookie');
	}, 60_000);
	afterAll(() => open?.close());

	const needles = (p: typeof sam) => [p.id, p.email, p.attemptId, p.sessionId];

	it('exports every section, readable, without secrets', async () => {
		const exported = await exportPersonalData(open.db, sam, new Date('2026-01-02T03:04:05Z'));
		expect(exported.exportedAt).toBe('2026-01-02T03:04:05.000Z');
		expect(exported.explanation).toMatch(/Everything Rewire stores about you/);
		expect(Object.keys(exported.sections).sort()).toEqual(
			[
				'accessLog',
				'account',
				'assignments',
				'counselorNotes',
				'invitations',
				'lessonProgress',
				'passwordResets',
				'sharing',
				'quizAttempts',
				'reflections',
				'sessions',
				'signInThrottle',
				'tools'
			].sort()
		);
		for (const section of Object.values(exported.sections)) expect(section.about).not.toBe('');
		const s = exported.sections;
		expect(s.account?.data).toMatchObject({ email: sam.email, displayName: 'Sam <b>' });
		expect(s.sessions?.data).toHaveLength(1);
		expect(Object.keys((s.sessions?.data as object[])[0] ?? {}).sort()).toEqual([
			'createdAt',
			'expiresAt'
		]);
		expect(s.lessonProgress?.data).toMatchObject([
			{ module: 'one', lesson: 'a', lastSection: 'part' }
		]);
		expect(s.quizAttempts?.data).toMatchObject([
			{
				module: 'one',
				score: 1.5,
				answers: [
					{ question: 'q1', chosen: ['b'], correct: true },
					{ question: 'q2', chosen: ['a', 'c'], credit: 0.5 }
				]
			}
		]);
		expect(s.reflections?.data).toMatchObject([{ text: `What ${sam.email} wrote` }]);
		expect(s.tools?.data).toHaveLength(2);
		expect(s.signInThrottle?.data).toMatchObject([
			{ counts: 'the whole account', failedLogIns: 1 },
			{ counts: 'one network address', failedLogIns: 1 },
			{ counts: 'forgot-password tries for your email' }
		]);
		// Sam's recovery code, an email link, and the reset code Cleo made; never a hash.
		expect(s.passwordResets?.data).toEqual([
			expect.objectContaining({ kind: 'recovery_code', usedAt: null }),
			expect.objectContaining({ kind: 'email_link', madeBy: null }),
			expect.objectContaining({ kind: 'reset_code', madeBy: 'Sam <b>' })
		]);
		// What a counselor keeps about Sam, including the private note, is Sam's to read.
		expect(s.sharing?.data).toMatchObject([{ counselor: 'Sam <b>', consentVersion: '1' }]);
		expect(s.assignments?.data).toMatchObject([{ module: 'one', message: 'Module one for sam' }]);
		expect(s.accessLog?.data).toMatchObject([{ what: 'client page' }]);
		expect(s.counselorNotes?.data).toMatchObject([{ note: 'Note on sam' }]);
		expect(s.invitations?.data).toEqual([]);

		const text = JSON.stringify(exported);
		const [stored] = await open.db
			.select()
			.from(schema.session)
			.where(eq(schema.session.userId, sam.id));
		const resets = await open.db
			.select({ hash: schema.credentialReset.secretHash })
			.from(schema.credentialReset)
			.where(eq(schema.credentialReset.userId, sam.id));
		expect(resets).toHaveLength(3);
		for (const secret of [
			'argon2',
			sam.sessionId,
			stored?.secretHash ?? 'missing',
			...resets.map((r) => r.hash)
		])
			expect(text).not.toContain(secret);
		// Nothing of the other person.
		for (const needle of needles(kim)) expect(text).not.toContain(needle);
	});

	it('deletes every row about the person in every table, and nothing of anyone else', async () => {
		const before = await everyRow(open.db);
		const samBefore = mentioning(before, needles(sam));
		const kimBefore = mentioning(before, needles(kim));
		// Seeded one of everything: a table with no row about Sam would prove nothing below.
		const ownTables = personalData.filter((r) => r.holdsNoPersonalData).map((r) => r.table);
		for (const table of tables.filter((t) => !ownTables.includes(getTableName(t)))) {
			expect(
				samBefore[getTableName(table)],
				`seed a row in ${getTableName(table)}`
			).toBeGreaterThan(0);
		}

		await deletePersonalData(open.db, sam);

		const after = await everyRow(open.db);
		const left = Object.entries(mentioning(after, needles(sam))).filter(([, n]) => n > 0);
		expect(left).toEqual([]);
		expect(mentioning(after, needles(kim))).toEqual(kimBefore);
		expect(after.rate_limit?.some((row) => row.includes(addressKey('203.0.113.9')))).toBe(true);
	});

	it('a counselor’s export holds their own records about each client, not others’', async () => {
		const exported = await exportPersonalData(open.db, cleo);
		const s = exported.sections;
		// Sam's account is gone; the invitation Sam used stays with Cleo, saying only that it was used.
		expect(s.invitations?.data).toMatchObject([{ label: 'for sam' }, { label: 'for kim' }]);
		expect(s.counselorNotes?.data).toMatchObject([{ note: 'Note on kim' }]);
		expect(JSON.stringify(exported)).not.toContain('token-');
	});

	it('deleting a counselor removes their invitations, links, notes and log, and no client data', async () => {
		const before = await everyRow(open.db);
		const kimOwn = (rows: Record<string, string[]>) =>
			['lesson_progress', 'reflection', 'quiz_attempt', 'learner_item'].map(
				(t) => rows[t]?.filter((row) => row.includes(kim.id)).length
			);
		await deletePersonalData(open.db, cleo);
		const after = await everyRow(open.db);
		const left = Object.entries(mentioning(after, needles(cleo))).filter(([, n]) => n > 0);
		expect(left).toEqual([]);
		expect(kimOwn(after)).toEqual(kimOwn(before));
	});

	it('exports nothing for a deleted account, and deleting again is harmless', async () => {
		await deletePersonalData(open.db, sam);
		const exported = await exportPersonalData(open.db, sam);
		expect(exported.sections.account?.data).toBeNull();
		expect(exported.sections.reflections?.data).toEqual([]);
	});
});
