// The components lesson authors use in Markdown (see lessons/AUTHORING.md).
export { default as Callout } from './Callout.svelte';
export { default as Cite } from './Cite.svelte';
export { default as KeyIdeas } from './KeyIdeas.svelte';
export { default as MoreDetail } from './MoreDetail.svelte';
export { default as Reflection } from './Reflection.svelte';
export { default as Story } from './Story.svelte';
export { default as Term } from './Term.svelte';
export { default as TryThis } from './TryThis.svelte';
export { default as MyTriggers } from './MyTriggers.svelte';
export { default as MySupportMap } from './MySupportMap.svelte';
export { default as MyWeeklyPlan } from './MyWeeklyPlan.svelte';
