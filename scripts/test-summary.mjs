// Adds up the JSON reports of Vitest and Playwright in a folder and prints one closing line:
// `tests: N passed, N failed, N skipped`. Exits 1 if any test failed or none ran at all.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'reports';
let passed = 0;
let failed = 0;
let skipped = 0;

for (const name of readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.sort()) {
	const report = JSON.parse(readFileSync(join(dir, name), 'utf8'));
	let p, f, s;
	if (report.stats) {
		// Playwright
		p = report.stats.expected + report.stats.flaky;
		f = report.stats.unexpected;
		s = report.stats.skipped;
	} else {
		// Vitest
		p = report.numPassedTests;
		f = report.numFailedTests;
		s = report.numPendingTests + (report.numTodoTests ?? 0);
	}
	console.log(`  ${name.replace(/\.json$/, '').padEnd(14)} ${p} passed, ${f} failed, ${s} skipped`);
	passed += p;
	failed += f;
	skipped += s;
}

console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0 || passed === 0) {
	if (passed === 0) console.error('No test ran: that is a failure, not a pass.');
	process.exit(1);
}
