import type { LearnerItemKind } from '$lib/server/db/schema';
import { acceptMyTriggers } from '$lib/components/triggers/triggers';
import { parsePlan } from '$lib/diagrams/WeeklyPlan/plan';
import { readSupportMap } from '$lib/diagrams/SupportMap/supports';

// Each private tool a learner fills in, with the function that reads its stored or posted data
// into the tool's own shape, or null when it is not valid. Nothing is stored without passing it.
export const itemParsers: Record<LearnerItemKind, (value: unknown) => unknown> = {
	triggers: acceptMyTriggers,
	'weekly-plan': (value) => {
		const { plan, problems } = parsePlan(value);
		return problems.length === 0 ? plan : null;
	},
	'support-map': readSupportMap
};

export function isItemKind(value: string): value is LearnerItemKind {
	return Object.hasOwn(itemParsers, value);
}

/** Largest JSON body a tool may post: far above any real list, far below anything abusive. */
export const MAX_ITEM_BYTES = 50_000;
