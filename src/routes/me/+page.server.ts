import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { course } from '$lib/content/catalog.server';
import { findLesson } from '$lib/content/course';
import { continueHref } from '$lib/content/continue';
import { courseProgress, lastPosition, quizHistory } from '$lib/server/progress';
import { assignmentsForClient, todayUtc } from '$lib/server/assignments';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	if (!locals.user) redirect(303, '/login?next=/me');
	// Personal pages must never be stored by a shared browser or a proxy.
	setHeaders({ 'cache-control': 'no-store' });
	const { db, user } = locals;
	const [modules, last, attempts, assigned] = await Promise.all([
		courseProgress(db, user.id),
		lastPosition(db, user.id),
		quizHistory(db, user.id),
		assignmentsForClient(db, user.id)
	]);
	const complete = new Map(modules.map((m) => [m.moduleSlug, m.complete]));
	const lesson = last && findLesson(course, last.moduleSlug, last.lessonSlug);
	return {
		account: { displayName: user.displayName, email: user.email, role: user.role },
		modules,
		attempts,
		assignments: assigned.map((a) => ({ ...a, complete: complete.get(a.moduleSlug) ?? false })),
		today: todayUtc(),
		continueAt:
			last && lesson
				? {
						href: continueHref(last),
						title: lesson.title
					}
				: null,
		firstLesson: course.modules[0]?.lessons[0] ?? null
	};
};
