import { describe, it, expect } from 'vitest';
import commonList from './common-passwords.txt?raw';
import {
	MAX_PASSWORD_LENGTH,
	MIN_PASSWORD_LENGTH,
	checkPasswordRules,
	hashPassword,
	verifyPassword
} from './password';

const TOO_SHORT = 'Use at least 8 characters.';
const TOO_LONG = 'Use 255 characters or fewer.';
const TOO_COMMON =
	'This password is too common and easy to guess. Try a longer phrase only you would know.';

// A repeating pattern that is not in the common list, so only length decides.
const filler = (n: number) => 'zq7#'.repeat(Math.ceil(n / 4)).slice(0, n);

describe('password length limits', () => {
	it('has the documented limits', () => {
		expect(MIN_PASSWORD_LENGTH).toBe(8);
		expect(MAX_PASSWORD_LENGTH).toBe(255);
	});

	it.each([
		{ name: 'empty', password: '', expected: TOO_SHORT },
		{ name: '7 characters', password: filler(7), expected: TOO_SHORT },
		{ name: '8 characters', password: filler(8), expected: null },
		{ name: '255 characters', password: filler(255), expected: null },
		{ name: '256 characters', password: filler(256), expected: TOO_LONG },
		// Each emoji is 2 UTF-16 units but 1 code point, so these count as 4, 8, 255 and 256.
		{ name: '4 emoji (8 UTF-16 units)', password: '🙂🌻🚲🎈', expected: TOO_SHORT },
		{ name: '8 emoji', password: '🙂🌻🚲🎈🙂🌻🚲🎈', expected: null },
		{ name: '255 emoji (510 UTF-16 units)', password: '🌻'.repeat(255), expected: null },
		{ name: '256 emoji', password: '🌻'.repeat(256), expected: TOO_LONG },
		{ name: '7 letters + 1 emoji', password: 'sunfloo🌻', expected: null }
	])('$name', ({ password, expected }) => {
		expect(checkPasswordRules(password)).toBe(expected);
	});
});

describe('common passwords', () => {
	it.each([
		'password',
		'PASSWORD',
		'Password',
		'Password1',
		'iloveyou',
		'ILoveYou',
		'Trustno1',
		'sunshine',
		'Football',
		'123456789',
		'qwerty123',
		'aaaaaaaa'
	])('rejects %s', (password) => {
		expect(checkPasswordRules(password)).toBe(TOO_COMMON);
	});

	it('gives the length message first for a short common password', () => {
		expect(checkPasswordRules('1234')).toBe(TOO_SHORT);
	});

	it.each(['purple tugboat sings at dawn', 'my aunt rosa grew 40 tomatoes'])(
		'accepts the uncommon passphrase %s',
		(password) => {
			expect(checkPasswordRules(password)).toBeNull();
		}
	);

	it('ships exactly 10,000 distinct, trimmed, lower-case entries', () => {
		const lines = commonList.split('\n').filter((line) => line.length > 0);
		expect(lines).toHaveLength(10_000);
		expect(new Set(lines).size).toBe(10_000);
		for (const line of lines) {
			expect(line).toBe(line.trim().toLowerCase());
		}
	});
});

describe('hashing and verification', () => {
	const password = 'purple tugboat sings at dawn';

	it('hashes with argon2id and the OWASP parameters', async () => {
		const stored = await hashPassword(password);
		expect(stored.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
	});

	it('salts each hash', async () => {
		expect(await hashPassword(password)).not.toBe(await hashPassword(password));
	});

	it('verifies the right password and rejects a wrong one', async () => {
		const stored = await hashPassword(password);
		expect(await verifyPassword(stored, password)).toBe(true);
		expect(await verifyPassword(stored, 'purple tugboat sings at dusk')).toBe(false);
		expect(await verifyPassword(stored, '')).toBe(false);
	});

	it('handles an emoji password', async () => {
		const stored = await hashPassword('🙂🌻🚲🎈🙂🌻🚲🎈');
		expect(await verifyPassword(stored, '🙂🌻🚲🎈🙂🌻🚲🎈')).toBe(true);
		expect(await verifyPassword(stored, '🙂🌻🚲🎈🙂🌻🚲')).toBe(false);
	});

	it.each([
		{ name: 'empty string', stored: '' },
		{ name: 'plain text', stored: 'not-a-hash' },
		{ name: 'argon2id header with garbage', stored: '$argon2id$v=19$m=19456,t=2,p=1$garbage' },
		{ name: 'bad parameters', stored: '$argon2id$v=19$m=x,t=y,p=z$c2FsdHNhbHQ$aGFzaA' },
		{
			name: 'bcrypt hash',
			stored: '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy'
		}
	])('returns false, without throwing, for a malformed hash ($name)', async ({ stored }) => {
		await expect(verifyPassword(stored, password)).resolves.toBe(false);
	});

	it('returns false for a truncated real hash', async () => {
		const stored = await hashPassword(password);
		await expect(verifyPassword(stored.slice(0, -10), password)).resolves.toBe(false);
		await expect(verifyPassword(stored.slice(0, 40), password)).resolves.toBe(false);
	});
});
