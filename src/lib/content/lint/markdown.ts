/**
 * Finds things in a lesson's source (citations, terms, links, headings) while keeping their
 * offsets, so every problem can name its line. Parts that are never rendered as Markdown text
 * (frontmatter, code, HTML comments, `<script>`/`<style>`) are first blanked with spaces: the
 * text keeps its length and its line breaks, so an offset in the blanked text is an offset in
 * the file.
 */

/** Replaces a span with spaces, keeping line breaks, so later offsets and lines stay true. */
function blank(span: string): string {
	return span.replace(/[^\n]/g, ' ');
}

export function blankMatches(text: string, pattern: RegExp): string {
	return text.replace(pattern, (match) => blank(match));
}

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
	return line;
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;
// Fenced code (``` or ~~~, CommonMark: the closing fence uses the same character, at least as
// long); an unclosed fence runs to the end of the file, as CommonMark says.
const FENCE = /^ {0,3}((`|~)\2{2,})[^\n]*(?:\n[\s\S]*?(?:^ {0,3}\1\2*[ \t]*$|(?![\s\S]))|$)/gm;
// Inline code never spans a blank line, so an unmatched backtick cannot swallow a paragraph.
const INLINE_CODE = /(`+)(?!`)(?:(?!\n[ \t]*\n)[\s\S])*?[^`]\1(?!`)/g;
const COMMENT = /<!--[\s\S]*?-->/g;
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/** The file with everything but renderable Markdown blanked (see the top of this file). */
export function maskSource(raw: string): string {
	let text = blankMatches(raw, FRONTMATTER);
	text = blankMatches(text, SCRIPT_OR_STYLE);
	text = blankMatches(text, COMMENT);
	text = blankMatches(text, FENCE);
	return blankMatches(text, INLINE_CODE);
}

/** Attribute values in a tag may be quoted or a `{...}` expression, and may contain `>`. */
const ATTRS = String.raw`(?:"[^"]*"|'[^']*'|\{[^}]*\}|[^>"'{}])*?`;

export interface TagMatch {
	offset: number;
	line: number;
	/** The literal value of the attribute, or null when it is missing or an expression. */
	value: string | null;
	/** Text between the opening and closing tag; '' for a self-closing tag. */
	inner: string;
}

/**
 * Every `<Name ...>` element in masked source, with one attribute's literal value. Handles
 * self-closing tags and a matching `</Name>`; the element's text may span lines.
 */
export function findElements(masked: string, name: string, attribute: string): TagMatch[] {
	const open = new RegExp(`<${name}(?=[\\s/>])(${ATTRS})(/?)>`, 'g');
	const attr = new RegExp(`(?:^|\\s)${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{([^}]*)\\})`);
	const found: TagMatch[] = [];
	for (const match of masked.matchAll(open)) {
		const attrs = match[1] ?? '';
		const valueMatch = attr.exec(attrs);
		const literal = valueMatch?.[1] ?? valueMatch?.[2] ?? literalExpression(valueMatch?.[3]);
		let inner = '';
		if (match[2] !== '/') {
			const close = masked.indexOf(`</${name}>`, match.index + match[0].length);
			if (close >= 0) inner = masked.slice(match.index + match[0].length, close);
		}
		found.push({
			offset: match.index,
			line: lineAt(masked, match.index),
			value: literal ?? null,
			inner
		});
	}
	return found;
}

/** `{'dopamine'}` is as literal as `"dopamine"`; anything else cannot be checked. */
function literalExpression(expression: string | undefined): string | undefined {
	return /^\s*(['"])([^'"]*)\1\s*$/.exec(expression ?? '')?.[2];
}

export interface LinkMatch {
	href: string;
	line: number;
}

/** Markdown links `[text](href)`, reference definitions `[id]: href` and `href="..."` attributes. */
export function findLinks(masked: string): LinkMatch[] {
	const patterns = [
		// Inline links and images; an optional "title" after the destination is ignored.
		/\]\(\s*<?([^\s)>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g,
		/^ {0,3}\[[^\]\n]+\]:\s*<?([^\s>]+)>?/gm,
		/(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*['"]([^'"]*)['"]\s*\})/g
	];
	const links: LinkMatch[] = [];
	for (const pattern of patterns) {
		for (const match of masked.matchAll(pattern)) {
			const href = match[1] ?? match[2] ?? match[3];
			if (href !== undefined) links.push({ href, line: lineAt(masked, match.index) });
		}
	}
	return links.sort((a, b) => a.line - b.line);
}

export interface HeadingMatch {
	/** The heading's source text without the `#` markers (may still hold Markdown and tags). */
	text: string;
	/** 1 for `#`, 2 for `##` … */
	level: number;
	line: number;
}

/** ATX headings (`## Title`). Setext headings (underlined with === or ---) are not used here. */
export function findHeadings(masked: string): HeadingMatch[] {
	const headings: HeadingMatch[] = [];
	for (const match of masked.matchAll(/^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm)) {
		headings.push({
			text: match[2] ?? '',
			level: match[1]?.length ?? 1,
			line: lineAt(masked, match.index)
		});
	}
	return headings;
}
