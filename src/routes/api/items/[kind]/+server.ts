import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { MAX_ITEM_BYTES, isItemKind } from '$lib/learner-items/kinds';
import { saveLearnerItem } from '$lib/server/learner-items';

/** Saves one of the learner's private tools (e.g. their trigger list) as JSON: `{ "data": … }`. */
export const PUT: RequestHandler = async ({ request, locals, params, url }) => {
	// SvelteKit's CSRF check covers form posts only; this takes JSON, so check the origin here.
	if (request.headers.get('origin') !== url.origin)
		error(403, 'Cross-site requests are not allowed.');
	if (!locals.user) error(401, 'Log in to save this.');
	if (!isItemKind(params.kind)) error(404, 'Unknown tool.');
	const text = await request.text();
	if (text.length > MAX_ITEM_BYTES) error(413, 'That is more than this tool can keep.');
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		error(400, 'Send JSON: { "data": … }.');
	}
	if (typeof body !== 'object' || body === null || !('data' in body)) {
		error(400, 'Send JSON: { "data": … }.');
	}
	const saved = await saveLearnerItem(locals.db, locals.user.id, params.kind, body.data);
	if (saved === null) error(400, 'That does not look like this tool’s data, so nothing was saved.');
	return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
};
