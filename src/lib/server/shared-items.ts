import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import { learnerItem, reflection, type LearnerItemKind } from '$lib/server/db/schema';
import { isItemKind } from '$lib/learner-items/kinds';

// What a learner wrote is private. They may share one item at a time (a reflection, or one of
// their tools); a shared item is visible to every counselor they share progress with now, and
// to nobody else. Unsharing hides it again at once.

export type ItemRef =
	{ type: 'reflection'; promptId: string } | { type: 'tool'; kind: LearnerItemKind };

/** `reflection:<prompt id>` or `tool:<kind>`, as the Sharing page's forms send it. */
export function readItemRef(value: string): ItemRef | null {
	const [type, ...rest] = value.split(':');
	const id = rest.join(':');
	if (type === 'reflection' && id) return { type, promptId: id };
	if (type === 'tool' && isItemKind(id)) return { type, kind: id };
	return null;
}

/** Everything the learner wrote, with whether each item is shared (for their Sharing page). */
export async function myItems(db: Database, userId: string) {
	const [reflections, tools] = await Promise.all([
		db
			.select({
				promptId: reflection.promptId,
				lessonSlug: reflection.lessonSlug,
				body: reflection.body,
				sharedAt: reflection.sharedAt
			})
			.from(reflection)
			.where(eq(reflection.userId, userId))
			.orderBy(asc(reflection.createdAt)),
		db
			.select({ kind: learnerItem.kind, sharedAt: learnerItem.sharedAt })
			.from(learnerItem)
			.where(eq(learnerItem.userId, userId))
	]);
	return { reflections, tools };
}

/** Shares or unshares one of the learner's own items; false when there is no such item. */
export async function setItemShared(
	db: Database,
	userId: string,
	ref: ItemRef,
	shared: boolean,
	now = new Date()
): Promise<boolean> {
	const sharedAt = shared ? now : null;
	if (ref.type === 'reflection') {
		const rows = await db
			.update(reflection)
			.set({ sharedAt })
			.where(
				and(
					eq(reflection.userId, userId),
					eq(reflection.promptId, ref.promptId),
					shared ? isNull(reflection.sharedAt) : isNotNull(reflection.sharedAt)
				)
			)
			.returning({ id: reflection.promptId });
		return rows.length > 0;
	}
	const rows = await db
		.update(learnerItem)
		.set({ sharedAt })
		.where(
			and(
				eq(learnerItem.userId, userId),
				eq(learnerItem.kind, ref.kind),
				shared ? isNull(learnerItem.sharedAt) : isNotNull(learnerItem.sharedAt)
			)
		)
		.returning({ kind: learnerItem.kind });
	return rows.length > 0;
}

/** The words in a tool's stored data, in order: a plain reading of it for a counselor. */
export function textOf(data: unknown, limit = 200): string[] {
	const out: string[] = [];
	const walk = (value: unknown) => {
		if (out.length >= limit) return;
		if (typeof value === 'string' && value.trim() && !/^[a-z0-9-]{1,24}$/.test(value))
			out.push(value.trim());
		else if (Array.isArray(value)) value.forEach(walk);
		else if (value && typeof value === 'object') Object.values(value).forEach(walk);
	};
	walk(data);
	return out;
}
