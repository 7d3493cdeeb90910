import { describe, expect, it } from 'vitest';
import { MAX_PAGES, PageCache, isCacheable } from './page-cache';

const request = (path: string, init: RequestInit = {}) => {
	const url = new URL(path, 'http://localhost');
	return { request: new Request(url, init), url };
};

describe('isCacheable', () => {
	it.each([
		{ path: '/', init: {}, cacheable: true },
		{ path: '/learn', init: {}, cacheable: true },
		{ path: '/learn/reward-system', init: {}, cacheable: true },
		{ path: '/learn/reward-system/what-reward-is', init: {}, cacheable: true },
		{ path: '/glossary', init: {}, cacheable: true },
		{ path: '/help', init: {}, cacheable: true },
		{ path: '/about', init: {}, cacheable: true },
		{ path: '/privacy', init: {}, cacheable: true },
		{ path: '/accessibility', init: {}, cacheable: true },
		{ path: '/privacy', init: { headers: { cookie: 'rewire_session=x' } }, cacheable: false },
		// A session cookie (valid or not) always gets a fresh render.
		{ path: '/learn', init: { headers: { cookie: 'rewire_session=x' } }, cacheable: false },
		{ path: '/learn', init: { headers: { cookie: 'other=1' } }, cacheable: false },
		{ path: '/learn/reward-system/quiz', init: {}, cacheable: false },
		{ path: '/learn?x=1', init: {}, cacheable: false },
		// A diagram stepped without JavaScript is drawn afresh at its view.
		{ path: '/learn/reward-system/what-reward-is?scene=3', init: {}, cacheable: false },
		{ path: '/learn/reward-system/what-reward-is/__data.json', init: {}, cacheable: false },
		{ path: '/me', init: {}, cacheable: false },
		{ path: '/login', init: {}, cacheable: false },
		{ path: '/signup', init: {}, cacheable: false },
		{ path: '/learn/reward-system/what-reward-is', init: { method: 'POST' }, cacheable: false }
	])('$path $init → $cacheable', ({ path, init, cacheable }) => {
		const { request: r, url } = request(path, init);
		expect(isCacheable(r, url)).toBe(cacheable);
	});
});

const html = (body: string, headers: Record<string, string> = {}, status = 200) =>
	new Response(body, { status, headers: { 'content-type': 'text/html', ...headers } });

describe('PageCache', () => {
	it('serves a stored page with its status and headers', async () => {
		const cache = new PageCache();
		expect(cache.get('/learn')).toBeNull();
		const sent = await cache.store('/learn', html('<p>course</p>', { 'x-frame-options': 'DENY' }));
		expect(await sent.text()).toBe('<p>course</p>');
		const hit = cache.get('/learn')!;
		expect(hit.status).toBe(200);
		expect(hit.headers.get('x-frame-options')).toBe('DENY');
		expect(await hit.text()).toBe('<p>course</p>');
		// Each hit is a new response with the whole body.
		expect(await cache.get('/learn')!.text()).toBe('<p>course</p>');
	});

	it.each([
		{ why: 'an error page', response: html('x', {}, 404) },
		{
			why: 'a redirect',
			response: new Response(null, { status: 303, headers: { location: '/' } })
		},
		{ why: 'a cookie being set', response: html('x', { 'set-cookie': 'a=1' }) },
		{ why: 'personal headers', response: html('x', { 'cache-control': 'private, no-store' }) },
		{
			why: 'JSON',
			response: new Response('{}', { headers: { 'content-type': 'application/json' } })
		}
	])('does not keep $why', async ({ response }) => {
		const cache = new PageCache();
		const sent = await cache.store('/learn', response);
		expect(sent).toBe(response);
		expect(cache.get('/learn')).toBeNull();
	});

	it(`keeps at most ${MAX_PAGES} pages`, async () => {
		const cache = new PageCache();
		for (let i = 0; i < MAX_PAGES + 5; i++) await cache.store(`/p${i}`, html(String(i)));
		expect(cache.size).toBe(MAX_PAGES);
		expect(cache.get(`/p${MAX_PAGES}`)).toBeNull();
	});
});
