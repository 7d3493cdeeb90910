import { describe, expect, it } from 'vitest';
import {
	RECOVERY_CODE_LENGTH,
	RESET_CODE_LENGTH,
	groupCode,
	normaliseResetCode,
	randomCode
} from './reset-codes';

describe('randomCode', () => {
	it.each([RECOVERY_CODE_LENGTH, RESET_CODE_LENGTH])(
		'%i characters, none that read alike',
		(length) => {
			for (let i = 0; i < 200; i++) {
				const code = randomCode(length);
				expect(code).toHaveLength(length);
				expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTVWXYZ2-9]+$/);
				expect(code).not.toMatch(/[01OIL]/);
			}
		}
	);

	it('recovery codes have at least 16 characters and do not repeat', () => {
		expect(RECOVERY_CODE_LENGTH).toBeGreaterThanOrEqual(16);
		const seen = new Set(Array.from({ length: 500 }, () => randomCode(RECOVERY_CODE_LENGTH)));
		expect(seen.size).toBe(500);
	});
});

describe('groupCode', () => {
	it.each([
		['HFKD7QXMPRTWABCD', 'HFKD-7QXM-PRTW-ABCD'],
		['HFKD7QXMPRTW', 'HFKD-7QXM-PRTW'],
		['', '']
	])('%s → %s', (code, grouped) => expect(groupCode(code)).toBe(grouped));
});

describe('normaliseResetCode', () => {
	it.each([
		['HFKD-7QXM-PRTW-ABCD', 'HFKD7QXMPRTWABCD'],
		['hfkd 7qxm prtw abcd', 'HFKD7QXMPRTWABCD'],
		[' HFKD-7QXM-PRTW ', 'HFKD7QXMPRTW'],
		['HFKD-7QXM', null],
		['HFKD-7QXM-PRTW-ABC', null],
		['HFKD-7QXM-PRTW-ABC0', null],
		['HFKD-7QXM-PRTW-ABCO', null],
		['HFKD-7QXM-PRTW-ABCI', null],
		['HFKD-7QXM-PRT\u0000', null],
		['', null],
		['A'.repeat(1000), null]
	])('%j → %j', (typed, code) => expect(normaliseResetCode(typed)).toBe(code));
});
