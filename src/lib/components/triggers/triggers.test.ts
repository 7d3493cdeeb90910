import { describe, expect, it } from 'vitest';
import { MAX_RESPONSES } from '$lib/diagrams/RutsAndRoads/network';
import {
	acceptMyTriggers,
	addNewRoad,
	addTrigger,
	cuesForDiagram,
	groupByKind,
	MAX_LABEL,
	MAX_NEW_ROADS,
	MAX_TRIGGERS,
	newRoadChoices,
	nextId,
	parseTriggers,
	readMyTriggers,
	removeNewRoad,
	removeTrigger,
	SUGGESTED_ROADS,
	type MyTriggersData,
	type Trigger
} from './triggers';

const list: Trigger[] = [
	{ id: 't1', kind: 'time', label: 'Payday' },
	{ id: 't2', kind: 'person', label: 'Old friend' },
	{ id: 't3', kind: 'feeling', label: 'Lonely' },
	{ id: 't4', kind: 'person', label: 'My cousin' },
	{ id: 't7', kind: 'place', label: 'The bus station' }
];

describe('nextId', () => {
	it.each([
		{ items: [], want: 't1' },
		{ items: list, want: 't8' },
		{ items: [{ id: 'odd', kind: 'time' as const, label: 'x' }], want: 't1' }
	])('$want', ({ items, want }) => expect(nextId(items)).toBe(want));
});

