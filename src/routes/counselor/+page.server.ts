import type { PageServerLoad } from './$types';
import { recordAccess } from '$lib/server/access-log';
import { caseload, readView, viewCaseload } from '$lib/server/caseload';
import { requireRole } from '$lib/server/guards';
import { siteTimeZone } from '$lib/server/time-zone';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

export const load: PageServerLoad = async ({ locals, url }) => {
	const counselor = requireRole(locals, 'counselor');
	const view = readView(url.searchParams);
	const all = await caseload(locals.db, counselor.id);
	const rows = viewCaseload(all, view);
	// Each client whose progress is shown gets a line in their access log.
	await recordAccess(
		locals.db,
		counselor.id,
		rows.map((r) => r.id),
		'dashboard'
	);
	return {
		view,
		timeZone: siteTimeZone(),
		total: all.length,
		rows,
		assigned: Number(url.searchParams.get('assigned') ?? 0) || 0
	};
};
