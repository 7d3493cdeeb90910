import { sveltekit } from '@sveltejs/kit/vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { buildCourse } from './src/lib/content/course.ts';

/** Fails `vite build` (and dev start-up) on bad course content, naming the file and field. */
function courseContent(): Plugin {
	return {
		name: 'rewire-course-content',
		buildStart() {
			const files = readdirSync('lessons', { withFileTypes: true })
				.filter((d) => d.isDirectory())
				.flatMap((d) =>
					readdirSync(join('lessons', d.name))
						.filter((f) => f.endsWith('.md'))
						.map((f) => {
							const path = `lessons/${d.name}/${f}`;
							return { path, raw: readFileSync(path, 'utf8') };
						})
				);
			buildCourse(files);
		}
	};
}

export default defineConfig({
	plugins: [courseContent(), sveltekit()],
	server: { fs: { allow: ['lessons'] } },
	worker: {
		// ES modules, so a lesson's own chunk loads only on that lesson.
		format: 'es',
		plugins: () => [svelte()]
	},
	// `BUNDLE_SOURCEMAP=1 vite build` for `bench/inspect-bundle.mjs` (which source is in which chunk).
	build: { sourcemap: process.env.BUNDLE_SOURCEMAP === '1' },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Each server test file opens its own in-memory PGlite (~3 s); give them room on 2 cores.
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
