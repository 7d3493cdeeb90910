import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { INVITATION_PROBLEMS, acceptInvitation, lookUpInvitation } from '$lib/server/invitations';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

// The invitation link. A guest is asked to log in or sign up and comes back here; a signed-in
// person sees the consent screen, and only their yes links them to the counselor.

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
	// The address holds a secret: keep it out of caches, and out of the Referer (hooks: same-origin).
	setHeaders({ 'cache-control': 'no-store' });
	const found = await lookUpInvitation(locals.db, { token: params.token }, locals.user?.id ?? null);
	if (found.status !== 'open')
		return {
			problem: INVITATION_PROBLEMS[found.status],
			counselorName: null,
			next: url.pathname,
			signedIn: locals.user !== null
		};
	return {
		problem: null,
		counselorName: found.counselorName,
		next: url.pathname,
		signedIn: locals.user !== null
	};
};

export const actions: Actions = {
	accept: async ({ locals, params, url }) => {
		if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
		const result = await acceptInvitation(locals.db, { token: params.token }, locals.user.id);
		if (result.status !== 'open') return fail(400, { problem: INVITATION_PROBLEMS[result.status] });
		redirect(303, '/me/sharing?joined=1');
	}
};
