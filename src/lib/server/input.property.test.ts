import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCodeReset, readEmailRequest, readNewPassword } from './reset-forms';
import { course } from '$lib/content/catalog.server';
import { readingOrder } from '$lib/content/course';
import {
	TRIGGER_KINDS,
	MAX_LABEL,
	MAX_NEW_ROADS,
	MAX_TRIGGERS,
	type MyTriggersData
} from '$lib/components/triggers/triggers';
import { itemParsers } from '$lib/learner-items/kinds';
import { ACTIVITIES, DAYS } from '$lib/diagrams/WeeklyPlan/plan';
import { MAX_REFLECTION_LENGTH } from '$lib/reflection-rules';
import type { OpenDatabase } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { user } from '$lib/server/db/schema';
import {
	MAX_EMAIL_LENGTH,
	MAX_NAME_LENGTH,
	checkCredentials,
	createAccount,
	readLogin,
	readSignup
} from './accounts';
import {
	DELETE_CONFIRMATION,
	readAccountDeletion,
	readDisplayName,
	readPasswordChange
} from './account-settings';
import { checkPasswordRules } from './auth/password';
import { idField, textField } from './forms';
import { learnerItems, saveLearnerItem } from './learner-items';
import { parseGuestField } from './guest-import';
import { checkQuiz, quizzes } from './quizzes';
import {
	checkReflection,
	lessonOfPrompt,
	reflectionsForLesson,
	saveReflection
} from './reflections';
import { storable } from '$lib/text';

// Thousands of random and hostile values at every function that reads what a browser sent:
// none may throw, and none may let through what its rules forbid. (What passes is then shown
// escaped: tests/e2e/security/escaping.spec.ts.)

const RUNS = { numRuns: 2000 };

/** Text people and attackers send: any code point, lone surrogates, controls, markup, huge. */
const hostileText = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 80 }),
	fc.string({ unit: 'grapheme', maxLength: 80 }),
	fc.constantFrom(
		'',
		' ',
		'\u0000',
		'\u0007bell',
		'\u202eevil',
		'\ud83d',
		'\udc00x',
		'a\r\nb',
		'<script>alert(1)</script>',
		'"><img src=x onerror=alert(1)>',
		"' OR 1=1 --",
		'password1',
		'quiet river morning walk',
		'name@example.com',
		' Name@Example.COM ',
		DELETE_CONFIRMATION,
		'x'.repeat(300),
		'y'.repeat(70_000),
		'😀'.repeat(61),
		'__proto__',
		'constructor'
	),
	fc.string({ maxLength: 20 }).map((s) => s.repeat(1000)),
	// The awkward pieces, densely mixed: halves of emoji, controls, markup, spaces.
	fc.string({
		unit: fc.constantFrom('a', ' ', '\t', '\ud83d', '\ude00', '😀', '\u0000', '<', '&', 'é'),
		minLength: 1,
		maxLength: 100
	})
);

/** What a form field can hold: text, a file upload, or nothing at all. */
const fieldValue = fc.oneof(
	{ weight: 5, arbitrary: hostileText },
	{ weight: 1, arbitrary: fc.constant(new Blob(['file body'])) },
	{ weight: 1, arbitrary: fc.constant(undefined) }
);

/** A form with the given field names (each missing, text, a file, or sent twice) plus junk. */
function formOf(names: string[]) {
	return fc
		.record({
			fields: fc.tuple(...names.map(() => fc.array(fieldValue, { maxLength: 2 }))),
			junk: fc.array(fc.tuple(hostileText, hostileText), { maxLength: 3 })
		})
		.map(({ fields, junk }) => {
			const form = new FormData();
			names.forEach((name, i) => {
				for (const value of fields[i] ?? []) {
					if (value instanceof Blob) form.append(name, value, 'x.txt');
					else if (value !== undefined) form.append(name, value);
				}
			});
			for (const [k, v] of junk) form.append(k, v);
			return form;
		});
}

const length = (text: string) => [...text].length;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

