import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { recordAccess } from '$lib/server/access-log';
import {
	earliestDueDate,
	readAssignmentFields,
	updateAssignment,
	withdrawAssignment
} from '$lib/server/assignments';
import { activeClient, clientRecord } from '$lib/server/caseload';
import { checkNote, saveNote } from '$lib/server/counselor-notes';
import { makeResetCode } from '$lib/server/credential-reset';
import { idField, textField } from '$lib/server/forms';
import { TAMPERED, notFound, requireRole } from '$lib/server/guards';
import { siteTimeZone } from '$lib/server/time-zone';
import { storable } from '$lib/text';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

export const load: PageServerLoad = async ({ locals, params }) => {
	const counselor = requireRole(locals, 'counselor');
	const record = await clientRecord(locals.db, counselor.id, storable(params.id));
	if (!record) notFound();
	await recordAccess(locals.db, counselor.id, [record.client.id], 'client page');
	return { ...record, minDate: earliestDueDate(), timeZone: siteTimeZone() };
};

/** Every action starts here: a counselor, and a client who shares with them now, or a 404. */
async function linked(event: RequestEvent) {
	const counselor = requireRole(event.locals, 'counselor');
	const client = await activeClient(event.locals.db, counselor.id, storable(event.params.id));
	if (!client) notFound();
	return { counselor, client, form: await event.request.formData() };
}

export const actions: Actions = {
	note: async (event) => {
		const { counselor, client, form } = await linked(event);
		const body = textField(form, 'note');
		const problem = checkNote(body);
		if (problem) return fail(400, { note: { value: body, error: problem } });
		await saveNote(event.locals.db, counselor.id, client.id, body.trim());
		return { saved: 'note' as const };
	},
	update: async (event) => {
		const { counselor, form } = await linked(event);
		const id = idField(form, 'assignmentId');
		const { values, errors } = readAssignmentFields(
			textField(form, 'dueDate'),
			textField(form, 'message')
		);
		if (Object.keys(errors).length > 0) {
			return fail(400, {
				edit: { id, values: { ...values, dueDate: values.dueDate ?? '' }, errors }
			});
		}
		const changed = id ? await updateAssignment(event.locals.db, counselor.id, id, values) : false;
		if (!changed) return fail(400, { error: TAMPERED });
		return { saved: 'assignment' as const };
	},
	/** A code the client uses to set a new password; it opens nothing else. Logged for the client. */
	resetCode: async (event) => {
		const { counselor, client } = await linked(event);
		const made = await makeResetCode(event.locals.db, client.id, counselor.id);
		await recordAccess(event.locals.db, counselor.id, [client.id], 'reset code');
		return { resetCode: made };
	},
	withdraw: async (event) => {
		const { counselor, form } = await linked(event);
		const id = idField(form, 'assignmentId');
		const withdrawn = id ? await withdrawAssignment(event.locals.db, counselor.id, id) : false;
		if (!withdrawn) return fail(400, { error: TAMPERED });
		return { saved: 'withdrawn' as const };
	}
};
