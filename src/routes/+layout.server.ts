import type { LayoutServerLoad } from './$types';
import { configuredHelpLines } from '$lib/server/help-lines';
import { lastPosition } from '$lib/server/progress';
import { continueHref } from '$lib/content/continue';
import { GUEST_RESUME_COOKIE } from '$lib/guest/progress';
import { guestResumeHref } from '$lib/server/guest-resume';

const help = configuredHelpLines();

export const load: LayoutServerLoad = async ({ locals, cookies }) => {
	const position = locals.user ? await lastPosition(locals.db, locals.user.id) : null;
	return {
		user: locals.user ? { displayName: locals.user.displayName, role: locals.user.role } : null,
		// A guest's place is kept in their browser, which copies it to a cookie for this.
		continueHref: position
			? continueHref(position)
			: locals.user
				? null
				: guestResumeHref(cookies.get(GUEST_RESUME_COOKIE)),
		help
	};
};
