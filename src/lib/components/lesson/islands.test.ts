import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { course } from '$lib/content/catalog.server';
import { lessonRegistries } from '$lib/content/registries.server';
import { loadLessonComponent } from '$lib/content/lesson-components';
import type { LessonContext } from './context';
import { ISLANDS, isIslandName } from './island-registry';
import IslandRoot from './IslandRoot.svelte';
import LessonBody from './LessonBody.svelte';

const lessons = course.modules.flatMap((m) => m.lessons);

function contextOf(lesson: (typeof lessons)[number]): LessonContext {
	const registries = lessonRegistries(lesson);
	return {
		moduleSlug: lesson.moduleSlug,
		lessonSlug: lesson.slug,
		references: lesson.references,
		referenceTexts: registries.references,
		glossary: registries.glossary,
		signedIn: false,
		reflections: {},
		items: {},
		form: null
	};
}

const unescape = (s: string) =>
	s
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');

// `$props.id()` numbers ids in render order (s1, s2 …); hydration reads them from the marks the
// server left, so an island's ids may differ from a render of it alone.
const sameIds = (html: string) => html.replace(/\bs\d+(?=-|"|-->)/g, 's#');

const ISLAND = /<div class="island[^"]*" data-island="([^"]*)" data-props="([^"]*)">/g;

describe('lesson islands', () => {
	for (const lesson of lessons) {
		it(`${lesson.file}: each island's server render is what the browser hydrates`, async () => {
			const lessonContext = contextOf(lesson);
			const Body = await loadLessonComponent(lesson.file);
			const { body: page } = render(LessonBody, {
				props: { Body, lesson: lessonContext, completed: false }
			});
			// What every island is hydrated with, besides its own props.
			const sent = page.match(/data-lesson="([^"]*)"/)?.[1] ?? '';
			expect(JSON.parse(unescape(sent))).toEqual(lessonContext);
			const islands = [...page.matchAll(ISLAND)];
			// Every lesson has at least its complete button.
			expect(islands.map((m) => m[1])).toContain('CompleteLesson');
			for (const [open, name, rawProps] of islands) {
				expect(isIslandName(name), `${name} is in ISLANDS`).toBe(true);
				const Part = (await ISLANDS[name as keyof typeof ISLANDS]()).default as Component<
					Record<string, unknown>
				>;
				const props = JSON.parse(unescape(rawProps!)) as Record<string, unknown>;
				// What `hydrate` will find: the same markup, from the loader's component and the JSON.
				const { body: alone } = render(IslandRoot, {
					props: { Part, props, lesson: lessonContext }
				});
				expect(sameIds(page), `${lesson.file}: ${name}`).toContain(
					sameIds(`${open}${alone}</div>`)
				);
			}
		});
	}

	it('leaves prose, citations and terms out of the islands', async () => {
		const lesson = lessons[0]!;
		const { body } = render(LessonBody, {
			props: {
				Body: await loadLessonComponent(lesson.file),
				lesson: contextOf(lesson),
				completed: true
			}
		});
		// Prose, callouts and citations are plain HTML: only the listed parts carry data-island.
		const names = [...body.matchAll(ISLAND)].map((m) => m[1]);
		expect(names.every((n) => isIslandName(n))).toBe(true);
		expect(body).toMatch(/data-disclosure/);
		expect(body).not.toMatch(/data-island="(Cite|Term|Callout)"/);
	});
});
