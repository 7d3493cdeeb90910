import { eq } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import { learnerItem, type LearnerItemKind } from '$lib/server/db/schema';
import { itemParsers } from '$lib/learner-items/kinds';
import { mendJson } from '$lib/text';

export type LearnerItems = Partial<Record<LearnerItemKind, unknown>>;

/** The learner's own tools, each read back through its parser (so old or bad rows are safe). */
export async function learnerItems(db: Database, userId: string): Promise<LearnerItems> {
	const rows = await db
		.select({ kind: learnerItem.kind, data: learnerItem.data })
		.from(learnerItem)
		.where(eq(learnerItem.userId, userId));
	const items: LearnerItems = {};
	for (const row of rows) {
		const data = itemParsers[row.kind](row.data);
		if (data !== null) items[row.kind] = data;
	}
	return items;
}

/** Saves one tool's data after its parser has checked it; returns what was stored, or null. */
export async function saveLearnerItem(
	db: Database,
	userId: string,
	kind: LearnerItemKind,
	value: unknown
): Promise<unknown> {
	// Mended first: JSON may carry lone surrogates ("\ud83d"), which Postgres refuses in jsonb.
	const data = itemParsers[kind](mendJson(value));
	if (data === null) return null;
	await db
		.insert(learnerItem)
		.values({ userId, kind, data })
		.onConflictDoUpdate({
			target: [learnerItem.userId, learnerItem.kind],
			set: { data, updatedAt: new Date() }
		});
	return data;
}
