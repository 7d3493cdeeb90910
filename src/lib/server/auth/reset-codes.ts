import { CODE_ALPHABET } from '$lib/server/invitations';

// Codes a person writes down or hears read aloud: the invitation codes' alphabet (no 0/O, 1/I/L
// or U), in groups of four. 30^16 recovery codes (about 78 bits) and 30^12 reset codes (about
// 59 bits), each throttled per address and per account, are far beyond guessing.

/** The code a person keeps on paper. */
export const RECOVERY_CODE_LENGTH = 16;
/** The code a counselor or an admin reads out; it lasts a day, so it can be shorter. */
export const RESET_CODE_LENGTH = 12;
const GROUP = 4;

/** A random code of `length` characters from the alphabet, without grouping. */
export function randomCode(length: number): string {
	// Rejection sampling: 240 is the largest multiple of 30 below 256, so every letter is as likely.
	const out: string[] = [];
	while (out.length < length) {
		for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
			if (byte < 240 && out.length < length) out.push(CODE_ALPHABET[byte % 30]!);
		}
	}
	return out.join('');
}

/** HFKD7QXM… → HFKD-7QXM-…, as shown and printed. */
export function groupCode(code: string): string {
	return code.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? '';
}

/**
 * What a person typed → the bare code, or null if it cannot be one of our codes (case, spaces
 * and dashes are ignored).
 */
export function normaliseResetCode(input: string): string | null {
	if (input.length > 100) return null;
	const code = input.toUpperCase().replace(/[\s-]/g, '');
	if (code.length !== RECOVERY_CODE_LENGTH && code.length !== RESET_CODE_LENGTH) return null;
	return [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}
