import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { recordQuizAttempt } from '$lib/server/progress';
import { checkQuiz, publicQuiz, quizFor } from '$lib/server/quizzes';

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
	return { quiz: publicQuiz(quiz), signedIn: locals.user !== null };
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
		if (locals.user) {
			await recordQuizAttempt(locals.db, locals.user.id, quiz.moduleSlug, outcome.result);
		}
		return { result: outcome.result, saved: locals.user !== null };
	}
};
