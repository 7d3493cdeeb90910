import { describe, expect, it } from 'vitest';
import { inlineText, toProse } from './prose';

describe('toProse', () => {
	it.each([
		['drops frontmatter', '---\ntitle: Hi there\n---\n\nYour brain.', 'Your brain.'],
		[
			'ends a heading as a sentence',
			'## What reward is\n\nIt is a signal.',
			'What reward is.\nIt is a signal.'
		],
		[
			'ends each list item as a sentence, wrapped lines included',
			'- First thing\n- Second thing that\n  wraps\n1. Third thing!',
			'First thing.\nSecond thing that wraps.\nThird thing!'
		],
		[
			'keeps link text, drops the URL',
			'Read [the next lesson](/learn/a/b#c).',
			'Read the next lesson.'
		],
		['drops images', 'Look ![a brain](/brain.png) here.', 'Look here.'],
		[
			'drops emphasis markers',
			'This is **very** _plain_ and *kind*.',
			'This is very plain and kind.'
		],
		[
			'keeps the text of a Term, drops its tag',
			'Meet <Term id="dopamine">dopamine</Term>, a messenger.',
			'Meet dopamine, a messenger.'
		],
		['drops a citation entirely', 'It grew. <Cite key="wang2014" />', 'It grew.'],
		['drops a citation with content', 'It grew. <Cite key="x">(Wang 2014)</Cite>', 'It grew.'],
		['drops fenced code', 'Before.\n\n```\nnot prose here\n```\n\nAfter.', 'Before.\nAfter.'],
		['drops inline code', 'Type `npm test` now.', 'Type now.'],
		[
			'drops script and style blocks',
			'<script>\n\timport X from "y";\n</script>\n\nHello.\n\n<style>p { color: red; }</style>',
			'Hello.'
		],
		[
			'drops Svelte expressions and blocks',
			'{#if open}Shown text.{/if} {count} left.',
			'Shown text. left.'
		],
		['drops HTML comments', 'Kept. <!-- a note for authors -->', 'Kept.'],
		['drops blockquote markers', '> A quote line.', 'A quote line.'],
		['drops thematic breaks', 'One.\n\n---\n\nTwo.', 'One.\nTwo.'],
		[
			'reads table rows as sentences',
			'| Drug | Acts on |\n|---|---|\n| Heroin | mu receptors |',
			'Drug, Acts on.\nHeroin, mu receptors.'
		],
		[
			'treats a block component as a break',
			'<Callout>\nStay safe.\n</Callout>\nNext part',
			'Stay safe.\nNext part.'
		]
	])('%s', (_name, markdown, prose) => {
		expect(toProse(markdown)).toBe(prose);
	});
});

describe('inlineText', () => {
	it.each([
		['**Bold** and [link](/x)', 'Bold and link'],
		['snake_case_word stays', 'snake_case_word stays'],
		['Escaped \\* star', 'Escaped star'],
		['Fish &amp; chips&nbsp;today', 'Fish & chips today'],
		['See https://example.org now', 'See now']
	])('%j → %j', (markdown, text) => {
		expect(inlineText(markdown)).toBe(text);
	});
});
