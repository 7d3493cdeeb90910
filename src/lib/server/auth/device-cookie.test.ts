import { describe, expect, it } from 'vitest';
import { signDevice, verifyDevice } from './device-cookie';

const secret = new Uint8Array(32).fill(7);
const otherSecret = new Uint8Array(32).fill(8);
const nonce = 'AAAAAAAAAAAAAAAAAAAAAA';
const email = 'sam@example.com';
const good = signDevice(secret, email, nonce);
const [, mac = ''] = good.split('.');
const flip = (text: string, at: number) =>
	text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);

describe('device cookies', () => {
	it('have the shape nonce.mac, in base64url', () => {
		expect(good).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
		expect(good).not.toContain(email);
	});

	it.each([
		['the cookie as issued, for its email', good, email, nonce],
		['for another email', good, 'kim@example.com', null],
		['for an email that differs only in case', good, 'Sam@example.com', null],
		['with one character of the mac changed', `${nonce}.${flip(mac, 5)}`, email, null],
		['with one character of the nonce changed', `${flip(nonce, 0)}.${mac}`, email, null],
		['signed with another key', signDevice(otherSecret, email, nonce), email, null],
		['with the mac cut short', `${nonce}.${mac.slice(0, 20)}`, email, null],
		['with padding added', `${good}=`, email, null],
		['as the mac alone', mac, email, null],
		['empty', '', email, null],
		['missing', undefined, email, null],
		['for an empty email', good, '', null]
	])('%s → %s', (_, value, forEmail, want) => {
		expect(verifyDevice(secret, forEmail, value)).toBe(want);
	});
});
