import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { course } from '$lib/content/catalog.server';
import {
	assignModules,
	checkModules,
	earliestDueDate,
	readAssignmentFields,
	type AssignmentErrors
} from '$lib/server/assignments';
import { linkedClients } from '$lib/server/caseload';
import { idFields, textField } from '$lib/server/forms';
import { requireRole } from '$lib/server/guards';
import { storable } from '$lib/text';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

export const load: PageServerLoad = async ({ locals, url }) => {
	const counselor = requireRole(locals, 'counselor');
	const clients = await linkedClients(locals.db, counselor.id);
	return {
		clients: clients.map((c) => ({ id: c.id, displayName: c.displayName, email: c.email })),
		modules: course.modules.map((m) => ({ slug: m.slug, title: m.title })),
		preselected: url.searchParams.getAll('client').map(storable),
		minDate: earliestDueDate()
	};
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const counselor = requireRole(locals, 'counselor');
		const form = await request.formData();
		const clientIds = idFields(form, 'clientId');
		const modules = idFields(form, 'module');
		const { values, errors } = readAssignmentFields(
			textField(form, 'dueDate'),
			textField(form, 'message')
		);
		const all: AssignmentErrors = { ...errors };
		if (clientIds.length === 0) all.clients = 'Choose at least one client.';
		const moduleProblem = checkModules(modules);
		if (moduleProblem) all.modules = moduleProblem;
		const echo = { ...values, dueDate: values.dueDate ?? '', clientIds, modules };
		if (Object.keys(all).length > 0) return fail(400, { values: echo, errors: all });
		const result = await assignModules(locals.db, counselor.id, clientIds, modules, values);
		if (!result.ok) {
			const refused: AssignmentErrors = {
				clients: 'One of the people chosen does not share with you. Nothing was assigned.'
			};
			return fail(400, { values: echo, errors: refused });
		}
		redirect(303, `/counselor?assigned=${result.count}`);
	}
};
