import { error } from '@sveltejs/kit';
import type { SessionUser } from '$lib/server/auth/session';
import type { Role } from '$lib/server/db/schema';

/** The message of every 404, the same as for an address that does not exist (hooks.server.ts). */
export const NOT_FOUND = 'We could not find that page.';

/**
 * Counselor and admin pages exist only for people in that role. Everyone else, guests included,
 * gets the same 404 as a page that does not exist, so the routes do not even reveal themselves.
 */
export function requireRole(locals: App.Locals, role: Exclude<Role, 'learner'>): SessionUser {
	if (!locals.user || locals.user.role !== role) error(404, NOT_FOUND);
	return locals.user;
}

export function notFound(): never {
	error(404, NOT_FOUND);
}

/** For a form that names something this person may not change: refused, nothing changes. */
export const TAMPERED = 'That request could not be carried out. Nothing was changed.';
