import type { PageLoad } from './$types';
import { loadLessonComponent } from '$lib/content/lesson-components';

// Plain HTML (see $lib/plain-pages.ts): the lesson body is hydrated on its own as an island.
export const csr = false;

export const load: PageLoad = async ({ data }) => ({
	...data,
	body: await loadLessonComponent(data.lesson.file)
});
