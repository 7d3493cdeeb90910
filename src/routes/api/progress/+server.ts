import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { course } from '$lib/content/catalog.server';
import { findLesson } from '$lib/content/course';
import { recordReading } from '$lib/server/progress';

/**
 * Remembers the section a signed-in learner is reading, so "Continue" lands there, and counts
 * the lesson done once they reach its last section or the end of the page (`end: true`). Called
 * in the background while reading, only when one of those changes; a failure here never
 * interrupts the lesson.
 */
export const POST: RequestHandler = async ({ request, locals, url }) => {
	// SvelteKit's CSRF check covers form posts only; this takes JSON, so check the origin here.
	if (request.headers.get('origin') !== url.origin)
		error(403, 'Cross-site requests are not allowed.');
	if (!locals.user) error(401, 'Log in to save your place.');
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		error(400, 'Send JSON: { "module", "lesson", "section" }.');
	}
	const { module, lesson, section, end } = (body ?? {}) as Record<string, unknown>;
	if (
		typeof module !== 'string' ||
		typeof lesson !== 'string' ||
		typeof section !== 'string' ||
		(end !== undefined && typeof end !== 'boolean')
	) {
		error(400, 'Send JSON: { "module", "lesson", "section", "end"? }.');
	}
	const found = findLesson(course, module, lesson);
	const known = section === '' || found?.sections.some((s) => s.id === section);
	if (!found || !known) {
		error(400, 'Unknown lesson or section.');
	}
	const last = found.sections.at(-1)?.id;
	await recordReading(
		locals.db,
		locals.user.id,
		{ moduleSlug: module, lessonSlug: lesson },
		{ section, finished: end === true || (!!last && section === last) }
	);
	return new Response(null, { status: 204 });
};
