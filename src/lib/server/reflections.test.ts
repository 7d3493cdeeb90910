import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '$lib/server/db/test-db';
import type { OpenDatabase } from '$lib/server/db';
import { user } from '$lib/server/db/schema';
import { buildCourse, findLesson } from '$lib/content/course';
import {
	checkReflection,
	importGuestReflections,
	lessonOfPrompt,
	reflectionsForLesson,
	saveReflection
} from './reflections';
import { importGuestData, parseGuestField } from './guest-import';
import { lastPosition, lessonState } from './progress';

const course = buildCourse([
	{
		path: 'lessons/01-mod/module.md',
		raw: '---\ntitle: M\nsummary: S\noutcomes: [O]\n---\n'
	},
	{
		path: 'lessons/01-mod/01-first.md',
		raw: '---\ntitle: First\nminutes: 5\nobjectives: [O]\n---\n## Start\n<Reflection id="why" prompt="Why?" />\n## Later\n'
	}
]);
const lesson = findLesson(course, 'mod', 'first')!;

describe('reflection rules', () => {
	it.each([
		['', 'Write something'],
		['   \n ', 'Write something'],
		['A thought.', null],
		['é'.repeat(5000), null],
		['é'.repeat(5001), 'Keep it under 5000']
	])('%#: checks length and emptiness', (body, message) => {
		const problem = checkReflection(body);
		if (message === null) expect(problem).toBeNull();
		else expect(problem).toContain(message);
	});

	it.each([
		['first/why', 'first'],
		['first/nope', undefined],
		['other/why', undefined],
		['first', undefined],
		['first/why/extra', undefined]
	])('prompt %s belongs to %s', (promptId, slug) => {
		expect(lessonOfPrompt(course, promptId)?.slug).toBe(slug);
	});
});

describe('reflections and guest data in the database', () => {
	let open: OpenDatabase;
	beforeAll(async () => {
		open = await openTestDatabase();
		await open.db.insert(user).values([
			{ id: 'a', email: 'a@example.com', displayName: 'A', passwordHash: 'x' },
			{ id: 'b', email: 'b@example.com', displayName: 'B', passwordHash: 'x' }
		]);
	});
	afterAll(() => open.close());

	it('saves, updates and shows a reflection only to its author', async () => {
		await saveReflection(open.db, 'a', lesson, { promptId: 'first/why', body: 'One' });
		await saveReflection(open.db, 'a', lesson, { promptId: 'first/why', body: 'Two' });
		expect(await reflectionsForLesson(open.db, 'a', 'first')).toEqual({ 'first/why': 'Two' });
		expect(await reflectionsForLesson(open.db, 'b', 'first')).toEqual({});
	});

	it('imports guest notes without overwriting what the account has', async () => {
		const n = await importGuestReflections(open.db, 'a', course, [
			{ promptId: 'first/why', body: 'From the device' },
			{ promptId: 'first/unknown', body: 'Dropped' },
			{ promptId: 'first/why', body: '' }
		]);
		expect(n).toBe(0);
		expect(await reflectionsForLesson(open.db, 'a', 'first')).toEqual({ 'first/why': 'Two' });
	});

	it('imports a guest’s lessons and notes from the posted field, ignoring junk', async () => {
		const raw = JSON.stringify({
			lessons: {
				first: { moduleSlug: 'mod', section: 'later', completed: true, updatedAt: 1 },
				ghost: { moduleSlug: 'mod', section: '', completed: true, updatedAt: 1 }
			},
			reflections: { 'first/why': { lessonSlug: 'first', body: 'Guest words', updatedAt: 1 } }
		});
		expect(await importGuestData(open.db, 'b', course, raw)).toBe(2);
		expect(await reflectionsForLesson(open.db, 'b', 'first')).toEqual({
			'first/why': 'Guest words'
		});
		expect((await lessonState(open.db, 'b', 'first'))?.completedAt).toBeInstanceOf(Date);
		expect(await lastPosition(open.db, 'b', course)).toEqual({
			moduleSlug: 'mod',
			lessonSlug: 'first',
			section: 'later'
		});
		for (const junk of ['', 'nope', '{"lessons": 5}', 'x'.repeat(300_000)]) {
			expect(parseGuestField(junk)).toBeNull();
			expect(await importGuestData(open.db, 'b', course, junk)).toBe(0);
		}
	});
});
