/**
 * "My support map": the people, groups, places and care a learner names, each with how close it
 * feels. Pure rules only (validation, edits, words); the picture's geometry is in layout.ts.
 * `readSupportMap` checks a saved map by hand (no schema library: this file ships to the
 * browser, and the lesson page's script budget is small), so storage can reuse it.
 */

export const KINDS = ['person', 'group', 'place', 'care'] as const;
export type SupportKind = (typeof KINDS)[number];

export const CLOSENESS = [1, 2, 3] as const;
export type Closeness = (typeof CLOSENESS)[number];

export const KIND_TEXT: Record<SupportKind, { label: string; hint: string; article: string }> = {
	person: { label: 'A person', hint: 'a friend, family member or sponsor', article: 'a person' },
	group: { label: 'A group', hint: 'a support group, team or faith group', article: 'a group' },
	place: { label: 'A place', hint: 'a park, library, gym or café', article: 'a place' },
	care: { label: 'Care', hint: 'a counselor, doctor or clinic', article: 'care' }
};

export const CLOSENESS_TEXT: Record<Closeness, string> = {
	1: 'Very close',
	2: 'Close',
	3: 'A bit further'
};

export const MAX_ENTRIES = 12;
export const MAX_NAME = 40;

export interface SupportEntry {
	/** `s1`, `s2`, …: stable, so an entry keeps its place in the picture through edits. */
	id: string;
	name: string;
	kind: SupportKind;
	closeness: Closeness;
}
export type SupportValue = Omit<SupportEntry, 'id'>;

/** What the form holds: strings, as the fields give them. */
export interface Draft {
	name: string;
	kind: string;
	closeness: string;
}

export type DraftErrors = Partial<Record<keyof Draft, string>>;

export const EMPTY_DRAFT: Draft = { name: '', kind: '', closeness: '' };

function isEntry(value: unknown): value is SupportEntry {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const e = value as Record<string, unknown>;
	return (
		Object.keys(e).length === 4 &&
		typeof e.id === 'string' &&
		/^s[0-9]{1,6}$/.test(e.id) &&
		typeof e.name === 'string' &&
		e.name === e.name.trim() &&
		e.name.length > 0 &&
		[...e.name].length <= MAX_NAME &&
		(KINDS as readonly unknown[]).includes(e.kind) &&
		(CLOSENESS as readonly unknown[]).includes(e.closeness)
	);
}

/**
 * A stored map if it is valid (at most 12 entries, each well formed, ids and names unique),
 * else null: what a server should check before saving one.
 */
export function readSupportMap(data: unknown): SupportEntry[] | null {
	if (!Array.isArray(data) || data.length > MAX_ENTRIES || !data.every(isEntry)) return null;
	const ids = new Set(data.map((e) => e.id));
	const names = new Set(data.map((e) => e.name.toLocaleLowerCase()));
	if (ids.size !== data.length || names.size !== data.length) return null;
	return data.map(({ id, name, kind, closeness }) => ({ id, name, kind, closeness }));
}

/** A saved map, or an empty one if what was stored is not a valid map. */
export function parseSupportMap(data: unknown): SupportEntry[] {
	return readSupportMap(data) ?? [];
}

const sameName = (a: string, b: string) =>
	a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Checks a draft against the map; `editingId` is the entry being changed, if any. */
export function validateDraft(
	draft: Draft,
	entries: SupportEntry[],
	editingId?: string
): { ok: true; value: SupportValue } | { ok: false; errors: DraftErrors } {
	const errors: DraftErrors = {};
	const name = draft.name.trim().replace(/\s+/g, ' ');
	const others = entries.filter((e) => e.id !== editingId);
	if (!name) errors.name = 'Write a name, a nickname or a place.';
	else if ([...name].length > MAX_NAME) errors.name = `Keep the name to ${MAX_NAME} characters.`;
	else if (others.some((e) => sameName(e.name, name)))
		errors.name = `${name} is already on your map.`;
	if (!(KINDS as readonly string[]).includes(draft.kind)) errors.kind = 'Choose what it is.';
	const closeness = Number(draft.closeness);
	if (!(CLOSENESS as readonly number[]).includes(closeness)) errors.closeness = 'Choose how close.';
	if (!editingId && entries.length >= MAX_ENTRIES)
		errors.name = `Your map can hold ${MAX_ENTRIES}. Remove one to add another.`;
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		value: { name, kind: draft.kind as SupportKind, closeness: closeness as Closeness }
	};
}

/** An id not used in the map: s1, s2, … (stable, so positions follow an entry through edits). */
export function nextId(entries: SupportEntry[]): string {
	const used = entries.map((e) => Number(e.id.slice(1))).filter(Number.isFinite);
	return `s${Math.max(0, ...used) + 1}`;
}

export function addEntry(entries: SupportEntry[], value: SupportValue): SupportEntry[] {
	return [...entries, { id: nextId(entries), ...value }];
}

export function updateEntry(
	entries: SupportEntry[],
	id: string,
	value: SupportValue
): SupportEntry[] {
	return entries.map((e) => (e.id === id ? { id, ...value } : e));
}

export function removeEntry(entries: SupportEntry[], id: string): SupportEntry[] {
	return entries.filter((e) => e.id !== id);
}

/** The form's fields for an entry being edited. */
export function draftFor(entry: SupportEntry): Draft {
	return { name: entry.name, kind: entry.kind, closeness: String(entry.closeness) };
}

/** "Mum: a person, very close" */
export function entryText(entry: SupportValue): string {
	return `${entry.name}: ${KIND_TEXT[entry.kind].article}, ${CLOSENESS_TEXT[entry.closeness].toLowerCase()}`;
}

function joinNames(names: string[]): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The whole map in words: the text alternative the picture's description and the list share. */
export function summary(entries: SupportEntry[]): string {
	if (entries.length === 0)
		return 'Your map has only you in the middle so far. Add a person, group, place or care that supports you.';
	const count = entries.length === 1 ? '1 support' : `${entries.length} supports`;
	const rings = CLOSENESS.filter((c) => entries.some((e) => e.closeness === c)).map((c) => {
		const names = entries
			.filter((e) => e.closeness === c)
			.map((e) => `${e.name} (${KIND_TEXT[e.kind].article})`);
		return `${CLOSENESS_TEXT[c]}: ${joinNames(names)}.`;
	});
	return `Your map has ${count} around you. ${rings.join(' ')}`;
}

/** What a screen reader hears after a change. */
export function announce(change: 'added' | 'updated' | 'removed', entry: SupportValue): string {
	if (change === 'removed') return `Removed ${entry.name} from your map.`;
	return `${change === 'added' ? 'Added' : 'Updated'} ${entryText(entry)}.`;
}

/** A name short enough to sit under its mark in the picture; the list shows it in full. */
export function shortLabel(name: string, max = 12): string {
	const chars = [...name];
	return chars.length <= max
		? name
		: `${chars
				.slice(0, max - 1)
				.join('')
				.trimEnd()}…`;
}
