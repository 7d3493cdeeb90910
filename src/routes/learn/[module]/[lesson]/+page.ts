import type { PageLoad } from './$types';
import { loadLessonComponent } from '$lib/content/lesson-components';

export const load: PageLoad = async ({ data }) => ({
	...data,
	body: await loadLessonComponent(data.lesson.file)
});
