import { describe, expect, it } from 'vitest';
import { guestResumeHref } from './guest-resume';

describe('guestResumeHref', () => {
	it.each([
		[
			'a lesson',
			'/learn/start-here/how-this-course-works',
			'/learn/start-here/how-this-course-works'
		],
		[
			'a lesson and section',
			'/learn/reward-system/what-reward-is#what-reward-is-for',
			'/learn/reward-system/what-reward-is#what-reward-is-for'
		],
		['nothing', undefined, null],
		['an empty value', '', null],
		['an unknown lesson', '/learn/start-here/no-such-lesson', null],
		['a module page', '/learn/start-here', null],
		['another site', 'https://example.com/learn/start-here/how-this-course-works', null],
		['a protocol-relative address', '//example.com/learn/a/b', null],
		['a script', 'javascript:alert(1)', null],
		['markup in the section', '/learn/start-here/how-this-course-works#"><b>x', null],
		['a path climbing out', '/learn/../admin/users', null],
		['upper case', '/learn/Start-Here/how-this-course-works', null]
	])('%s', (_, value, expected) => {
		expect(guestResumeHref(value)).toBe(expected);
	});
});
