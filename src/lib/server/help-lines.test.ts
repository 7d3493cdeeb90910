import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dialable } from '$lib/help';
import { US_HELP_LINES, loadHelpLines } from './help-lines';

const dir = mkdtempSync(join(tmpdir(), 'rewire-help-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

describe('help lines', () => {
	it('defaults to the US lines from the content guide', () => {
		const help = loadHelpLines(undefined);
		expect(help).toBe(US_HELP_LINES);
		expect(help.emergency).toBe('911');
		expect(help.lines.map((l) => l.call)).toEqual(['988', '1-800-662-4357']);
	});

	it('reads another region from a file', () => {
		const uk = {
			region: 'United Kingdom',
			emergency: '999',
			lines: [{ name: 'Samaritans', detail: 'Any time, free.', call: '116 123' }]
		};
		expect(loadHelpLines(file('uk.json', JSON.stringify(uk)))).toEqual(uk);
	});

	it.each([
		['not JSON', '{', /could not be read/],
		['no lines', JSON.stringify({ region: 'X', emergency: '112', lines: [] }), /lines/],
		['bad number', JSON.stringify({ region: 'X', emergency: 'call me', lines: [] }), /emergency/],
		[
			'unknown key',
			JSON.stringify({
				region: 'X',
				emergency: '112',
				lines: [{ name: 'a', detail: 'b', fax: '1' }]
			}),
			/not valid/
		]
	])('refuses a bad file: %s', (name, content, message) => {
		expect(() => loadHelpLines(file(`${name}.json`, content))).toThrow(message);
	});

	it.each([
		['988', '988'],
		['1-800-662-4357', '18006624357'],
		['+44 116 123', '+44116123']
	])('dials %s as %s', (number, digits) => expect(dialable(number)).toBe(digits));
});
