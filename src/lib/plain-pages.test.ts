import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PLAIN_PAGES } from './plain-pages';

const ROUTES = 'src/routes';

/** Route id of every page whose +page.server.ts or +page.ts turns the app off. */
function routesWithoutApp(dir = ROUTES): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) found.push(...routesWithoutApp(path));
		else if (
			/^\+page(\.server)?\.ts$/.test(entry.name) &&
			/^export const csr = false;$/m.test(readFileSync(path, 'utf8'))
		) {
			found.push('/' + relative(ROUTES, dir).split(sep).join('/'));
		}
	}
	return found.map((id) => (id === '/' ? id : id.replace(/\/$/, '')));
}

describe('plain pages', () => {
	it('lists exactly the routes that export csr = false', () => {
		expect([...new Set(routesWithoutApp())].sort()).toEqual([...PLAIN_PAGES].sort());
	});
});
