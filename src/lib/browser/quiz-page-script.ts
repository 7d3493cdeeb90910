import { tick } from 'svelte';
import QuizIsland from '$lib/quiz/QuizIsland.svelte';
import { islandProps, startIsland } from './island';
import { markReady, settlePlainPage } from './plain-page';

// The script of a quiz page, served as plain HTML (`csr = false`): it hydrates the quiz itself
// (checking in place, moving focus to the result and announcing it) without SvelteKit's client.
settlePlainPage();
const island = document.querySelector<HTMLElement>('[data-quiz-island]');
if (island) startIsland(island, QuizIsland, islandProps(island));
// After the updates the island makes as it mounts are on screen.
void tick().then(markReady);