describe('form readers never throw and never accept what their rules forbid', () => {
	it('textField gives the text sent, or "" for a file or nothing; idField the same, storable', () => {
		fc.assert(
			fc.property(formOf(['f']), (form) => {
				const value = textField(form, 'f');
				const raw = form.get('f');
				expect(value).toBe(typeof raw === 'string' ? raw : '');
				const id = idField(form, 'f');
				expect(id).toBe(storable(value));
				expect(id.includes('\u0000')).toBe(false);
				expect(id.isWellFormed()).toBe(true);
			}),
			RUNS
		);
	});

	it('readSignup', () => {
		fc.assert(
			fc.property(formOf(['email', 'displayName', 'password']), (form) => {
				const { values, password, errors } = readSignup(form);
				if (!errors.email) {
					expect(values.email).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
					expect(values.email.length).toBeLessThanOrEqual(MAX_EMAIL_LENGTH);
					expect(values.email).toBe(values.email.toLowerCase());
				}
				if (!errors.displayName) {
					const name = values.displayName ?? '';
					expect(name).toBe(name.trim());
					expect(length(name)).toBeGreaterThan(0);
					expect(length(name)).toBeLessThanOrEqual(MAX_NAME_LENGTH);
					expect(name).not.toMatch(CONTROL);
				}
				if (!errors.password) expect(checkPasswordRules(password)).toBeNull();
				// A password is never echoed back in the values re-shown on the page (unless the
				// same text was also typed into another field).
				const typedElsewhere = ['email', 'displayName'].some(
					(f) => textField(form, f).trim().toLowerCase() === password.toLowerCase()
				);
				if (password && !typedElsewhere) expect(Object.values(values)).not.toContain(password);
			}),
			RUNS
		);
	});

	it('readLogin', () => {
		fc.assert(
			fc.property(formOf(['email', 'password']), (form) => {
				const { values, password, errors } = readLogin(form);
				if (!errors.email) {
					expect(values.email.length).toBeGreaterThan(0);
					expect(values.email.length).toBeLessThanOrEqual(MAX_EMAIL_LENGTH);
				}
				if (!errors.password) {
					expect(password.length).toBeGreaterThan(0);
					expect(password.length).toBeLessThanOrEqual(1024);
				}
				expect(Object.keys(values)).toEqual(['email']);
			}),
			RUNS
		);
	});

	it('the forgot-password forms', () => {
		fc.assert(
			fc.property(formOf(['email', 'code', 'password']), (form) => {
				const link = readEmailRequest(form);
				const byCode = readCodeReset(form);
				const fresh = readNewPassword(form);
				for (const { values, errors } of [link, byCode]) {
					if (!errors.email) {
						expect(values.email.length).toBeGreaterThan(0);
						expect(values.email.length).toBeLessThanOrEqual(MAX_EMAIL_LENGTH);
						expect(CONTROL.test(values.email)).toBe(false);
					}
				}
				if (!byCode.errors.code) expect(byCode.code).toMatch(/^[A-Z2-9]{12}([A-Z2-9]{4})?$/);
				if (!byCode.errors.password) expect(checkPasswordRules(byCode.password)).toBeNull();
				if (!fresh.errors.password) expect(checkPasswordRules(fresh.password)).toBeNull();
				// Never a password among what is re-shown.
				expect(Object.keys(byCode.values).sort()).toEqual(['code', 'email']);
				expect(Object.keys(link.values)).toEqual(['email']);
			}),
			RUNS
		);
	});

	it('the account page forms', () => {
		fc.assert(
			fc.property(
				formOf(['displayName', 'currentPassword', 'newPassword', 'password', 'confirm']),
				(form) => {
					const name = readDisplayName(form);
					if (!name.errors.displayName) {
						const n = name.values.displayName;
						expect(n.length > 0 && length(n) <= MAX_NAME_LENGTH && !CONTROL.test(n)).toBe(true);
						expect(n).toBe(n.trim());
					}
					const change = readPasswordChange(form);
					if (!change.errors.newPassword) expect(checkPasswordRules(change.next)).toBeNull();
					if (!change.errors.currentPassword) {
						expect(change.current.length).toBeGreaterThan(0);
						expect(change.current.length).toBeLessThanOrEqual(1024);
					}
					const deletion = readAccountDeletion(form);
					if (!deletion.errors.confirm) expect(form.get('confirm')).toBe(DELETE_CONFIRMATION);
					if (!deletion.errors.password) expect(deletion.password.length).toBeGreaterThan(0);
				}
			),
			RUNS
		);
	});

	it('reflections: only prompts of the course, only text within the limit', () => {
		const prompts = readingOrder(course).flatMap((l) => l.prompts.map((p) => `${l.slug}/${p}`));
		const promptId = fc.oneof(fc.constantFrom(...prompts), hostileText);
		fc.assert(
			fc.property(promptId, hostileText, (id, body) => {
				const lesson = lessonOfPrompt(course, id);
				if (lesson) expect(prompts).toContain(id);
				if (checkReflection(body) === null) {
					expect(body.trim().length).toBeGreaterThan(0);
					expect(length(body)).toBeLessThanOrEqual(MAX_REFLECTION_LENGTH);
				}
			}),
			RUNS
		);
	});

	it('guest data posted at sign-up is read or ignored, never an error', () => {
		const json = fc.oneof(
			hostileText,
			fc.jsonValue().map((v) => JSON.stringify(v)),
			fc
				.record({ lessons: fc.jsonValue(), reflections: fc.jsonValue() })
				.map((v) => JSON.stringify(v))
		);
		fc.assert(
			fc.property(json, (raw) => {
				const data = parseGuestField(raw);
				if (data) {
					for (const r of Object.values(data.reflections)) expect(typeof r.body).toBe('string');
				}
			}),
			RUNS
		);
	});
});

