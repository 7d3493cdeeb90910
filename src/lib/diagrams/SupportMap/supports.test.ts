import { describe, expect, it } from 'vitest';
import {
	addEntry,
	announce,
	draftFor,
	entryText,
	MAX_ENTRIES,
	nextId,
	parseSupportMap,
	readSupportMap,
	removeEntry,
	shortLabel,
	summary,
	updateEntry,
	validateDraft,
	type Draft,
	type SupportEntry
} from './supports';

const mum: SupportEntry = { id: 's1', name: 'Mum', kind: 'person', closeness: 1 };
const group: SupportEntry = { id: 's2', name: 'Tuesday group', kind: 'group', closeness: 2 };
const park: SupportEntry = { id: 's4', name: 'The park', kind: 'place', closeness: 3 };
const map = [mum, group, park];
const full = Array.from({ length: MAX_ENTRIES }, (_, i) => ({
	id: `s${i + 1}`,
	name: `Friend ${i + 1}`,
	kind: 'person' as const,
	closeness: 2 as const
}));

const draft = (name: string, kind = 'person', closeness = '1'): Draft => ({
	name,
	kind,
	closeness
});

describe('validateDraft', () => {
	it.each([
		// draft, entries, editing id, errors (or the cleaned value)
		[
			draft('  Dr.  Lee '),
			map,
			undefined,
			{ value: { name: 'Dr. Lee', kind: 'person', closeness: 1 } }
		],
		[
			draft('Clinic', 'care', '3'),
			map,
			undefined,
			{ value: { name: 'Clinic', kind: 'care', closeness: 3 } }
		],
		[draft(''), map, undefined, { errors: { name: 'Write a name, a nickname or a place.' } }],
		[draft('   '), map, undefined, { errors: { name: 'Write a name, a nickname or a place.' } }],
		[
			draft('x'.repeat(41)),
			map,
			undefined,
			{ errors: { name: 'Keep the name to 40 characters.' } }
		],
		[
			draft('x'.repeat(40)),
			map,
			undefined,
			{ value: { name: 'x'.repeat(40), kind: 'person', closeness: 1 } }
		],
		[draft('mum'), map, undefined, { errors: { name: 'mum is already on your map.' } }],
		// Editing an entry may keep its own name.
		[
			draft('Mum', 'person', '2'),
			map,
			's1',
			{ value: { name: 'Mum', kind: 'person', closeness: 2 } }
		],
		[draft('The Park'), map, 's1', { errors: { name: 'The Park is already on your map.' } }],
		[draft('Sam', ''), map, undefined, { errors: { kind: 'Choose what it is.' } }],
		[draft('Sam', 'pet'), map, undefined, { errors: { kind: 'Choose what it is.' } }],
		[draft('Sam', 'person', ''), map, undefined, { errors: { closeness: 'Choose how close.' } }],
		[draft('Sam', 'person', '4'), map, undefined, { errors: { closeness: 'Choose how close.' } }],
		[
			draft('', '', ''),
			[],
			undefined,
			{
				errors: {
					name: 'Write a name, a nickname or a place.',
					kind: 'Choose what it is.',
					closeness: 'Choose how close.'
				}
			}
		],
		[
			draft('Sam'),
			full,
			undefined,
			{ errors: { name: 'Your map can hold 12. Remove one to add another.' } }
		],
		// A full map can still be edited.
		[draft('Sam'), full, 's3', { value: { name: 'Sam', kind: 'person', closeness: 1 } }]
	])('%j on a map of %#', (input, entries, editing, expected) => {
		const result = validateDraft(input, entries, editing);
		if ('value' in expected) expect(result).toEqual({ ok: true, value: expected.value });
		else expect(result).toEqual({ ok: false, errors: expected.errors });
	});
});

