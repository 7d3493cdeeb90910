// Dates are formatted in UTC so the server's render and the browser's hydration agree; a day
// is precise enough for progress, and the exact time is in the <time datetime> attribute.
const format = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDate(date: Date): string {
	return format.format(date);
}
