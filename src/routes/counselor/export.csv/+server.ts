import type { RequestHandler } from './$types';
import { recordAccess } from '$lib/server/access-log';
import { caseload, readView, viewCaseload } from '$lib/server/caseload';
import { csvResponse, toCsv } from '$lib/server/csv';
import { requireRole } from '$lib/server/guards';
import { siteTimeZone } from '$lib/server/time-zone';
import { localDay } from '$lib/time-zone';

/** The dashboard as a spreadsheet, with the same filter and order as on screen. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const counselor = requireRole(locals, 'counselor');
	const rows = viewCaseload(await caseload(locals.db, counselor.id), readView(url.searchParams));
	await recordAccess(
		locals.db,
		counselor.id,
		rows.map((r) => r.id),
		'caseload csv'
	);
	const body = toCsv([
		[
			'name',
			'email',
			'sharing since',
			'assigned modules',
			'progress percent',
			'latest quiz percent',
			'latest quiz module',
			'best quiz percent in that module',
			'last active',
			'overdue',
			'falling behind'
		],
		...rows.map((r) => [
			r.displayName,
			r.email,
			r.since,
			r.assigned.map((a) => `${a.title}${a.dueDate ? ` (due ${a.dueDate})` : ''}`).join('; '),
			r.progress.percent,
			r.latestQuiz?.percent,
			r.latestQuiz?.moduleTitle,
			r.latestQuiz?.best,
			r.lastActive,
			r.overdue ? 'yes' : 'no',
			r.fallingBehind ? 'yes' : 'no'
		])
	]);
	return csvResponse(body, `rewire-clients-${localDay(new Date(), siteTimeZone())}.csv`);
};
