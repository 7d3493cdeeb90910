import type { PageServerLoad } from './$types';
import { glossary } from '$lessons/glossary';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

export const load: PageServerLoad = () => ({
	terms: Object.entries(glossary)
		.map(([id, entry]) => ({ id, ...entry }))
		.sort((a, b) => a.term.localeCompare(b.term))
});
