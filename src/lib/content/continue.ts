/** Where "Continue" goes: the lesson, scrolled to the section last read. */
export function continueHref(position: {
	moduleSlug: string;
	lessonSlug: string;
	section: string;
}): string {
	const path = `/learn/${encodeURIComponent(position.moduleSlug)}/${encodeURIComponent(position.lessonSlug)}`;
	return position.section ? `${path}#${encodeURIComponent(position.section)}` : path;
}
