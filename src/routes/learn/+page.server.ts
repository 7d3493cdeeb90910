import type { PageServerLoad } from './$types';
import { course } from '$lib/content/catalog.server';
import { courseProgress } from '$lib/server/progress';
import { modulesWithQuiz } from '$lib/server/quizzes';
import { assignmentsForClient } from '$lib/server/assignments';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	const withQuiz = modulesWithQuiz();
	// A signed-in learner's page shows their progress: keep it out of shared caches.
	if (locals.user) setHeaders({ 'cache-control': 'private, no-store' });
	return {
		modules: course.modules.map((m) => ({
			slug: m.slug,
			number: m.number,
			title: m.title,
			summary: m.summary,
			hasQuiz: withQuiz.has(m.slug),
			lessons: m.lessons.map((l) => ({ slug: l.slug, title: l.title, minutes: l.minutes }))
		})),
		progress: locals.user ? await courseProgress(locals.db, locals.user.id) : null,
		assignments: locals.user ? await assignmentsForClient(locals.db, locals.user.id) : []
	};
};
