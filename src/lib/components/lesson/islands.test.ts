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

/**
 * What each part draws on the server from the learner's saved state and a form's answer: the box
 * must be right before any script runs (and with none), so nothing may wait for an effect.
 */
describe('each part draws the learner’s state on the server', () => {
	const lesson = lessons.find((l) => l.prompts.length > 0)!;
	const prompt = lesson.prompts[0]!;
	const promptId = `${lesson.slug}/${prompt}`;
	const signedIn = (over: Partial<LessonContext> = {}): LessonContext => ({
		...contextOf(lesson),
		signedIn: true,
		...over
	});
	async function draw(
		name: keyof typeof ISLANDS,
		props: Record<string, unknown>,
		context: LessonContext
	) {
		const Part = (await ISLANDS[name]()).default as Component<Record<string, unknown>>;
		return render(IslandRoot, { props: { Part, props, lesson: context } }).body;
	}
	const textOf = (html: string) => html.match(/<textarea[^>]*>([\s\S]*?)<\/textarea>/)?.[1];

	it('Reflection: the saved text', async () => {
		const html = await draw(
			'Reflection',
			{ id: prompt, prompt: 'Why?' },
			signedIn({ reflections: { [promptId]: 'My sister asked me.' } })
		);
		expect(textOf(html)).toBe('My sister asked me.');
		expect(html).not.toContain('Saved.');
	});

	it('Reflection: after a save, the text and "Saved.", and the post lands on the box', async () => {
		const html = await draw(
			'Reflection',
			{ id: prompt, prompt: 'Why?' },
			signedIn({
				reflections: { [promptId]: 'Just saved.' },
				form: { reflection: { promptId, body: 'Just saved.', saved: true } }
			})
		);
		expect(textOf(html)).toBe('Just saved.');
		expect(html).toMatch(/role="status"[^>]*>Saved\.</);
		expect(html).toContain(`action="?/reflect#reflection-${prompt}-part"`);
		expect(html).toContain(`id="reflection-${prompt}-part"`);
	});

	it('Reflection: after a refused save, what was typed and the reason beside the box', async () => {
		const html = await draw(
			'Reflection',
			{ id: prompt, prompt: 'Why?' },
			signedIn({
				reflections: { [promptId]: 'Older text.' },
				form: { reflection: { promptId, body: 'x'.repeat(12), error: 'Keep it short.' } }
			})
		);
		expect(textOf(html)).toBe('x'.repeat(12));
		expect(html).toContain('Keep it short.');
		expect(html).toContain('aria-invalid="true"');
	});

	it('Reflection: another box’s answer leaves this one as saved', async () => {
		const html = await draw(
			'Reflection',
			{ id: prompt, prompt: 'Why?' },
			signedIn({
				reflections: { [promptId]: 'Mine.' },
				form: { reflection: { promptId: `${lesson.slug}/other`, body: 'Theirs.', saved: true } }
			})
		);
		expect(textOf(html)).toBe('Mine.');
		expect(html).not.toContain('Saved.');
	});

	it('CompleteLesson: done, with the next step, or the button, the rule and a post that lands here', async () => {
		const next = { href: '/learn/a/b', title: 'The next one' };
		const done = await draw('CompleteLesson', { completed: true, next }, signedIn());
		expect(done).toContain('You have finished this lesson.');
		expect(done).toContain('<a href="/learn/a/b">The next one</a>');
		const open = await draw('CompleteLesson', { completed: false, next }, signedIn());
		expect(open).toContain('Mark this lesson complete');
		expect(open).toContain('counts as done when you reach the end');
		expect(open).toContain('action="?/complete#lesson-complete"');
		const refused = await draw(
			'CompleteLesson',
			{ completed: false },
			signedIn({
				signedIn: false,
				form: { complete: { error: 'Log in to mark lessons complete.' } }
			})
		);
		expect(refused).toContain('Log in to mark lessons complete.');
	});

	it('MyTriggers: the saved list and new roads', async () => {
		const html = await draw(
			'MyTriggers',
			{},
			signedIn({
				items: {
					triggers: {
						triggers: [{ id: 't1', kind: 'place', label: 'The corner by the station' }],
						newRoads: ['Call my sponsor']
					}
				}
			})
		);
		expect(html).toContain('The corner by the station');
		expect(html).toContain('Call my sponsor');
	});

	it('MySupportMap: the saved people', async () => {
		const html = await draw(
			'MySupportMap',
			{},
			signedIn({
				items: {
					'support-map': [{ id: 's1', name: 'Dr Lee at the clinic', kind: 'care', closeness: 2 }]
				}
			})
		);
		expect(html).toContain('Dr Lee at the clinic');
	});

	it('MyWeeklyPlan: the saved plan', async () => {
		const plan = {
			version: 1,
			entries: [
				{ id: 'e1', activity: 'walking', day: 'mon', minutes: 25, where: 'The park', withWhom: '' }
			],
			ifThen: []
		};
		const html = await draw('MyWeeklyPlan', {}, signedIn({ items: { 'weekly-plan': plan } }));
		expect(html).toContain('The park');
	});
});
