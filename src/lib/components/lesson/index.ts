// What a lesson's Markdown uses (see lessons/AUTHORING.md). The prose parts render on the server
// only; the interactive ones are islands, hydrated on their own in the browser (./island.ts).
import EvidenceExplorerPart from '$lib/diagrams/EvidenceExplorer/EvidenceExplorer.svelte';
import RecoveryPathPart from '$lib/diagrams/RecoveryPath/RecoveryPath.svelte';
import RecoveryTimelinePart from '$lib/diagrams/RecoveryTimeline/RecoveryTimeline.svelte';
import RewardCircuitPart from '$lib/diagrams/RewardCircuit/RewardCircuit.svelte';
import RutsAndRoadsPart from '$lib/diagrams/RutsAndRoads/RutsAndRoads.svelte';
import { island } from './island';
import MySupportMapPart from './MySupportMap.svelte';
import MyTriggersPart from './MyTriggers.svelte';
import MyWeeklyPlanPart from './MyWeeklyPlan.svelte';
import ReflectionPart from './Reflection.svelte';

export { default as Callout } from './Callout.svelte';
export { default as Cite } from './Cite.svelte';
export { default as KeyIdeas } from './KeyIdeas.svelte';
export { default as MoreDetail } from './MoreDetail.svelte';
export { default as Story } from './Story.svelte';
export { default as Term } from './Term.svelte';
export { default as TryThis } from './TryThis.svelte';

export const Reflection = island('Reflection', ReflectionPart);
export const MyTriggers = island('MyTriggers', MyTriggersPart);
export const MySupportMap = island('MySupportMap', MySupportMapPart);
export const MyWeeklyPlan = island('MyWeeklyPlan', MyWeeklyPlanPart);
export const EvidenceExplorer = island('EvidenceExplorer', EvidenceExplorerPart);
export const RecoveryPath = island('RecoveryPath', RecoveryPathPart);
export const RecoveryTimeline = island('RecoveryTimeline', RecoveryTimelinePart);
export const RewardCircuit = island('RewardCircuit', RewardCircuitPart);
export const RutsAndRoads = island('RutsAndRoads', RutsAndRoadsPart);
