import { course as siteCourse } from '$lib/content/catalog.server';
import { findLesson, type Course } from '$lib/content/course';
import { continueHref } from '$lib/content/continue';

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const RESUME = new RegExp(`^/learn/(${SLUG})/(${SLUG})(?:#(${SLUG}))?$`);

/**
 * A guest's "Continue" address from their cookie (src/lib/guest/progress.ts), rebuilt only if it
 * names a lesson of this course; anything else (an old lesson, another site, a script) is null.
 */
export function guestResumeHref(value: string | undefined, course: Course = siteCourse) {
	const match = value ? RESUME.exec(value) : null;
	if (!match) return null;
	const [, moduleSlug = '', lessonSlug = '', section = ''] = match;
	if (!findLesson(course, moduleSlug, lessonSlug)) return null;
	return continueHref({ moduleSlug, lessonSlug, section });
}
