import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '$lib/server/db/test-db';
import type { OpenDatabase } from '$lib/server/db';
import { learnerItem, user } from '$lib/server/db/schema';
import { learnerItems, saveLearnerItem } from './learner-items';

describe('learner tools in the database', () => {
	let open: OpenDatabase;
	beforeAll(async () => {
		open = await openTestDatabase();
		await open.db.insert(user).values([
			{ id: 'a', email: 'a@example.com', displayName: 'A', passwordHash: 'x' },
			{ id: 'b', email: 'b@example.com', displayName: 'B', passwordHash: 'x' }
		]);
	});
	afterAll(() => open.close());

	it('stores only what the tool parser accepts, and shows it only to its owner', async () => {
		const saved = await saveLearnerItem(open.db, 'a', 'triggers', [
			{ id: 't1', kind: 'place', label: '  the   corner shop ' },
			{ id: 't2', kind: 'weapon', label: 'not a kind' },
			{ id: 't1', kind: 'person', label: 'duplicate id' },
			'<script>alert(1)</script>'
		]);
		expect(saved).toEqual({
			triggers: [{ id: 't1', kind: 'place', label: 'the corner shop' }],
			newRoads: []
		});
		expect(await learnerItems(open.db, 'a')).toEqual({ triggers: saved });
		expect(await learnerItems(open.db, 'b')).toEqual({});
	});

	it('keeps the new roads the learner chose with their cues', async () => {
		const saved = await saveLearnerItem(open.db, 'a', 'triggers', {
			triggers: [{ id: 't1', kind: 'time', label: 'Payday' }],
			newRoads: ['Call a friend', ' call a FRIEND ', 'Go to a meeting', 'Swim', 'Fourth one']
		});
		expect(saved).toEqual({
			triggers: [{ id: 't1', kind: 'time', label: 'Payday' }],
			newRoads: ['Call a friend', 'Go to a meeting', 'Swim']
		});
		expect(await learnerItems(open.db, 'a')).toEqual({ triggers: saved });
	});

	it.each([
		['text', 'not a list'],
		['a number', 7],
		['an object without a list', { triggers: 'x' }],
		['new roads that are not a list', { triggers: [], newRoads: 'Walk' }]
	])('refuses %s and keeps what was saved before', async (_name, data) => {
		const before = await learnerItems(open.db, 'a');
		expect(await saveLearnerItem(open.db, 'a', 'triggers', data)).toBeNull();
		expect(await learnerItems(open.db, 'a')).toEqual(before);
	});

	it('replaces the list on the next save', async () => {
		await saveLearnerItem(open.db, 'a', 'triggers', { triggers: [], newRoads: [] });
		expect(await learnerItems(open.db, 'a')).toEqual({ triggers: { triggers: [], newRoads: [] } });
	});

	it('reads a damaged stored row as nothing saved', async () => {
		await open.db.insert(learnerItem).values({ userId: 'b', kind: 'triggers', data: { x: 1 } });
		expect(await learnerItems(open.db, 'b')).toEqual({});
	});
});

describe('weekly plan and support map', () => {
	let open: OpenDatabase;
	beforeAll(async () => {
		open = await openTestDatabase();
		await open.db
			.insert(user)
			.values({ id: 'c', email: 'c@example.com', displayName: 'C', passwordHash: 'x' });
	});
	afterAll(() => open.close());

	it.each([
		['weekly-plan', { version: 1, entries: [{ id: 'x', day: 'someday' }], ifThen: [] }],
		['weekly-plan', 'not a plan'],
		['support-map', [{ id: 1 }]],
		['support-map', { not: 'a list' }]
	] as const)('refuses invalid %s data and stores nothing', async (kind, data) => {
		expect(await saveLearnerItem(open.db, 'c', kind, data)).toBeNull();
		expect(await learnerItems(open.db, 'c')).toEqual({});
	});

	it('stores a valid plan and an empty map', async () => {
		const plan = { version: 1, entries: [], ifThen: [] };
		expect(await saveLearnerItem(open.db, 'c', 'weekly-plan', plan)).toEqual(plan);
		expect(await saveLearnerItem(open.db, 'c', 'support-map', [])).toEqual([]);
		expect(await learnerItems(open.db, 'c')).toEqual({ 'weekly-plan': plan, 'support-map': [] });
	});
});

describe('learner tools with broken text', () => {
	let open: OpenDatabase;
	beforeAll(async () => {
		open = await openTestDatabase();
		await open.db
			.insert(user)
			.values({ id: 'c', email: 'c@example.com', displayName: 'C', passwordHash: 'x' });
	});
	afterAll(() => open.close());

	// JSON.parse('"\\ud83d"') is a lone surrogate: Postgres refuses it in jsonb (a 500 before).
	it.each([
		['triggers', [{ id: 't1', kind: 'place', label: JSON.parse('"corner \\ud83d"') }]],
		[
			'support-map',
			[{ id: 's1', name: JSON.parse('"Mum \\udc00"'), kind: 'person', closeness: 1 }]
		],
		['weekly-plan', { entries: [], ifThen: [{ if: JSON.parse('"\\ud83d"'), then: 'walk' }] }]
	] as const)('saves %s with lone surrogates mended', async (kind, value) => {
		const saved = await saveLearnerItem(open.db, 'c', kind, value);
		expect(saved).not.toBeNull();
		expect(JSON.stringify(saved)).toContain('\ufffd');
		expect((await learnerItems(open.db, 'c'))[kind]).toEqual(saved);
	});
});
