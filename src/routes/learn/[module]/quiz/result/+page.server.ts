import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { course } from '$lib/content/catalog.server';
import { latestAttempt, nextModuleLink, resultOfAttempt } from '$lib/server/quiz-results';
import { checkQuiz, publicQuiz, quizFor } from '$lib/server/quizzes';

// Plain HTML (see $lib/plain-pages.ts), like the quiz page, whose island it shares.
export const csr = false;

/**
 * The last result, again: a signed-in learner's latest stored attempt, or a guest's answers
 * carried in the address (graded again, never stored). With nothing to show, the quiz itself.
 */
export const load: PageServerLoad = async ({ params, url, locals, setHeaders }) => {
	const quiz = quizFor(params.module);
	if (!quiz) error(404, 'We could not find a quiz for that module.');
	setHeaders({ 'cache-control': 'private, no-store' });
	let result = null;
	let saved = false;
	if (url.searchParams.size > 0) {
		const outcome = checkQuiz(quiz, url.searchParams.entries());
		if (outcome.status === 'graded') result = outcome.result;
	} else if (locals.user) {
		const attempt = await latestAttempt(locals.db, locals.user.id, quiz.moduleSlug);
		result = attempt && resultOfAttempt(quiz, attempt);
		saved = result !== null;
	}
	if (!result) redirect(303, `/learn/${quiz.moduleSlug}/quiz`);
	return {
		quiz: publicQuiz(quiz),
		signedIn: locals.user !== null,
		result,
		saved,
		next: nextModuleLink(course, quiz.moduleSlug)
	};
};
