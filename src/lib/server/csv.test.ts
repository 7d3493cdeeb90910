import { describe, expect, it } from 'vitest';
import { attachmentDisposition, csvCell, csvResponse, fileNamePart, toCsv } from './csv';

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
		expect(response.headers.get('content-disposition')).toBe(
			`attachment; filename="x.csv"; filename*=UTF-8''x.csv`
		);
		expect(response.headers.get('cache-control')).toBe('private, no-store');
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
	});
});

describe('fileNamePart', () => {
	it.each([
		['Robin', 'Robin'],
		['Zoë  O’Brien', 'Zoë-O’Brien'],
		['../../etc/passwd', '....etcpasswd'],
		['a"b<c>d|e?f*g:h\\i', 'abcdefghi'],
		['tab\there\nnew', 'tab-here-new'],
		['   ', 'client'],
		['half \ud800 pair', 'half-pair'],
		['x'.repeat(100), 'x'.repeat(60)]
	])('%j → %j', (text, part) => {
		expect(fileNamePart(text)).toBe(part);
	});
});

describe('attachmentDisposition', () => {
	it.each([
		['rewire-Robin-2026-12-02.csv', 'rewire-Robin-2026-12-02.csv', 'rewire-Robin-2026-12-02.csv'],
		['rewire-Zoë-2026-12-02.csv', 'rewire-Zoe-2026-12-02.csv', 'rewire-Zo%C3%AB-2026-12-02.csv'],
		['rewire-王芳.csv', 'rewire-__.csv', 'rewire-%E7%8E%8B%E8%8A%B3.csv'],
		["rewire-O'Neil (2).csv", "rewire-O'Neil (2).csv", 'rewire-O%27Neil%20%282%29.csv'],
		['rewire-100%.csv', 'rewire-100_.csv', 'rewire-100%25.csv'],
		['rewire-😀.csv', 'rewire-__.csv', 'rewire-%F0%9F%98%80.csv']
	])('%j', (name, ascii, encoded) => {
		expect(attachmentDisposition(name)).toBe(
			`attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
		);
	});
});
