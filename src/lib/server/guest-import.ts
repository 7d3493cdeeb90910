import { z } from 'zod';
import type { Database } from '$lib/server/db';
import type { Course } from '$lib/content/course';
import { importGuestProgress } from '$lib/server/progress';
import { importGuestReflections } from '$lib/server/reflections';

export { GUEST_SAVED_COOKIE } from '$lib/guest/device';

const MAX_BYTES = 200_000;
const slug = z.string().max(100);

// The browser's guest data (src/lib/guest/progress.ts), as posted with sign-up or log-in.
const guestSchema = z.object({
	lessons: z
		.record(slug, z.object({ moduleSlug: slug, section: slug, completed: z.boolean() }))
		.default({}),
	reflections: z.record(z.string().max(201), z.object({ body: z.string().max(20_000) })).default({})
});

/** Reads the posted guest data; anything malformed or oversized is ignored, never an error. */
export function parseGuestField(raw: string) {
	if (!raw || raw.length > MAX_BYTES) return null;
	try {
		const parsed = guestSchema.safeParse(JSON.parse(raw));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

/** Saves a guest's lessons and reflections into their account; returns how many items. */
export async function importGuestData(
	db: Database,
	userId: string,
	course: Course,
	raw: string
): Promise<number> {
	const data = parseGuestField(raw);
	if (!data) return 0;
	const lessons = await importGuestProgress(
		db,
		userId,
		Object.entries(data.lessons).map(([lessonSlug, l]) => ({ lessonSlug, ...l })),
		course
	);
	const reflections = await importGuestReflections(
		db,
		userId,
		course,
		Object.entries(data.reflections).map(([promptId, r]) => ({ promptId, body: r.body }))
	);
	return lessons + reflections;
}
