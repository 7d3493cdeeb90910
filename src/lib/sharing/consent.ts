// What a client agrees to share with a counselor. The version is stored with each consent, so
// if this text changes, older links still record what those clients actually agreed to.

export const CONSENT_VERSION = '2026-11-a';

export const SHARED = [
	'Your name and email address',
	'Which modules and lessons you have opened and completed, and when',
	'Your quiz scores and the dates you took each quiz',
	'When you were last active in the course'
] as const;

export const NOT_SHARED = [
	'What you write in reflections',
	'Your trigger list, weekly plan and support map',
	'Your answers to quiz questions'
] as const;

export const SHARED_ITEMS_NOTE =
	'If you choose to share one of the things you wrote, your counselor sees that item only.';
