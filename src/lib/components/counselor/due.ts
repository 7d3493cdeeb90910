// Due dates are plain days ('2026-12-01'), shown the same for everyone, with no time zone shift.
const format = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDay(day: string): string {
	return format.format(new Date(`${day}T00:00:00Z`));
}

export function dueLabel(day: string): string {
	return `due ${formatDay(day)}`;
}

/** How a learner sees who asked them to do a module: "Assigned by Dana, due Dec 1, 2026". */
export function assignedByLabel(a: { counselorName: string; dueDate: string | null }): string {
	return `Assigned by ${a.counselorName}${a.dueDate ? `, ${dueLabel(a.dueDate)}` : ''}`;
}
