/** Password length limits, shared by the form hints and the server-side check. */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 255;
