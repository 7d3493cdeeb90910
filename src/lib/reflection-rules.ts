/** About two pages of writing: room to think, and a bound on what one form post can store. */
export const MAX_REFLECTION_LENGTH = 5000;
