import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { course } from '$lib/content/catalog.server';
import { findLesson, findModule, lessonHref, neighbours } from '$lib/content/course';
import { lessonRegistries } from '$lib/content/registries.server';
import { readViews } from '$lib/diagrams/views';
import { textField } from '$lib/server/forms';
import { learnerItems } from '$lib/server/learner-items';
import { completeLesson, lessonState, recordLessonVisit } from '$lib/server/progress';
import { quizFor } from '$lib/server/quizzes';
import {
	checkReflection,
	lessonOfPrompt,
	reflectionsForLesson,
	saveReflection
} from '$lib/server/reflections';

function lessonOf(params: RequestEvent['params']) {
	const lesson = findLesson(course, params.module, params.lesson);
	const module = findModule(course, params.module);
	if (!lesson || !module) error(404, 'We could not find that lesson.');
	return { lesson, module };
}

const link = (l?: { moduleSlug: string; slug: string; title: string }) =>
	l ? { href: lessonHref(l), title: l.title } : null;

/** After a module's last lesson comes its quiz, if it has one; else the next lesson. */
function nextStep(module: { slug: string; lessons: { slug: string }[] }, lessonSlug: string) {
	const quiz = module.lessons.at(-1)?.slug === lessonSlug ? quizFor(module.slug) : undefined;
	return quiz ? { href: `/learn/${module.slug}/quiz`, title: quiz.title } : null;
}

export const load: PageServerLoad = async ({ params, locals, setHeaders, url }) => {
	const { lesson, module } = lessonOf(params);
	const { previous, next } = neighbours(course, lesson);
	let learner = null;
	if (locals.user) {
		const ref = { moduleSlug: module.slug, lessonSlug: lesson.slug };
		// Opening a lesson marks it started; a failed write must not stop anyone reading.
		await recordLessonVisit(locals.db, locals.user.id, ref).catch((e: Error) =>
			console.error(`Rewire: could not record a lesson visit: ${e.message}`)
		);
		const [state, reflections, items] = await Promise.all([
			lessonState(locals.db, locals.user.id, lesson.slug),
			reflectionsForLesson(locals.db, locals.user.id, lesson.slug),
			learnerItems(locals.db, locals.user.id)
		]);
		learner = { completed: !!state?.completedAt, reflections, items };
		setHeaders({ 'cache-control': 'private, no-store' });
	}
	return {
		module: { slug: module.slug, title: module.title },
		lesson: {
			slug: lesson.slug,
			title: lesson.title,
			minutes: lesson.minutes,
			objectives: lesson.objectives,
			references: lesson.references,
			sections: lesson.sections,
			file: lesson.file
		},
		registries: lessonRegistries(lesson),
		// A diagram stepped without JavaScript (`?scene=2`); such addresses skip the page cache.
		views: readViews(url.searchParams),
		learner,
		previous: link(previous),
		next: link(next),
		nextStep: nextStep(module, lesson.slug) ?? link(next)
	};
};

export const actions: Actions = {
	complete: async ({ params, locals }) => {
		const { lesson, module } = lessonOf(params);
		if (!locals.user) return fail(401, { complete: { error: 'Log in to mark lessons complete.' } });
		await completeLesson(locals.db, locals.user.id, {
			moduleSlug: module.slug,
			lessonSlug: lesson.slug
		});
		return { complete: { done: true } };
	},

	reflect: async ({ params, locals, request }) => {
		const { lesson } = lessonOf(params);
		const form = await request.formData();
		const promptId = textField(form, 'promptId');
		const body = textField(form, 'body');
		if (lessonOfPrompt(course, promptId)?.slug !== lesson.slug) {
			return fail(400, {
				reflection: { promptId, body, error: 'That writing prompt is not part of this lesson.' }
			});
		}
		if (!locals.user) {
			return fail(401, {
				reflection: { promptId, body, error: 'Log in to save this to your account.' }
			});
		}
		const problem = checkReflection(body);
		if (problem) return fail(400, { reflection: { promptId, body, error: problem } });
		await saveReflection(locals.db, locals.user.id, lesson, { promptId, body });
		return { reflection: { promptId, body, saved: true } };
	}
};