describe('editing the map', () => {
	it.each([
		[[], 's1'],
		[[mum], 's2'],
		[map, 's5'],
		[[park], 's5']
	])('the next id after %j is %s', (entries, id) => {
		expect(nextId(entries)).toBe(id);
	});

	it('adds at the end with a new id, without changing the old list', () => {
		const before = [mum];
		const after = addEntry(before, { name: 'Clinic', kind: 'care', closeness: 2 });
		expect(after).toEqual([mum, { id: 's2', name: 'Clinic', kind: 'care', closeness: 2 }]);
		expect(before).toEqual([mum]);
	});

	it('updates one entry in place and keeps its id', () => {
		expect(updateEntry(map, 's2', { name: 'NA group', kind: 'group', closeness: 1 })).toEqual([
			mum,
			{ id: 's2', name: 'NA group', kind: 'group', closeness: 1 },
			park
		]);
	});

	it.each([
		['s2', [mum, park]],
		['s9', map]
	])('removing %s leaves %j', (id, left) => {
		expect(removeEntry(map, id)).toEqual(left);
	});

	it('fills the form from an entry', () => {
		expect(draftFor(group)).toEqual({ name: 'Tuesday group', kind: 'group', closeness: '2' });
	});
});

describe('readSupportMap and parseSupportMap', () => {
	it.each([
		// stored data, valid?
		[map, true],
		[[], true],
		[full, true],
		[null, false],
		['Mum', false],
		[{ 0: mum }, false],
		[[null], false],
		[[{ ...mum, closeness: 5 }], false],
		[[{ ...mum, closeness: '1' }], false],
		[[{ ...mum, kind: 'pet' }], false],
		[[{ ...mum, id: 'x' }], false],
		[[{ ...mum, id: 1 }], false],
		[[{ ...mum, name: '' }], false],
		[[{ ...mum, name: ' Mum' }], false],
		[[{ ...mum, name: 'x'.repeat(41) }], false],
		[[{ ...mum, extra: true }], false],
		[[{ id: 's1', name: 'Mum', kind: 'person' }], false],
		[[mum, { ...group, id: 's1' }], false],
		[[mum, { ...group, name: 'MUM' }], false],
		[[...full, { ...mum, id: 's99' }], false]
	])('%j is valid: %s', (input, valid) => {
		expect(readSupportMap(input)).toEqual(valid ? input : null);
		expect(parseSupportMap(input)).toEqual(valid ? input : []);
	});

	it('returns copies, so later edits never change the stored data', () => {
		const stored = [{ ...mum }];
		const read = readSupportMap(stored)!;
		read[0]!.name = 'Changed';
		expect(stored[0]!.name).toBe('Mum');
	});
});

describe('words', () => {
	it.each([
		[mum, 'Mum: a person, very close'],
		[group, 'Tuesday group: a group, close'],
		[park, 'The park: a place, a bit further'],
		[{ name: 'Dr. Lee', kind: 'care', closeness: 2 } as const, 'Dr. Lee: care, close']
	])('entryText(%j) → "%s"', (entry, text) => {
		expect(entryText(entry)).toBe(text);
	});

	it.each([
		[
			[],
			'Your map has only you in the middle so far. Add a person, group, place or care that supports you.'
		],
		[[mum], 'Your map has 1 support around you. Very close: Mum (a person).'],
		[
			map,
			'Your map has 3 supports around you. Very close: Mum (a person). Close: Tuesday group (a group). A bit further: The park (a place).'
		],
		[
			[mum, { ...park, closeness: 1 }, { ...group, id: 's5', name: 'Dr. Lee', kind: 'care' }],
			'Your map has 3 supports around you. Very close: Mum (a person) and The park (a place). Close: Dr. Lee (care).'
		]
	])('summary of %j', (entries, text) => {
		expect(summary(entries as SupportEntry[])).toBe(text);
	});

	it.each([
		['added', 'Added Mum: a person, very close.'],
		['updated', 'Updated Mum: a person, very close.'],
		['removed', 'Removed Mum from your map.']
	] as const)('announces %s', (change, text) => {
		expect(announce(change, mum)).toBe(text);
	});

	it.each([
		['Mum', 'Mum'],
		['Twelve chars', 'Twelve chars'],
		['Thirteen char', 'Thirteen ch…'],
		['Tuesday evening group', 'Tuesday eve…'],
		['Big brother Al', 'Big brother…']
	])('shortLabel("%s") → "%s"', (name, label) => {
		expect(shortLabel(name)).toBe(label);
	});
});
