import type { RequestHandler } from './$types';
import { recordAccess } from '$lib/server/access-log';
import { clientRecord } from '$lib/server/caseload';
import { csvResponse, fileNamePart, toCsv } from '$lib/server/csv';
import { notFound, requireRole } from '$lib/server/guards';
import { siteTimeZone } from '$lib/server/time-zone';
import { storable } from '$lib/text';
import { localDay } from '$lib/time-zone';

/**
 * One client's record: who it is about and when it was made (a counselor may keep several), then
 * one row per event (assignment, lesson, quiz attempt). The file name says the same.
 */
export const GET: RequestHandler = async ({ locals, params }) => {
	const counselor = requireRole(locals, 'counselor');
	const record = await clientRecord(locals.db, counselor.id, storable(params.id));
	if (!record) notFound();
	await recordAccess(locals.db, counselor.id, [record.client.id], 'client csv');
	const exported = localDay(new Date(), siteTimeZone());
	const body = toCsv([
		['client', record.client.displayName],
		['email', record.client.email],
		['exported', exported],
		[],
		['kind', 'module', 'item', 'date', 'detail'],
		...record.assignments.map((a) => [
			'assignment',
			a.moduleTitle,
			a.message,
			a.assignedAt,
			a.dueDate ? `due ${a.dueDate}` : 'no due date'
		]),
		...record.timeline.flatMap((l) => [
			['lesson started', l.moduleSlug, l.title, l.startedAt, ''],
			...(l.completedAt ? [['lesson completed', l.moduleSlug, l.title, l.completedAt, '']] : [])
		]),
		...record.attempts.map((a) => [
			'quiz attempt',
			a.moduleTitle,
			`${a.percent}%`,
			a.at,
			a.mastered ? 'mastered' : 'not yet mastered'
		])
	]);
	return csvResponse(body, `rewire-${fileNamePart(record.client.displayName)}-${exported}.csv`);
};
