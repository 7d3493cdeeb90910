import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRow {
	scores: Record<Category, number>;
	/** Audits that cost points, by category, for the notes in BENCHMARKS.md. */
	losses: string[];
}

/**
 * Lighthouse's default (mobile: a mid-range phone, simulated slow 4G) in the headless system
 * Chromium, a fresh one for each page: nothing one page leaves in the browser (a guest's
 * cookies and storage) reaches the next. `cookie` makes a signed-in run; with a cookie of the
 * page's own in the browser, Chromium would send that one instead.
 */
export async function lighthouseAll(
	urls: { url: string; cookie?: string }[]
): Promise<LighthouseRow[]> {
	const rows: LighthouseRow[] = [];
	for (const { url, cookie } of urls) rows.push(await lighthouseOne(url, cookie));
	return rows;
}

async function lighthouseOne(url: string, cookie?: string): Promise<LighthouseRow> {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...CATEGORIES],
			extraHeaders: cookie ? { cookie } : undefined
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		// A page that did not load (an error status, a redirect to log in) must not pass as scored.
		if (lhr.runtimeError)
			throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
		if (lhr.finalDisplayedUrl !== url) throw new Error(`${url} ended at ${lhr.finalDisplayedUrl}`);
		const scores = Object.fromEntries(
			CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])
		) as Record<Category, number>;
		const losses: string[] = [];
		for (const c of CATEGORIES) {
			for (const ref of lhr.categories[c]?.auditRefs ?? []) {
				const audit = lhr.audits[ref.id];
				if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
					const shown = audit.displayValue ? ` (${audit.displayValue})` : '';
					losses.push(`${c}: ${audit.id}${shown}`);
				}
			}
		}
		return { scores, losses };
	} finally {
		chrome.kill();
	}
}