describe('quiz submissions', () => {
	const all = [...quizzes.values()];

	it('are graded only from known questions and options, with a score in range', () => {
		const quizAndEntries = fc.constantFrom(...all).chain((quiz) => {
			const known = quiz.definition.questions.flatMap((q) => {
				const ids = ('items' in q ? q.items : q.options).map((o) => o.id);
				return [
					...ids.map((id) => [`q:${q.id}`, id] as const),
					...ids.map((id, i) => [`q:${q.id}:${id}`, String(i + 1)] as const)
				];
			});
			const entry = fc.oneof(
				{ weight: 4, arbitrary: fc.constantFrom(...known) },
				{ weight: 1, arbitrary: fc.tuple(hostileText, hostileText) },
				{ weight: 1, arbitrary: fc.tuple(fc.constantFrom(...known.map(([k]) => k)), hostileText) }
			);
			return fc.tuple(fc.constant(quiz), fc.array(entry, { maxLength: 30 }));
		});
		fc.assert(
			fc.property(quizAndEntries, ([quiz, entries]) => {
				const outcome = checkQuiz(quiz, entries);
				if (outcome.status !== 'graded') return;
				const { result } = outcome;
				expect(result.score).toBeGreaterThanOrEqual(0);
				expect(result.score).toBeLessThanOrEqual(result.maxScore);
				for (const q of result.questions) {
					const question = quiz.definition.questions.find((d) => d.id === q.id);
					expect(question).toBeDefined();
					const ids = ('items' in question! ? question.items : question!.options).map((o) => o.id);
					for (const id of q.answer) expect(ids).toContain(id);
				}
			}),
			RUNS
		);
	});
});

/** Nearly right for each tool, so hostile text reaches the fields that are stored. */
const triggerList = fc.array(
	fc.record({
		id: fc.oneof(fc.constantFrom('t1', 't2', 't3'), hostileText),
		kind: fc.oneof(fc.constantFrom(...TRIGGER_KINDS), hostileText),
		label: hostileText
	}),
	{ maxLength: 45 }
);

const shaped = {
	// The saved shape, and a bare list as saved before learners chose new roads.
	triggers: fc.oneof(
		fc.record({
			triggers: triggerList,
			newRoads: fc.oneof(
				fc.array(fc.oneof(hostileText, fc.integer()), { maxLength: 6 }),
				hostileText,
				fc.constant(null)
			)
		}),
		triggerList
	),
	'support-map': fc.array(
		fc.record({
			id: fc.oneof(fc.constantFrom('s1', 's2', 's3'), hostileText),
			name: hostileText,
			kind: fc.constantFrom('person', 'group', 'place', 'care'),
			closeness: fc.constantFrom(1, 2, 3)
		}),
		{ maxLength: 13 }
	),
	'weekly-plan': fc.record({
		entries: fc.array(
			fc.record({
				id: fc.oneof(fc.constantFrom('e1', 'e2'), hostileText),
				activity: fc.constantFrom(...ACTIVITIES.map((a) => a.id), 'flying'),
				day: fc.constantFrom(...DAYS.map((d) => d.id), 'someday'),
				minutes: fc.oneof(fc.integer({ min: -5, max: 305 }), fc.double()),
				where: hostileText,
				withWhom: hostileText
			}),
			{ maxLength: 45 }
		),
		ifThen: fc.array(fc.record({ if: hostileText, then: hostileText }), { maxLength: 4 })
	})
} satisfies Record<keyof typeof itemParsers, fc.Arbitrary<unknown>>;

