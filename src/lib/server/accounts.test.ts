import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '$lib/server/db/test-db';
import type { OpenDatabase } from '$lib/server/db';
import { checkCredentials, createAccount, readLogin, readSignup } from './accounts';
import { listUsers, setRole } from './users';

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) data.set(k, v);
	return data;
}

const good = { email: 'Sam@Example.com ', displayName: ' Sam ', password: 'river stone lantern' };

describe('readSignup', () => {
	const cases: { name: string; fields: Record<string, string>; errors: string[] }[] = [
		{ name: 'valid input', fields: good, errors: [] },
		{ name: 'nothing typed', fields: {}, errors: ['email', 'displayName', 'password'] },
		{ name: 'email without domain', fields: { ...good, email: 'sam@' }, errors: ['email'] },
		{ name: 'email with NUL', fields: { ...good, email: 'sam\u0000@x.io' }, errors: ['email'] },
		{
			name: 'email too long',
			fields: { ...good, email: `${'a'.repeat(250)}@x.io` },
			errors: ['email']
		},
		{ name: 'name only spaces', fields: { ...good, displayName: '   ' }, errors: ['displayName'] },
		{
			name: 'name too long',
			fields: { ...good, displayName: 'n'.repeat(61) },
			errors: ['displayName']
		},
		{
			name: 'name with control chars',
			fields: { ...good, displayName: 'Sam\u0007' },
			errors: ['displayName']
		},
		{ name: 'short password', fields: { ...good, password: 'short' }, errors: ['password'] },
		{ name: 'common password', fields: { ...good, password: 'password1' }, errors: ['password'] }
	];
	it.each(cases)('$name', ({ fields, errors }) => {
		const result = readSignup(form(fields));
		expect(Object.keys(result.errors).sort()).toEqual([...errors].sort());
	});

	it('normalises the email and trims the name, and never echoes the password', () => {
		const { values } = readSignup(form(good));
		expect(values).toEqual({ email: 'sam@example.com', displayName: 'Sam' });
		expect(JSON.stringify(values)).not.toContain(good.password);
	});

	it('treats a file upload in a text field as empty, not as a crash', () => {
		const data = form(good);
		data.set('email', new Blob(['x']), 'x.txt');
		expect(readSignup(data).errors.email).toBeDefined();
	});
});

describe('readLogin', () => {
	it.each([
		[{ email: 'a@b.co', password: 'x' }, []],
		[{ email: '', password: '' }, ['email', 'password']],
		[{ email: 'a@b.co', password: 'x'.repeat(2000) }, ['password']],
		[{ email: 'a\u0000@b.co', password: 'x' }, ['email']]
	])('%o', (fields, errors) => {
		expect(Object.keys(readLogin(form(fields)).errors).sort()).toEqual(errors);
	});
});

describe('accounts in the database', () => {
	let open: OpenDatabase;
	beforeAll(async () => {
		open = await openTestDatabase();
	});
	afterAll(() => open.close());

	it('creates a learner and refuses a second account with the same email', async () => {
		const first = await createAccount(open.db, { ...good, displayName: 'Sam' });
		expect(first.ok).toBe(true);
		const again = await createAccount(open.db, {
			...good,
			email: 'SAM@example.com',
			displayName: 'Other'
		});
		expect(again).toMatchObject({ ok: false, errors: { email: expect.any(String) } });
		const users = await listUsers(open.db);
		expect(users.map((u) => [u.email, u.role])).toEqual([['sam@example.com', 'learner']]);
	});

	it('checks credentials, case-insensitive on email only', async () => {
		const cases: [string, string, boolean][] = [
			['sam@example.com', good.password, true],
			['  SAM@EXAMPLE.COM', good.password, true],
			['sam@example.com', good.password.toUpperCase(), false],
			['nobody@example.com', good.password, false]
		];
		for (const [email, password, ok] of cases) {
			expect((await checkCredentials(open.db, email, password)) !== null, email).toBe(ok);
		}
	});

	it('grants and removes roles by email', async () => {
		expect(await setRole(open.db, 'Sam@example.com', 'counselor')).toBe(true);
		expect((await listUsers(open.db))[0]?.role).toBe('counselor');
		expect(await setRole(open.db, 'ghost@example.com', 'admin')).toBe(false);
	});
});
