import type { PageServerLoad } from './$types';
import { course } from '$lib/content/catalog.server';
import { lessonHref } from '$lib/content/course';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

export const load: PageServerLoad = () => {
	const first = course.modules[0]?.lessons[0];
	return {
		startHref: first ? lessonHref(first) : '/learn',
		modules: course.modules.map((m) => ({ slug: m.slug, title: m.title, summary: m.summary }))
	};
};
