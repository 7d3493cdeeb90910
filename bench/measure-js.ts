import { gzipSync, constants } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

export interface ScriptBytes {
	url: string;
	raw: number;
	gzip: number;
}

export interface JsMeasurement {
	/** Gzip bytes of every script file and inline script, after scrolling through the page. */
	total: number;
	/** The same, counting only what had loaded before any scrolling. */
	atLoad: number;
	scripts: ScriptBytes[];
}

// adapter-node precompresses assets with gzip at level 9, so this is what a gzip client receives.
const gzipSize = (bytes: Buffer | string) =>
	gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;

const isScript = (response: Response) =>
	response.request().resourceType() === 'script' ||
	/\.m?js(\?|$)/.test(new URL(response.url()).pathname);

/**
 * Opens `path` and sums the gzip size of every script it loads: external chunks (counted from the
 * bytes the browser received, gzipped here at level 9 whatever the transfer encoding was) plus
 * inline scripts. Then scrolls to the end, so anything loaded on the way (a diagram's interactive
 * part) is counted too: `total` is the whole page, `atLoad` the first view.
 */
export async function measurePageScripts(page: Page, path: string): Promise<JsMeasurement> {
	const seen = new Map<string, Promise<ScriptBytes | null>>();
	const onResponse = (response: Response) => {
		if (!isScript(response) || seen.has(response.url())) return;
		seen.set(
			response.url(),
			response.body().then(
				(body) => ({ url: response.url(), raw: body.length, gzip: gzipSize(body) }),
				() => null
			)
		);
	};
	page.on('response', onResponse);
	try {
		const response = await page.goto(path, { waitUntil: 'networkidle' });
		if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
		// A redirect (to the login page, say) would measure the wrong page.
		const landed = new URL(page.url()).pathname;
		if (landed !== path) throw new Error(`${path} ended at ${landed}`);
		const inline = await page.$$eval('script:not([src])', (nodes) =>
			nodes.map((n) => n.textContent ?? '')
		);
		const inlineBytes = inline.map((text, i) => ({
			url: `inline #${i + 1}`,
			raw: Buffer.byteLength(text),
			gzip: gzipSize(text)
		}));
		const atLoadScripts = (await Promise.all(seen.values())).filter((s) => s !== null);
		const atLoad = sum([...atLoadScripts, ...inlineBytes]);

		await scrollThrough(page);
		await page.waitForLoadState('networkidle');
		const scripts = [
			...(await Promise.all(seen.values())).filter((s) => s !== null),
			...inlineBytes
		];
		return { total: sum(scripts), atLoad, scripts };
	} finally {
		page.off('response', onResponse);
	}
}

async function scrollThrough(page: Page) {
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	const step = Math.max(200, Math.floor((page.viewportSize()?.height ?? 800) * 0.8));
	for (let y = 0; y <= height; y += step) {
		await page.evaluate((top) => window.scrollTo(0, top), y);
		await page.waitForTimeout(30);
	}
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

const sum = (scripts: ScriptBytes[]) => scripts.reduce((n, s) => n + s.gzip, 0);

export const kb = (bytes: number) => (bytes / 1000).toFixed(1);
