import { continueHref } from '$lib/content/continue';

// What a guest (not signed in) did, kept only in this browser's localStorage, so it can be
// offered to their account when they sign up or log in. Nothing here is sent anywhere else,
// except the address of their "Continue" link (see `rememberResume`).

export interface GuestLesson {
	moduleSlug: string;
	section: string;
	completed: boolean;
	updatedAt: number;
}

export interface GuestData {
	lessons: Record<string, GuestLesson>;
	reflections: Record<string, { lessonSlug: string; body: string; updatedAt: number }>;
}

const KEY = 'rewire:guest';

export function emptyGuestData(): GuestData {
	return { lessons: {}, reflections: {} };
}

/** Parses stored data defensively: a damaged or foreign value reads as empty, never throws. */
export function parseGuestData(raw: string | null): GuestData {
	if (!raw) return emptyGuestData();
	try {
		const data = JSON.parse(raw) as Partial<GuestData>;
		const lessons = typeof data.lessons === 'object' && data.lessons ? data.lessons : {};
		const reflections =
			typeof data.reflections === 'object' && data.reflections ? data.reflections : {};
		return { lessons, reflections };
	} catch {
		return emptyGuestData();
	}
}

function storage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null; // Storage can be blocked (private modes, settings): guests just don't keep data.
	}
}

export function readGuestData(): GuestData {
	return parseGuestData(storage()?.getItem(KEY) ?? null);
}

function write(data: GuestData): void {
	try {
		storage()?.setItem(KEY, JSON.stringify(data));
	} catch {
		// Full or blocked storage: reading goes on without saving.
		return;
	}
	rememberResume(data);
}

/** Holds a guest's "Continue" address (only that: a lesson and a section) for the server. */
export const GUEST_RESUME_COOKIE = 'rewire_resume';
const HALF_A_YEAR_S = 182 * 24 * 60 * 60;

/**
 * Where a guest's "Continue" goes, copied into a cookie so the server draws the link with the
 * page: added by a script after the page has shown, it pushed everything below it down (a layout
 * shift, which Lighthouse counted on every page). The server only reads it (+layout.server.ts).
 */
export function rememberResume(data: GuestData): string | null {
	const position = guestLastPosition(data);
	const href = position ? continueHref(position) : null;
	if (typeof document !== 'undefined') {
		const secure = location.protocol === 'https:' ? '; Secure' : '';
		const value = href ? encodeURIComponent(href) : '';
		// No address: Max-Age=0 deletes the cookie.
		document.cookie = `${GUEST_RESUME_COOKIE}=${value}; Path=/; Max-Age=${href ? HALF_A_YEAR_S : 0}; SameSite=Lax${secure}`;
	}
	return href;
}

export function updateGuestLesson(
	lessonSlug: string,
	change: Partial<Omit<GuestLesson, 'updatedAt'>> & { moduleSlug: string }
): void {
	const data = readGuestData();
	const before = data.lessons[lessonSlug];
	data.lessons[lessonSlug] = {
		section: change.section ?? before?.section ?? '',
		completed: change.completed ?? before?.completed ?? false,
		moduleSlug: change.moduleSlug,
		updatedAt: Date.now()
	};
	write(data);
}

export function saveGuestReflection(promptId: string, lessonSlug: string, body: string): void {
	const data = readGuestData();
	data.reflections[promptId] = { lessonSlug, body, updatedAt: Date.now() };
	write(data);
}

export function clearGuestData(): void {
	storage()?.removeItem(KEY);
	rememberResume(emptyGuestData());
}

/** How much there is to offer, for the "save what you did" message. */
export function summariseGuestData(data: GuestData): { lessons: number; reflections: number } {
	return {
		lessons: Object.keys(data.lessons).length,
		reflections: Object.keys(data.reflections).length
	};
}

/** The most recently read lesson, for a guest's "Continue". */
export function guestLastPosition(
	data: GuestData
): { moduleSlug: string; lessonSlug: string; section: string } | null {
	let best: [string, GuestLesson] | undefined;
	for (const entry of Object.entries(data.lessons)) {
		if (!best || entry[1].updatedAt > best[1].updatedAt) best = entry;
	}
	return best
		? { lessonSlug: best[0], moduleSlug: best[1].moduleSlug, section: best[1].section }
		: null;
}
