import { describe, expect, it } from 'vitest';
import { offerText } from './offer';

describe('offerText', () => {
	it.each([
		[{ lessons: 1, reflections: 0 }, 'On this device you opened 1 lesson.'],
		[{ lessons: 2, reflections: 0 }, 'On this device you opened 2 lessons.'],
		[{ lessons: 1, reflections: 1 }, 'On this device you opened 1 lesson and wrote 1 note.'],
		[{ lessons: 0, reflections: 3 }, 'On this device you opened 0 lessons and wrote 3 notes.']
	])('%o reads "%s"', (summary, text) => {
		expect(offerText(summary)).toBe(text);
	});
});
