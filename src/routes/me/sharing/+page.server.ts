import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { accessLogFor } from '$lib/server/access-log';
import { idField, textField } from '$lib/server/forms';
import { TAMPERED } from '$lib/server/guards';
import { sharingHistory, stopSharing } from '$lib/server/sharing';
import { myItems, readItemRef, setItemShared } from '$lib/server/shared-items';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.user) redirect(303, '/login?next=/me/sharing');
	const [links, log, items] = await Promise.all([
		sharingHistory(locals.db, locals.user.id),
		accessLogFor(locals.db, locals.user.id),
		myItems(locals.db, locals.user.id)
	]);
	return { links, log, items, joined: url.searchParams.has('joined') };
};

export const actions: Actions = {
	stop: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/login?next=/me/sharing');
		const form = await request.formData();
		const linkId = idField(form, 'linkId');
		const stopped = linkId ? await stopSharing(locals.db, locals.user.id, linkId) : false;
		if (!stopped) return fail(400, { error: TAMPERED });
		return { stopped: textField(form, 'name').slice(0, 60) || 'your counselor' };
	},
	item: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/login?next=/me/sharing');
		const form = await request.formData();
		const ref = readItemRef(idField(form, 'item'));
		const share = textField(form, 'share') === 'yes';
		const changed = ref ? await setItemShared(locals.db, locals.user.id, ref, share) : false;
		if (!changed) return fail(400, { error: TAMPERED });
		return { itemShared: share };
	}
};
