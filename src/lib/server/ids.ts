import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** A random row id (120 bits), the same shape as user and attempt ids. */
export function newId(): string {
	return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(15)));
}
