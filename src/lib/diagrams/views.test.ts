import { describe, expect, it } from 'vitest';
import { readViews, viewHref } from './views';

describe('readViews', () => {
	it.each([
		['', {}],
		['?scene=2', { scene: 1 }],
		['?scene=1&time=7&step=12', { scene: 0, time: 6, step: 11 }],
		['?scene=0', {}],
		['?scene=-1', {}],
		['?scene=1.5', {}],
		['?scene=abc', {}],
		['?scene=100', {}],
		['?scene=02', {}],
		['?scene=%20', {}],
		['?scene=2&scene=3', { scene: 1 }],
		['?other=4', {}]
	])('%s gives %j', (search, views) => {
		expect(readViews(new URLSearchParams(search))).toEqual(views);
	});
});

describe('viewHref', () => {
	it('counts from 1 and returns to the diagram', () => {
		expect(viewHref('scene', 0, 'c1')).toBe('?scene=1#c1');
		expect(viewHref('step', 6, 'p2')).toBe('?step=7#p2');
	});
});
