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
 * The repository's own documents (PRIVACY.md, shown at /privacy) link to each other by file name,
 * which goes nowhere on the site: a link to a page the site serves goes there, any other keeps
 * its text and loses the link. Lessons link by path and are left alone.
 */
const SITE_PAGES = { 'PRIVACY.md': '/privacy' };
function rehypeDocumentLinks() {
	return (tree, file) => {
		if (String(file.filename ?? '').includes('/lessons/')) return;
		const visit = (node) => {
			if (!node.children) return;
			node.children = node.children.flatMap((child) => {
				const href = child.type === 'element' && child.tagName === 'a' && child.properties?.href;
				if (typeof href === 'string' && /^[\w-]+\.md(#.*)?$/.test(href)) {
					const [name, hash] = href.split('#');
					const page = SITE_PAGES[name];
					if (!page) return child.children;
					child.properties.href = hash ? `${page}#${hash}` : page;
				}
				visit(child);
				return [child];
			});
		};
		visit(tree);
	};
}

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
		mdsvex({ extensions: ['.md'], rehypePlugins: [rehypeSlug, rehypeDocumentLinks] }),
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
