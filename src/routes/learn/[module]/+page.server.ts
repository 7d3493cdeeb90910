import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { course } from '$lib/content/catalog.server';
import { findModule } from '$lib/content/course';
import { assignmentsForClient } from '$lib/server/assignments';
import { courseProgress } from '$lib/server/progress';
import { quizFor } from '$lib/server/quizzes';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

export const load: PageServerLoad = async ({ params, locals }) => {
	const module = findModule(course, params.module);
	if (!module) error(404, 'We could not find that module.');
	let learner = null;
	if (locals.user) {
		// Personal, so kept out of shared caches: hooks.server.ts marks every signed-in response.
		const [progress, assignments] = await Promise.all([
			courseProgress(locals.db, locals.user.id),
			assignmentsForClient(locals.db, locals.user.id)
		]);
		learner = {
			progress: progress.find((p) => p.moduleSlug === module.slug) ?? null,
			assignments: assignments.filter((a) => a.moduleSlug === module.slug)
		};
	}
	return {
		module: {
			slug: module.slug,
			title: module.title,
			summary: module.summary,
			outcomes: module.outcomes,
			file: module.file,
			lessons: module.lessons.map((l) => ({ slug: l.slug, title: l.title, minutes: l.minutes })),
			quiz: quizFor(module.slug)
				? { questions: quizFor(module.slug)!.definition.questions.length }
				: null
		},
		learner
	};
};
