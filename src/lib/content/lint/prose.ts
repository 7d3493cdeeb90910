import { maskSource } from './markdown.ts';

/**
 * Turns a lesson (mdsvex: Markdown plus Svelte) into the plain prose a reader reads, for the
 * reading-level measure. Frontmatter, code, comments, `<script>`/`<style>`, citations and Svelte
 * `{...}` expressions go; other tags go but the text between them stays (`<Term>` words are read);
 * Markdown markers go but link text stays. Headings and list items each end a sentence, as a
 * reader takes them, so a bullet list is not scored as one endless sentence.
 * Returns one block per line, each ending with sentence punctuation.
 */
export function toProse(markdown: string): string {
	let text = maskSource(markdown);
	text = text.replace(
		/<Cite(?=[\s/>])(?:"[^"]*"|'[^']*'|\{[^}]*\}|[^>"'{}])*?(?:\/>|>[\s\S]*?<\/Cite>)/g,
		' '
	);
	text = removeExpressions(text);
	text = text.replace(/<\/?[A-Za-z][\w.:-]*(?:"[^"]*"|'[^']*'|\{[^}]*\}|[^>"'{}])*?\/?>/g, ' ');

	const blocks: string[] = [];
	let current: string[] = [];
	const end = () => {
		if (current.length > 0) blocks.push(current.join(' '));
		current = [];
	};
	for (const rawLine of text.split('\n')) {
		const line = rawLine.replace(/^(?: {0,3}>)+ ?/, '');
		if (/^\s*$/.test(line)) {
			end();
		} else if (/^ {0,3}#{1,6}(?:\s|$)/.test(line)) {
			end();
			current.push(line.replace(/^ {0,3}#{1,6}\s*/, '').replace(/\s+#+\s*$/, ''));
			end();
		} else if (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line)) {
			end(); // a thematic break
		} else if (/^ {0,3}\[[^\]\n]+\]:/.test(line) || /^\s*\|?[\s:|-]*-{3,}[\s:|-]*$/.test(line)) {
			// a link reference definition or a table's header rule: nothing to read
		} else if (/^\s*\|/.test(line)) {
			end();
			current.push(line.replace(/\|/g, ', ').replace(/^[\s,]+|[\s,]+$/g, ''));
			end();
		} else if (/^\s*(?:[-*+]|\d{1,9}[.)])\s+/.test(line)) {
			end();
			current.push(line.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, ''));
		} else {
			current.push(line);
		}
	}
	end();

	return blocks
		.map(inlineText)
		.filter((block) => /[\p{L}\p{N}]/u.test(block))
		.map((block) => (/[.!?]["'”’)\]]*$/.test(block) ? block : `${block}.`))
		.join('\n');
}

/** Svelte `{expression}` and `{#if}…{/if}` markers are not read; nested braces are peeled. */
function removeExpressions(text: string): string {
	let previous;
	do {
		previous = text;
		text = text.replace(/\{[^{}]*\}/g, ' ');
	} while (text !== previous);
	return text;
}

/** Inline Markdown to its visible text. */
export function inlineText(markdown: string): string {
	return markdown
		.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ') // images: alt text is not part of the read prose
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
		.replace(/\bhttps?:\/\/\S+/g, ' ')
		.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
		.replace(/\*+|~~/g, '')
		.replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&[a-z]+;|&#\d+;/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/ ([,.;:!?])/g, '$1') // where a removed tag or expression left a gap
		.trim();
}
