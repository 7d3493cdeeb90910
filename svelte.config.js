import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { relative } from 'node:path';
import rehypeSlug from 'rehype-slug';

/**
 * mdsvex 0.12 still emits `<script context="module">`, which Svelte 5 deprecates with a warning
 * per file. Rewriting it to `<script module>` after mdsvex keeps svelte-check and the build quiet.
 * @type {import('svelte/compiler').PreprocessorGroup}
 */
const moduleScript = {
	name: 'module-script',
	markup({ content, filename }) {
		if (!filename?.endsWith('.md')) return;
		return { code: content.replace(/<script context="module"/g, '<script module') };
	}
};

/**
 * The parts of lessons and quizzes style themselves (`css: 'injected'`): the server puts the
 * styles of the parts a page draws into that page's head, and a part drawn later in the browser
 * (a quiz answer's diagram) adds its own. As linked CSS, SvelteKit counted every lesson's parts
 * for each lesson page (it loads them by glob), about 24 KB of styles a lesson mostly does not use.
 */
const SELF_STYLED = [
	'lessons/',
	'src/lib/components/lesson/',
	'src/lib/components/triggers/',
	'src/lib/components/NeedsScript.svelte',
	'src/lib/diagrams/',
	'src/lib/quiz/'
];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		vitePreprocess(),
		mdsvex({ extensions: ['.md'], rehypePlugins: [rehypeSlug] }),
		moduleScript
	],
	vitePlugin: {
		dynamicCompileOptions({ filename }) {
			const file = relative(process.cwd(), filename);
			if (SELF_STYLED.some((start) => file.startsWith(start))) return { css: 'injected' };
		}
	},
	kit: {
		adapter: adapter(),
		// Component stylesheets under 8 KB go inline in the page's <style>: a lesson linked 14
		// render-blocking files, and on a slow phone line their round trips held first paint at
		// 1.7–2.0 s (Lighthouse); inline, 1.2 s. The HTML grows by about 36 KB before compression.
		inlineStyleThreshold: 8192,
		// No inline or third-party scripts: SvelteKit adds a hash for its own start-up script.
		// Inline style attributes stay allowed (Svelte sets some); they cannot run code.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
		alias: {
			$lessons: 'lessons'
		}
	}
};

export default config;
