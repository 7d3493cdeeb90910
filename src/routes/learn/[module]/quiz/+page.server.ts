import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { course } from '$lib/content/catalog.server';
import { recordQuizAttempt } from '$lib/server/progress';
import { nextModuleLink } from '$lib/server/quiz-results';
import { checkQuiz, publicQuiz, quizFor } from '$lib/server/quizzes';
import { resultHref } from '$lib/quiz/result-href';

// Plain HTML (see $lib/plain-pages.ts): the quiz itself is hydrated on its own as an island.
export const csr = false;

const NOTHING_SAVED = 'Nothing was saved.';

function quizOf(moduleSlug: string) {
	const quiz = quizFor(moduleSlug);
	if (!quiz) error(404, 'We could not find a quiz for that module.');
	return quiz;
}

export const load: PageServerLoad = ({ params, locals, setHeaders }) => {
	const quiz = quizOf(params.module);
	// A fresh shuffle on every render, so nothing may reuse a stored copy.
	setHeaders({ 'cache-control': 'private, no-store' });
	return {
		quiz: publicQuiz(quiz),
		signedIn: locals.user !== null,
		next: nextModuleLink(course, quiz.moduleSlug)
	};
};

export const actions: Actions = {
	default: async ({ params, request, locals }) => {
		const quiz = quizOf(params.module);
		let form: FormData;
		try {
			form = await request.formData();
		} catch {
			return fail(400, { invalid: `The answers could not be read. ${NOTHING_SAVED}` });
		}
		const outcome = checkQuiz(quiz, form.entries());
		if (outcome.status === 'invalid') {
			return fail(400, { invalid: `${outcome.message} ${NOTHING_SAVED}` });
		}
		if (outcome.status === 'incomplete') {
			return fail(400, { answers: outcome.answers, problems: outcome.problems });
		}
		const saved = locals.user !== null;
		if (locals.user) {
			await recordQuizAttempt(locals.db, locals.user.id, quiz.moduleSlug, outcome.result);
		}
		const href = resultHref(quiz.moduleSlug, outcome.result, saved);
		// Without JavaScript the result gets an address of its own (post, then redirect), so Back
		// from a "Read … again" link and a reload show it again. A script shows it in place and
		// puts that address in the history itself.
		if (request.headers.get('x-sveltekit-action') !== 'true') redirect(303, href);
		return { result: outcome.result, saved, resultHref: href };
	}
};
