// What a guest (not signed in) did, kept only in this browser's localStorage, so it can be
// offered to their account when they sign up or log in. Nothing here is sent anywhere else.

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
	}
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
