// `BUNDLE_SOURCEMAP=1 npx vite build && node bench/inspect-bundle.mjs [chunk.js …]`: which source
// files make up each client chunk, in minified bytes, biggest chunks first. With no arguments,
// every chunk over 1 KB gzip. Used to find what to cut (see BENCHMARKS.md).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const root = 'build/client/_app/immutable';
const files = process.argv.slice(2);
const all = files.length
	? files
	: ['chunks', 'nodes', 'entry'].flatMap((d) =>
			readdirSync(join(root, d))
				.filter((f) => f.endsWith('.js'))
				.map((f) => join(root, d, f))
		);

const rows = all.map((file) => {
	const code = readFileSync(file, 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, '');
	return { file, code, gzip: gzipSync(code, { level: 9 }).length };
});
rows.sort((a, b) => b.gzip - a.gzip);
for (const { file, code, gzip } of rows) {
	if (!files.length && gzip < 1000) continue;
	console.log(`${(gzip / 1000).toFixed(1).padStart(6)} KB gzip  ${file}`);
	if (!existsSync(file + '.map')) continue;
	const map = new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
	const lines = code.split('\n');
	const segments = [];
	map.eachMapping((m) => segments.push(m));
	segments.sort(
		(a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn
	);
	const bytes = new Map();
	segments.forEach((m, i) => {
		const next = segments[i + 1];
		const end =
			next && next.generatedLine === m.generatedLine
				? next.generatedColumn
				: (lines[m.generatedLine - 1] ?? '').length;
		const source = (m.source ?? '?').replace(/.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
		bytes.set(source, (bytes.get(source) ?? 0) + end - m.generatedColumn);
	});
	for (const [source, n] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
		console.log(`         ${String(n).padStart(7)} B  ${source}`);
	}
}
