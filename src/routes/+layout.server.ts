import type { LayoutServerLoad } from './$types';
import { loadHelpLines } from '$lib/server/help-lines';
import { lastPosition } from '$lib/server/progress';
import { continueHref } from '$lib/content/continue';

const help = loadHelpLines();

export const load: LayoutServerLoad = async ({ locals }) => {
	const position = locals.user ? await lastPosition(locals.db, locals.user.id) : null;
	return {
		user: locals.user ? { displayName: locals.user.displayName, role: locals.user.role } : null,
		continueHref: position ? continueHref(position) : null,
		help
	};
};
