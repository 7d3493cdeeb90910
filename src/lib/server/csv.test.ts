import { describe, expect, it } from 'vitest';
import { csvCell, csvResponse, toCsv } from './csv';

describe('csvCell', () => {
	it.each([
		['plain', 'plain'],
		['=SUM(A1:A2)', "'=SUM(A1:A2)"],
		['+1', "'+1"],
		['-1', "'-1"],
		['@cmd', "'@cmd"],
		['\tx', "'\tx"],
		['\rx', `"'\rx"`],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		[42, '42'],
		[-5, '-5'],
		[null, ''],
		[undefined, '']
	])('%j → %j', (value, expected) => {
		expect(csvCell(value)).toBe(expected);
	});

	it('writes dates as ISO 8601', () => {
		expect(csvCell(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
	});
});

describe('toCsv', () => {
	it('joins rows with CRLF and ends with one', () => {
		expect(
			toCsv([
				['a', 'b'],
				['=1', 2]
			])
		).toBe("a,b\r\n'=1,2\r\n");
	});

	it('is a download that is never cached', () => {
		const response = csvResponse('a\r\n', 'x.csv');
		expect(response.headers.get('content-disposition')).toBe('attachment; filename="x.csv"');
		expect(response.headers.get('cache-control')).toBe('private, no-store');
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
	});
});
