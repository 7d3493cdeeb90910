import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { recordAccess } from '$lib/server/access-log';
import { changeCounselorRole, listUsersWithRoles, type RoleChange } from '$lib/server/admin';
import { makeResetCode } from '$lib/server/credential-reset';
import { userExists } from '$lib/server/users';
import { idField } from '$lib/server/forms';
import { TAMPERED, requireRole } from '$lib/server/guards';
import { storable } from '$lib/text';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireRole(locals, 'admin');
	const q = storable(url.searchParams.get('q') ?? '')
		.trim()
		.slice(0, 254);
	const users = await listUsersWithRoles(locals.db, q);
	return { q, users: users.map((u) => ({ ...u, self: u.id === admin.id })) };
};

async function change(event: Parameters<Actions[string]>[0], how: RoleChange) {
	requireRole(event.locals, 'admin');
	const form = await event.request.formData();
	const userId = idField(form, 'userId');
	const changed = userId ? await changeCounselorRole(event.locals.db, userId, how) : false;
	if (!changed) return fail(400, { error: TAMPERED });
	return { userId, how };
}

export const actions: Actions = {
	grant: (event) => change(event, 'grant'),
	remove: (event) => change(event, 'remove'),
	/** A code the person uses to set a new password; logged where they can read it. */
	resetCode: async (event) => {
		const admin = requireRole(event.locals, 'admin');
		const userId = idField(await event.request.formData(), 'userId');
		if (!userId || !(await userExists(event.locals.db, userId)))
			return fail(400, { error: TAMPERED });
		const made = await makeResetCode(event.locals.db, userId, admin.id);
		await recordAccess(event.locals.db, admin.id, [userId], 'reset code');
		return { userId, resetCode: made };
	}
};
