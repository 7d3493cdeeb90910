import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { course } from '$lib/content/catalog.server';
import { findModule } from '$lib/content/course';
import { quizFor } from '$lib/server/quizzes';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

export const load: PageServerLoad = ({ params }) => {
	const module = findModule(course, params.module);
	if (!module) error(404, 'We could not find that module.');
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
		}
	};
};
