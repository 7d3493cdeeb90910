import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { exportPersonalData } from '$lib/server/personal-data';

/** "Download my data": everything stored about the signed-in person, as a JSON file. */
export const GET: RequestHandler = async ({ locals }) => {
	if (!locals.user) redirect(303, '/login?next=/me/account');
	const data = await exportPersonalData(locals.db, {
		id: locals.user.id,
		email: locals.user.email
	});
	const day = data.exportedAt.slice(0, 10);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="rewire-my-data-${day}.json"`,
			'cache-control': 'private, no-store'
		}
	});
};
