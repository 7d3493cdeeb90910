import type { PageServerLoad } from './$types';
import { contactEmail } from '$lib/server/contact';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

export const load: PageServerLoad = () => ({ contact: contactEmail() });