describe('addTrigger', () => {
	it.each([
		{
			name: 'adds a trimmed label',
			kind: 'place' as const,
			text: '  the   corner store ',
			label: 'the corner store'
		},
		{
			name: 'allows the same words under another kind',
			kind: 'thing' as const,
			text: 'payday',
			label: 'payday'
		}
	])('$name', ({ kind, text, label }) => {
		const result = addTrigger(list, kind, text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.added).toEqual({ id: 't8', kind, label });
		expect(result.items).toHaveLength(list.length + 1);
		expect(list).toHaveLength(5); // the input is not changed
	});

	it.each([
		{ name: 'empty', items: list, kind: 'time' as const, text: '   ', error: /a few words/ },
		{
			name: 'too long',
			items: list,
			kind: 'time' as const,
			text: 'x'.repeat(MAX_LABEL + 1),
			error: /short/
		},
		{
			name: 'a duplicate, any case',
			items: list,
			kind: 'time' as const,
			text: 'PAYDAY',
			error: /“Payday” is already/
		},
		{
			name: 'a full list',
			items: Array.from({ length: MAX_TRIGGERS }, (_, i) => ({
				id: `t${i + 1}`,
				kind: 'time' as const,
				label: `n${i}`
			})),
			kind: 'time' as const,
			text: 'one more',
			error: /full/
		}
	])('refuses $name', ({ items, kind, text, error }) => {
		const result = addTrigger(items, kind, text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(error);
	});
});

describe('removeTrigger', () => {
	it.each([
		{ id: 't3', want: ['t1', 't2', 't4', 't7'] },
		{ id: 'nope', want: ['t1', 't2', 't3', 't4', 't7'] }
	])('$id', ({ id, want }) => expect(removeTrigger(list, id).map((t) => t.id)).toEqual(want));
});

describe('groupByKind', () => {
	it('orders kinds people, places, things, feelings, times and skips empty ones', () => {
		expect(groupByKind(list).map((g) => [g.kind, g.items.map((t) => t.id)])).toEqual([
			['person', ['t2', 't4']],
			['place', ['t7']],
			['feeling', ['t3']],
			['time', ['t1']]
		]);
	});
});

describe('cuesForDiagram', () => {
	it.each([
		{ items: [], max: 4, want: [] },
		{ items: list, max: 4, want: ['Old friend', 'The bus station', 'Lonely', 'Payday'] },
		{ items: list, max: 2, want: ['Old friend', 'The bus station'] },
		{
			items: list,
			max: 10,
			want: ['Old friend', 'The bus station', 'Lonely', 'Payday', 'My cousin']
		}
	])('max $max', ({ items, max, want }) => expect(cuesForDiagram(items, max)).toEqual(want));
});

describe('parseTriggers', () => {
	it.each([
		{ name: 'not an array', value: { id: 't1' }, want: [] },
		{ name: 'a good list', value: list, want: list },
		{
			name: 'drops bad items and duplicate ids',
			value: [
				null,
				'text',
				{ id: 't1', kind: 'time', label: 'Payday' },
				{ id: 't1', kind: 'time', label: 'Again' },
				{ id: 't2', kind: 'mood', label: 'Sad' },
				{ id: 't3', kind: 'place', label: '   ' },
				{ id: 't4', kind: 'place', label: 42 },
				{ id: 't5', kind: 'place', label: '  Home  ' },
				{ id: 'x'.repeat(5000), kind: 'place', label: 'Long id' },
				{ id: '<b>', kind: 'place', label: 'Odd id' }
			],
			want: [
				{ id: 't1', kind: 'time', label: 'Payday' },
				{ id: 't5', kind: 'place', label: 'Home' }
			]
		},
		{
			name: 'cuts long labels by character, never inside an emoji, and mends lone surrogates',
			value: [
				{ id: 't1', kind: 'thing', label: 'a' + '😀'.repeat(100) },
				{ id: 't2', kind: 'thing', label: 'half \ud83d' }
			],
			want: [
				{ id: 't1', kind: 'thing', label: 'a' + '😀'.repeat(79) },
				{ id: 't2', kind: 'thing', label: 'half \ufffd' }
			]
		}
	])('$name', ({ value, want }) => expect(parseTriggers(value)).toEqual(want));
});

const emptyData: MyTriggersData = { triggers: [], newRoads: [] };

describe('the saved shape', () => {
	it.each([
		{ name: 'a list saved before new roads', value: list, want: { triggers: list, newRoads: [] } },
		{
			name: 'triggers with new roads',
			value: { triggers: list, newRoads: ['Take a walk', ' Swim  laps '] },
			want: { triggers: list, newRoads: ['Take a walk', 'Swim laps'] }
		},
		{
			name: 'repeats, blanks, non-text and a fourth road dropped',
			value: { triggers: [], newRoads: ['Walk', 'WALK', '', 3, 'Call', 'Tea', 'Fourth'] },
			want: { triggers: [], newRoads: ['Walk', 'Call', 'Tea'] }
		},
		{ name: 'something else read as nothing saved', value: 'text', want: emptyData }
	])('reads $name', ({ value, want }) => expect(readMyTriggers(value)).toEqual(want));

	it.each([
		{ name: 'text', value: 'text' },
		{ name: 'null', value: null },
		{ name: 'an object without a list', value: { newRoads: [] } },
		{ name: 'new roads as text', value: { triggers: [], newRoads: 'Walk' } }
	])('refuses to store $name', ({ value }) => expect(acceptMyTriggers(value)).toBeNull());

	it('never keeps more roads than the picture draws', () => {
		expect(MAX_NEW_ROADS).toBe(MAX_RESPONSES);
	});
});

describe('new roads', () => {
	it.each([
		{ roads: [], text: '  Take   a walk ', want: ['Take a walk'] },
		{ roads: ['Walk'], text: 'Call a friend', want: ['Walk', 'Call a friend'] }
	])('adds "$text"', ({ roads, text, want }) => {
		expect(addNewRoad(roads, text)).toMatchObject({ ok: true, roads: want });
	});

	it.each([
		{ roads: [], text: '   ', error: /Write a few words/ },
		{ roads: [], text: 'x'.repeat(81), error: /80 characters/ },
		{ roads: ['Take a walk'], text: 'take A WALK', error: /already one of your new roads/ },
		{ roads: ['A', 'B', 'C'], text: 'D', error: /You have 3 already/ }
	])('refuses "$text" with a reason', ({ roads, text, error }) => {
		const result = addNewRoad(roads, text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(error);
	});

	it('removes a road whatever its case', () => {
		expect(removeNewRoad(['Walk', 'Call'], 'walk')).toEqual(['Call']);
	});

	it('offers the suggestions, then the learner’s own words once', () => {
		const choices = newRoadChoices(['Play music', 'Swim']);
		expect(choices.slice(0, SUGGESTED_ROADS.length)).toEqual([...SUGGESTED_ROADS]);
		expect(choices.slice(SUGGESTED_ROADS.length)).toEqual(['Swim']);
	});
});
