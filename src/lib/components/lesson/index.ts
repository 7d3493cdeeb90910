// The small components most lessons use in Markdown (see lessons/AUTHORING.md). The learner tools
// (MyTriggers, MySupportMap, MyWeeklyPlan) are imported from their own files: exported here, they
// and their diagrams landed in the chunk every lesson shares (measured with bench/).
export { default as Callout } from './Callout.svelte';
export { default as Cite } from './Cite.svelte';
export { default as KeyIdeas } from './KeyIdeas.svelte';
export { default as MoreDetail } from './MoreDetail.svelte';
export { default as Reflection } from './Reflection.svelte';
export { default as Story } from './Story.svelte';
export { default as Term } from './Term.svelte';
export { default as TryThis } from './TryThis.svelte';
