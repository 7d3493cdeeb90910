/**
 * Rendered pages for guests, kept in this process's memory. A guest's course page (landing,
 * course, module, lesson, glossary, help) is the same bytes for every guest until the server
 * restarts: the course is built into the server, and a guest's own progress lives in their
 * browser. Serving the stored bytes instead of rendering again is what lets a lesson page keep
 * up with a static file server (bench/, BENCHMARKS.md).
 *
 * Only requests with no cookie at all are served from here or stored, so nothing personal can
 * be cached: a signed-in person (or anyone with a session cookie, valid or not) always gets a
 * fresh render with `private, no-store`. Each process keeps its own copy; nothing here has to be
 * shared between app processes.
 */

export interface CachedPage {
	status: number;
	headers: [string, string][];
	/** Encoded once: a hit then copies bytes instead of encoding 30 KB of text again. */
	body: Uint8Array<ArrayBuffer>;
}

// Paths whose guest render never changes: `/`, `/learn`, a module, a lesson, the glossary, help
// and the about, privacy and accessibility pages. Not the quiz (shuffled per render) and not
// forms (login, signup) or personal pages.
const CACHEABLE =
	/^\/(?:learn(?:\/[a-z0-9-]+(?:\/[a-z0-9-]+)?)?|glossary|help|about|privacy|accessibility)?$/;

/** At most this many pages (the course has about thirty); a flood of odd paths cannot grow it. */
export const MAX_PAGES = 200;

export function isCacheable(request: Request, url: URL): boolean {
	return (
		request.method === 'GET' &&
		url.search === '' &&
		!request.headers.has('cookie') &&
		CACHEABLE.test(url.pathname) &&
		!url.pathname.endsWith('/quiz')
	);
}

export class PageCache {
	readonly #pages = new Map<string, CachedPage>();

	get(path: string): Response | null {
		const page = this.#pages.get(path);
		return page ? new Response(page.body, { status: page.status, headers: page.headers }) : null;
	}

	/**
	 * Keeps a copy of a successful HTML render that sets no cookie; returns the response to send
	 * (the original body has been read).
	 */
	async store(path: string, response: Response): Promise<Response> {
		const cacheable =
			response.status === 200 &&
			!response.headers.has('set-cookie') &&
			(response.headers.get('content-type') ?? '').startsWith('text/html') &&
			!/no-store|private/.test(response.headers.get('cache-control') ?? '') &&
			this.#pages.size < MAX_PAGES;
		if (!cacheable) return response;
		const page: CachedPage = {
			status: response.status,
			headers: [...response.headers],
			body: new Uint8Array(await response.arrayBuffer())
		};
		this.#pages.set(path, page);
		return new Response(page.body, { status: page.status, headers: page.headers });
	}

	get size(): number {
		return this.#pages.size;
	}
}
