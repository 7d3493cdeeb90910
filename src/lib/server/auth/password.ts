/**
 * Password rules, hashing and verification for accounts.
 *
 * Rules follow NIST SP 800-63B: a length floor and ceiling plus a blocklist of common passwords,
 * and no composition rules (those push people toward "Password1!" rather than stronger choices).
 *
 * common-passwords.txt is the "10k most common.txt" list (Mark Burnett's 10,000 top passwords,
 * the same list as SecLists' Passwords/Common-Credentials/10k-most-common.txt), taken from the
 * npm package common-password@0.1.2 (license: ISC), with CRLF line endings normalised to LF.
 * All 10,000 entries were already lower-case, trimmed and distinct.
 */
import { hash, verify } from '@node-rs/argon2';
// Vite inlines the file at build time, so it works in the adapter-node bundle, where a path
// relative to this source file would not exist.
import commonList from './common-passwords.txt?raw';

import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '$lib/password-rules';

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };

/**
 * The same password typed on two devices can arrive as different Unicode sequences (a composed
 * "é" or an "e" plus an accent); NFKC makes them one, as NIST SP 800-63B recommends.
 */
function normalise(password: string): string {
	return password.normalize('NFKC');
}

// OWASP Password Storage Cheat Sheet's argon2id settings (19 MiB, 2 passes, 1 lane).
// `algorithm` is left out on purpose: argon2id is the library's default, and its `Algorithm`
// const enum can't be imported under isolatedModules.
const HASH_OPTIONS = {
	memoryCost: 19456,
	timeCost: 2,
	parallelism: 1,
	outputLen: 32
} as const;

let commonPasswords: Set<string> | undefined;

/** Built on first use so that importing this module (e.g. for hashing only) stays cheap. */
function getCommonPasswords(): Set<string> {
	commonPasswords ??= new Set(
		commonList
			.split('\n')
			.map((line) => line.trim())
			.filter((line) => line.length > 0)
	);
	return commonPasswords;
}

/**
 * Returns null if the password is acceptable, or else a short message to show the person.
 */
export function checkPasswordRules(password: string): string | null {
	// Count code points, not UTF-16 units, so an emoji counts as one character, as a person sees it.
	const length = [...password].length;
	if (length < MIN_PASSWORD_LENGTH) {
		return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
	}
	if (length > MAX_PASSWORD_LENGTH) {
		return `Use ${MAX_PASSWORD_LENGTH} characters or fewer.`;
	}
	if (getCommonPasswords().has(password.toLowerCase())) {
		return 'This password is too common and easy to guess. Try a longer phrase only you would know.';
	}
	return null;
}

/** Returns an argon2id PHC string, e.g. `$argon2id$v=19$m=19456,t=2,p=1$…`. */
export function hashPassword(password: string): Promise<string> {
	return hash(normalise(password), HASH_OPTIONS);
}

/**
 * True only if the password matches the hash. A malformed or unreadable hash gives false rather
 * than an error, so a bad row in the database reads as a failed sign-in, not a crash.
 */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
	try {
		return await verify(storedHash, normalise(password));
	} catch {
		return false;
	}
}
