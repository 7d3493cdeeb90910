import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { tooManyTries } from '$lib/server/auth/rate-limit';
import { textField } from '$lib/server/forms';
import {
	INVITATION_PROBLEMS,
	acceptInvitation,
	codeAttemptAllowed,
	formatCode,
	lookUpInvitation,
	normaliseCode
} from '$lib/server/invitations';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

export const load: PageServerLoad = ({ locals }) => {
	if (!locals.user) redirect(303, '/login?next=/invite');
	return {};
};

/** Reads and throttles a code; returns it, or the failure to send back beside the field. */
async function readCode(event: Parameters<Actions[string]>[0]) {
	if (!event.locals.user) redirect(303, '/login?next=/invite');
	const form = await event.request.formData();
	const typed = textField(form, 'code').trim().slice(0, 40);
	const code = normaliseCode(typed);
	if (!code) {
		return {
			failure: fail(400, {
				values: { code: typed },
				errors: { code: 'Enter the 8-character code, like ABCD-EFGH.' }
			})
		};
	}
	const verdict = await codeAttemptAllowed(event.locals.db, event.locals.user.id);
	if (!verdict.allowed) {
		event.setHeaders({ 'retry-after': String(verdict.retryAfterSeconds) });
		return {
			failure: fail(429, {
				values: { code: typed },
				errors: { code: tooManyTries(verdict.retryAfterSeconds) }
			})
		};
	}
	return { code, userId: event.locals.user.id };
}

export const actions: Actions = {
	check: async (event) => {
		const read = await readCode(event);
		if ('failure' in read) return read.failure;
		const found = await lookUpInvitation(event.locals.db, { code: read.code }, read.userId);
		if (found.status !== 'open') {
			return fail(400, {
				values: { code: formatCode(read.code) },
				errors: { code: INVITATION_PROBLEMS[found.status] }
			});
		}
		return { consent: { code: formatCode(read.code), counselorName: found.counselorName } };
	},
	accept: async (event) => {
		const read = await readCode(event);
		if ('failure' in read) return read.failure;
		const result = await acceptInvitation(event.locals.db, { code: read.code }, read.userId);
		if (result.status !== 'open') {
			return fail(400, {
				values: { code: formatCode(read.code) },
				errors: { code: INVITATION_PROBLEMS[result.status] }
			});
		}
		redirect(303, '/me/sharing?joined=1');
	}
};
