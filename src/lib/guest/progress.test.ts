import { describe, expect, it } from 'vitest';
import { guestLastPosition, parseGuestData, summariseGuestData } from './progress';

describe('guest data in the browser', () => {
	it.each([
		[null, 0],
		['', 0],
		['not json', 0],
		['[1,2]', 0],
		['{"lessons":"nope"}', 0],
		['{"lessons":{"a":{"moduleSlug":"m","section":"","completed":true,"updatedAt":1}}}', 1]
	])('reads %s defensively', (raw, lessons) => {
		expect(summariseGuestData(parseGuestData(raw)).lessons).toBe(lessons);
	});

	it('continues from the most recently read lesson', () => {
		const data = parseGuestData(
			JSON.stringify({
				lessons: {
					old: { moduleSlug: 'm', section: 'intro', completed: true, updatedAt: 1 },
					recent: { moduleSlug: 'm', section: 'cues', completed: false, updatedAt: 5 }
				}
			})
		);
		expect(guestLastPosition(data)).toEqual({
			moduleSlug: 'm',
			lessonSlug: 'recent',
			section: 'cues'
		});
		expect(guestLastPosition(parseGuestData(null))).toBeNull();
	});
});
