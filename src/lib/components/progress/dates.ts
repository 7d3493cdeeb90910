// Dates are formatted in UTC unless a zone is given, so the server's render and the browser's
// hydration agree; a day is precise enough for progress, and the exact time is in the
// <time datetime> attribute. Plain pages (no hydration) may pass the site's zone.
const formats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(date: Date, timeZone = 'UTC'): string {
	let format = formats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone });
		formats.set(timeZone, format);
	}
	return format.format(date);
}
