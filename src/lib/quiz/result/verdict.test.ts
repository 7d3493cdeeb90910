import { describe, expect, it } from 'vitest';
import { partialVerdict } from './verdict';

const option = (id: string, correct: boolean, chosen: boolean) => ({
	id,
	text: id,
	correct,
	chosen,
	feedback: ''
});
const step = (id: string, placed: number, belongs: number) => ({
	id,
	text: id,
	placed,
	belongs,
	feedback: ''
});

describe('partialVerdict', () => {
	it.each([
		{
			name: 'order: two of four in place',
			result: {
				kind: 'order' as const,
				options: [],
				steps: [step('a', 1, 2), step('b', 2, 1), step('c', 3, 3), step('d', 4, 4)]
			},
			says: 'Partly right: 2 of 4 steps in the right place.'
		},
		{
			name: 'multiple: one of two right, none wrong',
			result: {
				kind: 'multiple' as const,
				steps: [],
				options: [option('a', true, true), option('b', true, false), option('c', false, false)]
			},
			says: 'Partly right: you chose 1 of the 2 right answers.'
		},
		{
			name: 'multiple: both right and one wrong',
			result: {
				kind: 'multiple' as const,
				steps: [],
				options: [option('a', true, true), option('b', true, true), option('c', false, true)]
			},
			says: 'Partly right: you chose 2 of the 2 right answers, and 1 that is not.'
		}
	])('$name', ({ result, says }) => expect(partialVerdict(result)).toBe(says));
});
