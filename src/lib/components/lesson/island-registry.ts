import type { Component } from 'svelte';

type Loader = () => Promise<{ default: Component<never> }>;

/**
 * The parts of a lesson that run in the browser, by name. A lesson page is plain HTML: its prose,
 * callouts, citations and terms need no Svelte in the browser, so only these are hydrated, each
 * on its own (see `island` in ./island.ts and $lib/browser/lesson-page-script.ts), and each loads
 * only on the lessons that use it.
 */
export const ISLANDS = {
	CompleteLesson: () => import('./CompleteLesson.svelte'),
	Reflection: () => import('./Reflection.svelte'),
	MyTriggers: () => import('./MyTriggers.svelte'),
	MySupportMap: () => import('./MySupportMap.svelte'),
	MyWeeklyPlan: () => import('./MyWeeklyPlan.svelte'),
	EvidenceExplorer: () => import('$lib/diagrams/EvidenceExplorer/EvidenceExplorer.svelte'),
	RecoveryPath: () => import('$lib/diagrams/RecoveryPath/RecoveryPath.svelte'),
	RecoveryTimeline: () => import('$lib/diagrams/RecoveryTimeline/RecoveryTimeline.svelte'),
	RewardCircuit: () => import('$lib/diagrams/RewardCircuit/RewardCircuit.svelte'),
	RutsAndRoads: () => import('$lib/diagrams/RutsAndRoads/RutsAndRoads.svelte')
} satisfies Record<string, Loader>;

export type IslandName = keyof typeof ISLANDS;

export function isIslandName(name: string | undefined): name is IslandName {
	return !!name && Object.hasOwn(ISLANDS, name);
}
