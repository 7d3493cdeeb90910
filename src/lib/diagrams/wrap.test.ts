import { describe, expect, it } from 'vitest';
import { boxesOverlap, labelBox, wrapLabel } from './wrap';

describe('wrapLabel', () => {
	it.each([
		['Mum', 12, ['Mum']],
		['Dr Lee at the clinic', 12, ['Dr Lee at', 'the clinic']],
		['My cousin who drives me to group', 12, ['My cousin', 'who drives', 'me to group']],
		['Supercalifragilistic', 8, ['Supercal', 'ifragili', 'stic']],
		['  spaced   out  ', 20, ['spaced out']],
		['', 10, []]
	])('wrapLabel(%j, %i) → %j', (text, max, lines) => {
		expect(wrapLabel(text, max)).toEqual(lines);
	});

	it.each([
		['My cousin who drives me to group every Tue', 12],
		['Dr Lee at the Tuesday clinic on Main Street', 14],
		['a'.repeat(40), 12],
		['Staying off drugs for a whole year', 10]
	])('draws every character of %j within %i a line', (text, max) => {
		const lines = wrapLabel(text, max);
		expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
		for (const l of lines) expect([...l].length).toBeLessThanOrEqual(max);
	});
});

describe('boxesOverlap', () => {
	it.each([
		[{ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 }, true],
		[{ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 }, false],
		[{ x: 0, y: 0, width: 10, height: 10 }, { x: 0, y: 11, width: 10, height: 10 }, false]
	])('%j and %j → %s', (a, b, hit) => {
		expect(boxesOverlap(a, b)).toBe(hit);
		expect(boxesOverlap(b, a)).toBe(hit);
	});

	it('labelBox centres the longest line', () => {
		expect(labelBox(['ab', 'abcd'], 50, 10, 5, 16)).toEqual({
			x: 40,
			y: 10,
			width: 20,
			height: 32
		});
	});
});
