import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// Reads the app's route files, so the security tests cover every form action and every
// state-changing endpoint that exists, not a list someone has to remember to update.

const ROUTES = 'src/routes';

function filesNamed(dir: string, name: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return filesNamed(path, name);
		return entry.name === name ? [path] : [];
	});
}

/** `src/routes/learn/[module]/+page.server.ts` → `/learn/[module]` (route groups dropped). */
function routeId(file: string): string {
	const parts = relative(ROUTES, file).split(sep).slice(0, -1);
	return '/' + parts.filter((p) => !/^\(.+\)$/.test(p)).join('/');
}

/** Every form action as `<route id>?/<name>` (`default` for a default action). */
export function formActionsInRoutes(): string[] {
	return filesNamed(ROUTES, '+page.server.ts').flatMap((file) => {
		const source = readFileSync(file, 'utf8');
		const start = source.indexOf('export const actions');
		if (start < 0) return [];
		// Action names are the object's keys at one tab of indentation (Prettier keeps them there).
		const body = source.slice(start);
		const names = [...body.matchAll(/^\t['"]?([\w-]+)['"]?\s*:/gm)].map((m) => m[1] as string);
		return names.map((name) => `${routeId(file)}?/${name}`);
	});
}

/** Every `+server.ts` handler that can change state, as `<METHOD> <route id>`. */
export function unsafeEndpointsInRoutes(): string[] {
	return filesNamed(ROUTES, '+server.ts').flatMap((file) => {
		const source = readFileSync(file, 'utf8');
		const methods = [...source.matchAll(/export const (POST|PUT|PATCH|DELETE)\b/g)];
		return methods.map((m) => `${m[1]} ${routeId(file)}`);
	});
}
