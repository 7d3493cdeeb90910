// `npx tsx bench/js-per-page.ts [--verbose]`: gzip JavaScript per page type, from the built server.
import { pathToFileURL } from 'node:url';
import { launchChromium } from './browser';
import { BENCH_SERVER_ENV, benchPeople, type BenchPeople } from './people';
import { kb, measurePageScripts, type JsMeasurement } from './measure-js';
import { JS_BUDGET_BYTES, PAGES, pathFor, type PageToMeasure } from './pages';
import { startServer } from './server';

export interface JsRow {
	page: PageToMeasure;
	measured: JsMeasurement;
	budget: number;
	pass: boolean;
}

export async function measureJsPerPage(baseURL: string, people: BenchPeople): Promise<JsRow[]> {
	const browser = await launchChromium();
	try {
		const headers = { 'x-forwarded-for': '10.9.9.9' };
		const rows: JsRow[] = [];
		for (const page of PAGES) {
			// A fresh context per page: a cold cache, as for someone opening this page first.
			const context = await browser.newContext({
				baseURL,
				extraHTTPHeaders: headers,
				storageState: page.as && page.as !== 'guest' ? people[page.as].state : undefined
			});
			const path = pathFor(page, people.clientId);
			const measured = await measurePageScripts(await context.newPage(), path);
			await context.close();
			const budget = JS_BUDGET_BYTES[page.budget];
			rows.push({ page, measured, budget, pass: measured.total <= budget });
		}
		return rows;
	} finally {
		await browser.close();
	}
}

async function main() {
	const verbose = process.argv.includes('--verbose');
	const server = await startServer({
		port: Number(process.env.BENCH_PORT ?? 4390),
		env: BENCH_SERVER_ENV
	});
	try {
		const rows = await measureJsPerPage(server.url, await benchPeople(server.url));
		for (const { page, measured, budget, pass } of rows) {
			console.log(
				`${pass ? 'pass' : 'FAIL'}  ${page.name.padEnd(36)} ${kb(measured.total).padStart(6)} KB (at load ${kb(measured.atLoad)}) / ${kb(budget)} KB`
			);
			if (verbose) {
				for (const s of [...measured.scripts].sort((a, b) => b.gzip - a.gzip)) {
					console.log(`        ${kb(s.gzip).padStart(6)}  ${s.url.replace(server.url, '')}`);
				}
			}
		}
	} finally {
		await server.stop();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
