/** No lesson or quiz activity for this many days, with open assignments, is "falling behind". */
export const FALLING_BEHIND_DAYS = 7;

/** A short note with an assignment, like a text message. */
export const MAX_MESSAGE_LENGTH = 280;
