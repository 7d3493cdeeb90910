// Calendar days in a named time zone (IANA, such as America/Chicago), with the platform's Intl
// only: no date library in any bundle. A day's start is found from the zone's offset at that
// moment, checked once more so a day that starts next to a daylight-saving change is right too.

const parts = new Map<string, Intl.DateTimeFormat>();

function partsFormat(zone: string): Intl.DateTimeFormat {
	let format = parts.get(zone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone: zone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		});
		parts.set(zone, format);
	}
	return format;
}

/** True for a zone name this platform knows ('UTC', 'Europe/Madrid'), false for anything else. */
export function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: zone });
		return zone.length > 0;
	} catch {
		return false;
	}
}

/** The wall-clock fields of a moment in a zone. */
function wallClock(ms: number, zone: string) {
	const get = (type: string) =>
		Number(
			partsFormat(zone)
				.formatToParts(ms)
				.find((p) => p.type === type)?.value
		);
	return {
		year: get('year'),
		month: get('month'),
		day: get('day'),
		hour: get('hour'),
		minute: get('minute'),
		second: get('second')
	};
}

/** How far the zone's wall clock is ahead of UTC at that moment, in ms. */
function offsetAt(ms: number, zone: string): number {
	const w = wallClock(ms, zone);
	const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
	return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The day a moment falls on in the zone, as YYYY-MM-DD. */
export function localDay(date: Date | number, zone: string): string {
	const w = wallClock(typeof date === 'number' ? date : date.getTime(), zone);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** The moment a calendar day (YYYY-MM-DD) begins in the zone. */
export function startOfDay(day: string, zone: string): number {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const midnightUtc = Date.UTC(y, m - 1, d);
	let guess = midnightUtc - offsetAt(midnightUtc, zone);
	guess = midnightUtc - offsetAt(guess, zone);
	return guess;
}

/** The day after a calendar day, as YYYY-MM-DD. */
export function nextDay(day: string): string {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
