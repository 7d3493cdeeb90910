import { inlineText } from './lint/prose.ts';

/**
 * The id a heading gets, so `#fragment` links can point at it. Same rule as github-slugger (used
 * by rehype-slug and GitHub itself): lower-case, drop every character that is not a letter, a
 * combining mark, a decimal digit, a connector such as `_`, a space or a hyphen, then turn each
 * space into a hyphen (runs are not collapsed, exactly as github-slugger does).
 * Pass the heading's visible text (Markdown and tags already stripped).
 * github-slugger also appends -1, -2 to repeated headings in one document; this does not, so the
 * content check treats such fragments as broken: give each heading in a lesson its own words.
 */
export function headingId(text: string): string {
	return text
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc} -]/gu, '')
		.replace(/ /g, '-');
}

/** The visible text of a heading's Markdown source: no tags, `{expressions}` or Markdown marks. */
export function headingTitle(source: string): string {
	return inlineText(source.replace(/<[^>]*>|\{[^}]*\}/g, ''));
}
