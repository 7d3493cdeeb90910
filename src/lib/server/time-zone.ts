import { isTimeZone } from '$lib/time-zone';

/**
 * The zone counselors' dates are shown in (days on the quiz chart, its table, exports).
 * TIME_ZONE names it (IANA, such as America/Chicago); UTC when unset. A name the platform does
 * not know stops start-up with the reason, rather than showing every day shifted.
 */
export function loadTimeZone(value = process.env.TIME_ZONE): string {
	const zone = value?.trim();
	if (!zone) return 'UTC';
	if (!isTimeZone(zone)) {
		throw new Error(
			`TIME_ZONE ${JSON.stringify(zone)} is not a time zone this system knows; use a name such as America/Chicago or UTC`
		);
	}
	return zone;
}

let configured: string | undefined;

/** This deployment's zone, read once per process. */
export function siteTimeZone(): string {
	return (configured ??= loadTimeZone());
}
