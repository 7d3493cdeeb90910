import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { idField, textField } from '$lib/server/forms';
import { TAMPERED, requireRole } from '$lib/server/guards';
import {
	checkLabel,
	createInvitation,
	formatCode,
	openInvitations,
	revokeInvitation
} from '$lib/server/invitations';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

export const load: PageServerLoad = async ({ locals }) => {
	const counselor = requireRole(locals, 'counselor');
	return { open: await openInvitations(locals.db, counselor.id) };
};

export const actions: Actions = {
	create: async ({ locals, request, url }) => {
		const counselor = requireRole(locals, 'counselor');
		const form = await request.formData();
		const label = textField(form, 'label').trim();
		const problem = checkLabel(label);
		if (problem) return fail(400, { values: { label }, errors: { label: problem } });
		const created = await createInvitation(locals.db, counselor.id, label);
		// The link and code exist only in this response: only their hashes are stored.
		return {
			created: {
				link: `${url.origin}/invite/${created.token}`,
				codePage: `${url.origin}/invite`,
				code: formatCode(created.code),
				expiresAt: created.expiresAt,
				label
			}
		};
	},
	revoke: async ({ locals, request }) => {
		const counselor = requireRole(locals, 'counselor');
		const form = await request.formData();
		const id = idField(form, 'id');
		const revoked = id ? await revokeInvitation(locals.db, counselor.id, id) : false;
		if (!revoked) return fail(400, { error: TAMPERED });
		return { revoked: true };
	}
};
