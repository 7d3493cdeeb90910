import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { gzipSync } from 'node:zlib';
const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n');
const bytes = new Map();
// attribute each generated segment to its source
let mappings = [];
map.eachMapping((m) => mappings.push(m));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
for (let i = 0; i < mappings.length; i++) {
	const m = mappings[i],
		n = mappings[i + 1];
	const end =
		n && n.generatedLine === m.generatedLine
			? n.generatedColumn
			: lines[m.generatedLine - 1].length;
	const k = (m.source ?? '?').replace(/.*node_modules\//, '');
	bytes.set(k, (bytes.get(k) ?? 0) + (end - m.generatedColumn));
}
console.log(file, code.length, 'gz', gzipSync(code, { level: 9 }).length);
for (const [k, v] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 30)))
	console.log(String(v).padStart(7), k);