/** Any JSON-like value: wrong types, wrong shapes, hostile strings. */
const anyValue = fc.letrec((tie) => ({
	value: fc.oneof(
		{ depthSize: 'small' },
		hostileText,
		fc.integer(),
		fc.double(),
		fc.boolean(),
		fc.constant(null),
		fc.array(tie('value'), { maxLength: 6 }),
		fc.dictionary(
			fc.oneof(fc.constantFrom('id', 'kind', 'label', 'entries', 'ifThen'), hostileText),
			tie('value'),
			{ maxKeys: 5 }
		)
	)
})).value;

/** A tool and a value for it: mostly nearly right, sometimes anything at all. */
const toolAndValue = fc
	.constantFrom(...(Object.keys(itemParsers) as (keyof typeof itemParsers)[]))
	.chain((kind) =>
		fc.tuple(fc.constant(kind), fc.oneof({ weight: 3, arbitrary: shaped[kind] }, anyValue))
	);

describe('learner tools', () => {
	it('each parser gives null or data it accepts again unchanged', () => {
		fc.assert(
			fc.property(toolAndValue, ([kind, value]) => {
				const parse = itemParsers[kind];
				const parsed = parse(value);
				if (parsed === null) return;
				expect(parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
			}),
			RUNS
		);
	});

	it('triggers keep only known kinds, short plain ids and short labels, and few short roads', () => {
		fc.assert(
			fc.property(fc.oneof(shaped.triggers, anyValue), (value) => {
				const data = itemParsers.triggers(value) as MyTriggersData | null;
				if (data === null) return;
				const list = data.triggers;
				expect(list.length).toBeLessThanOrEqual(MAX_TRIGGERS);
				expect(data.newRoads.length).toBeLessThanOrEqual(MAX_NEW_ROADS);
				for (const road of data.newRoads) {
					expect(length(road)).toBeLessThanOrEqual(MAX_LABEL);
					expect(road.length).toBeGreaterThan(0);
					expect(road.isWellFormed()).toBe(true);
				}
				for (const t of list) {
					expect(TRIGGER_KINDS).toContain(t.kind);
					expect(t.id).toMatch(/^t\d{1,6}$/);
					expect(length(t.label)).toBeLessThanOrEqual(MAX_LABEL);
					expect(t.label.length).toBeGreaterThan(0);
					expect(t.label.isWellFormed()).toBe(true);
				}
			}),
			RUNS
		);
	});

	describe('stored in the database', () => {
		let open: OpenDatabase;
		beforeAll(async () => {
			open = await openTestDatabase();
			await open.db
				.insert(user)
				.values({ id: 'p', email: 'p@example.com', displayName: 'P', passwordHash: 'x' });
		});
		afterAll(() => open?.close());

		it('saving never fails, and what is read back is what was accepted', async () => {
			await fc.assert(
				fc.asyncProperty(toolAndValue, async ([kind, value]) => {
					const saved = await saveLearnerItem(open.db, 'p', kind, value);
					if (saved === null) return;
					expect((await learnerItems(open.db, 'p'))[kind]).toEqual(saved);
				}),
				{ numRuns: 300 }
			);
		});
	});
});

describe('accounts and reflections stored in the database', () => {
	let open: OpenDatabase;
	beforeAll(async () => {
		open = await openTestDatabase();
		await open.db
			.insert(user)
			.values({ id: 'r', email: 'r@example.com', displayName: 'R', passwordHash: 'x' });
	});
	afterAll(() => open?.close());

	it('what the sign-up and log-in readers accept never makes the database fail', async () => {
		await fc.assert(
			fc.asyncProperty(formOf(['email', 'displayName', 'password']), async (form) => {
				const signup = readSignup(form);
				if (Object.keys(signup.errors).length === 0) {
					await createAccount(open.db, {
						email: signup.values.email,
						displayName: signup.values.displayName ?? '',
						password: signup.password
					});
				}
				const login = readLogin(form);
				if (Object.keys(login.errors).length === 0) {
					await checkCredentials(open.db, login.values.email, login.password);
				}
			}),
			{ numRuns: 200 }
		);
	});

	it('a reflection the rules accept is stored and read back as storable text', async () => {
		const lesson = readingOrder(course).find((l) => l.prompts.length > 0)!;
		const promptId = `${lesson.slug}/${lesson.prompts[0]}`;
		await fc.assert(
			fc.asyncProperty(hostileText, async (body) => {
				if (checkReflection(body) !== null) return;
				await saveReflection(open.db, 'r', lesson, { promptId, body });
				const stored = await reflectionsForLesson(open.db, 'r', lesson.slug);
				expect(stored[promptId]).toBe(storable(body));
			}),
			{ numRuns: 300 }
		);
	});
});
