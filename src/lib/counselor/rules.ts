/** No lesson or quiz activity for this many days, with open assignments, is "falling behind". */
export const FALLING_BEHIND_DAYS = 7;

/** A short note with an assignment, like a text message. */
export const MAX_MESSAGE_LENGTH = 280;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Falling behind: open assignments and nothing done for FALLING_BEHIND_DAYS. The quiet time
 * counts from the later of the last activity and the oldest open assignment, so work assigned
 * minutes ago is not behind yet, and a client who was quiet before being given work has the
 * same days as anyone to start. Due dates do not enter: "overdue" is the flag for those.
 */
export function isFallingBehind(
	openAssignedAt: readonly Date[],
	lastActive: Date | null,
	now: Date
): boolean {
	if (openAssignedAt.length === 0) return false;
	const oldest = Math.min(...openAssignedAt.map((d) => d.getTime()));
	const since = Math.max(oldest, lastActive?.getTime() ?? -Infinity);
	return now.getTime() - since >= FALLING_BEHIND_DAYS * DAY_MS;
}
