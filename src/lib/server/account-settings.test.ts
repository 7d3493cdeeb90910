import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '$lib/server/db/test-db';
import type { OpenDatabase } from '$lib/server/db';
import { checkCredentials, createAccount } from './accounts';
import {
	DELETE_CONFIRMATION,
	changeDisplayName,
	passwordMatches,
	readAccountDeletion,
	readDisplayName,
	readPasswordChange,
	setPassword
} from './account-settings';

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) data.set(k, v);
	return data;
}

const keys = (errors: object) => Object.keys(errors).sort();

describe('readDisplayName', () => {
	it.each([
		[{ displayName: ' Sam ' }, [], 'Sam'],
		[{}, ['displayName'], ''],
		[{ displayName: '   ' }, ['displayName'], ''],
		[{ displayName: 'n'.repeat(61) }, ['displayName'], 'n'.repeat(61)],
		[{ displayName: 'Sam\u0000' }, ['displayName'], 'Sam\u0000'],
		[{ displayName: '🙂'.repeat(60) }, [], '🙂'.repeat(60)]
	])('%o', (fields, errors, kept) => {
		const read = readDisplayName(form(fields));
		expect(keys(read.errors)).toEqual(errors);
		expect(read.values.displayName).toBe(kept);
	});
});

describe('readPasswordChange', () => {
	const good = { currentPassword: 'old words here', newPassword: 'a new quiet phrase' };
	it.each([
		[good, []],
		[{}, ['currentPassword', 'newPassword']],
		[{ ...good, newPassword: 'short' }, ['newPassword']],
		[{ ...good, newPassword: 'password1' }, ['newPassword']],
		[{ ...good, newPassword: 'x'.repeat(256) }, ['newPassword']],
		[{ ...good, currentPassword: 'x'.repeat(2000) }, ['currentPassword']]
	])('%o', (fields, errors) => {
		expect(keys(readPasswordChange(form(fields)).errors)).toEqual(errors);
	});
});

describe('readAccountDeletion', () => {
	it.each([
		[{ password: 'pw', confirm: DELETE_CONFIRMATION }, []],
		[{ password: 'pw' }, ['confirm']],
		[{ password: 'pw', confirm: 'on' }, ['confirm']],
		[{ confirm: DELETE_CONFIRMATION }, ['password']],
		[{}, ['confirm', 'password']]
	])('%o', (fields, errors) => {
		expect(keys(readAccountDeletion(form(fields)).errors)).toEqual(errors);
	});
});

describe('account settings in the database', () => {
	let open: OpenDatabase;
	let id: string;
	beforeAll(async () => {
		open = await openTestDatabase();
		const created = await createAccount(open.db, {
			email: 'lee@example.com',
			displayName: 'Lee',
			password: 'first long phrase'
		});
		if (!created.ok) throw new Error('seed failed');
		id = created.value.id;
	}, 60_000);
	afterAll(() => open?.close());

	it('checks the current password', async () => {
		expect(await passwordMatches(open.db, id, 'first long phrase')).toBe(true);
		expect(await passwordMatches(open.db, id, 'first long phrasE')).toBe(false);
		expect(await passwordMatches(open.db, 'nobody', 'first long phrase')).toBe(false);
	});

	it('changes the password: the old one stops working, the new one works', async () => {
		await setPassword(open.db, id, 'second long phrase');
		expect(await checkCredentials(open.db, 'lee@example.com', 'first long phrase')).toBeNull();
		expect(await checkCredentials(open.db, 'lee@example.com', 'second long phrase')).toEqual({
			id
		});
	});

	it('changes the display name', async () => {
		await changeDisplayName(open.db, id, 'Lee B');
		const { listUsers } = await import('./users');
		expect((await listUsers(open.db)).map((u) => u.displayName)).toEqual(['Lee B']);
	});
});
