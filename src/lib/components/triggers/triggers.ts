import { characters } from '$lib/text';

/**
 * "My triggers": the learner's own list of people, places, things, feelings and times linked with
 * using. Pure list operations for the editor; the list is private, and where it is stored (only
 * for signed-in learners) is up to the page that uses the editor.
 */

export const TRIGGER_KINDS = ['person', 'place', 'thing', 'feeling', 'time'] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

export interface Trigger {
	id: string;
	kind: TriggerKind;
	label: string;
}

export const KINDS: Record<TriggerKind, { one: string; many: string; example: string }> = {
	person: { one: 'a person', many: 'People', example: 'for example, an old friend' },
	place: { one: 'a place', many: 'Places', example: 'for example, a street or a room' },
	thing: { one: 'a thing', many: 'Things', example: 'for example, a song or cash in hand' },
	feeling: { one: 'a feeling', many: 'Feelings', example: 'for example, bored or lonely' },
	time: { one: 'a time', many: 'Times', example: 'for example, payday or late at night' }
};

export const MAX_TRIGGERS = 40;
export const MAX_LABEL = 80;

export const isKind = (value: unknown): value is TriggerKind =>
	typeof value === 'string' && (TRIGGER_KINDS as readonly string[]).includes(value);

export function normaliseLabel(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Ids are what nextId makes (`t1`, `t2`, …), so a stored id is short and plain. */
const isId = (value: unknown): value is string =>
	typeof value === 'string' && /^t\d{1,6}$/.test(value);

/** The next free id (`t1`, `t2`, …): ids only need to be unique within one list. */
export function nextId(items: readonly Trigger[]): string {
	const used = items.map((t) => Number(/^t(\d+)$/.exec(t.id)?.[1] ?? 0));
	return `t${Math.max(0, ...used) + 1}`;
}

export type AddResult =
	{ ok: true; items: Trigger[]; added: Trigger } | { ok: false; error: string };

export function addTrigger(items: readonly Trigger[], kind: TriggerKind, text: string): AddResult {
	const label = normaliseLabel(text);
	if (!label) return { ok: false, error: 'Write a few words first.' };
	if (label.length > MAX_LABEL) {
		return { ok: false, error: `Keep it short: ${MAX_LABEL} characters at most.` };
	}
	if (items.length >= MAX_TRIGGERS) {
		return { ok: false, error: `Your list is full (${MAX_TRIGGERS}). Remove one to add another.` };
	}
	const same = items.find((t) => t.kind === kind && t.label.toLowerCase() === label.toLowerCase());
	if (same) return { ok: false, error: `“${same.label}” is already on your list.` };
	const added: Trigger = { id: nextId(items), kind, label };
	return { ok: true, items: [...items, added], added };
}

export function removeTrigger(items: readonly Trigger[], id: string): Trigger[] {
	return items.filter((t) => t.id !== id);
}

/** The list in kind order (people first), keeping the learner's order within each kind. */
export function groupByKind(items: readonly Trigger[]): { kind: TriggerKind; items: Trigger[] }[] {
	return TRIGGER_KINDS.map((kind) => ({
		kind,
		items: items.filter((t) => t.kind === kind)
	})).filter((group) => group.items.length > 0);
}

/**
 * Up to `max` labels to seed the "Ruts and roads" diagram with: one of each kind in turn, so the
 * picture shows a mix (a person, a place, a feeling…) rather than the first few of one kind.
 */
export function cuesForDiagram(items: readonly Trigger[], max = 4): string[] {
	const groups = groupByKind(items).map((g) => g.items);
	const out: string[] = [];
	for (let round = 0; out.length < max && groups.some((g) => g.length > round); round++) {
		for (const group of groups) {
			const item = group[round];
			if (item && out.length < max) out.push(item.label);
		}
	}
	return out;
}

/** Reads a stored list defensively: keeps well-formed items, drops the rest and duplicates. */
export function parseTriggers(value: unknown): Trigger[] {
	// Saved data is `{ triggers, responses }`; lists saved before new roads existed are bare arrays.
	const list = isRecord(value) ? value.triggers : value;
	if (!Array.isArray(list)) return [];
	const out: Trigger[] = [];
	const ids = new Set<string>();
	for (const raw of list) {
		if (typeof raw !== 'object' || raw === null) continue;
		const { id, kind, label } = raw as Record<string, unknown>;
		if (!isId(id) || ids.has(id) || !isKind(kind) || typeof label !== 'string') continue;
		// Cut by code point, never inside a surrogate pair: half an emoji is not valid JSON text
		// for Postgres, and a lone surrogate sent in JSON becomes U+FFFD the same way.
		const clean = characters(normaliseLabel(label)).slice(0, MAX_LABEL).join('').trim();
		if (!clean) continue;
		ids.add(id);
		out.push({ id, kind, label: clean });
		if (out.length === MAX_TRIGGERS) break;
	}
	return out;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * "New roads": what the learner plans to do instead when a cue pulls. They become the responses
 * in the "Ruts and roads" picture, practised in turn, so at most as many as it draws.
 */
export const MAX_NEW_ROADS = 3;
export const SUGGESTED_ROADS = [
	'Take a walk',
	'Call a friend',
	'Go to a meeting',
	'Make some tea',
	'Play music',
	'Do some stretches'
] as const;

/** Everything the "My triggers" tool saves. */
export interface MyTriggersData {
	triggers: Trigger[];
	newRoads: string[];
}

/** Reads stored new roads defensively: trimmed, short, no repeats, at most three. */
export function parseNewRoads(value: unknown): string[] {
	const list = isRecord(value) ? value.newRoads : undefined;
	if (!Array.isArray(list)) return [];
	const out: string[] = [];
	for (const raw of list) {
		if (typeof raw !== 'string') continue;
		const label = characters(normaliseLabel(raw)).slice(0, MAX_LABEL).join('').trim();
		if (!label || out.some((r) => r.toLowerCase() === label.toLowerCase())) continue;
		out.push(label);
		if (out.length === MAX_NEW_ROADS) break;
	}
	return out;
}

export function readMyTriggers(value: unknown): MyTriggersData {
	return { triggers: parseTriggers(value), newRoads: parseNewRoads(value) };
}

/**
 * What the server accepts for the "triggers" item: the saved shape (or a bare list), cleaned;
 * anything else is refused (null) rather than stored as an empty list over the learner's own.
 */
export function acceptMyTriggers(value: unknown): MyTriggersData | null {
	const list = isRecord(value) ? value.triggers : value;
	if (!Array.isArray(list)) return null;
	if (isRecord(value) && value.newRoads !== undefined && !Array.isArray(value.newRoads))
		return null;
	return readMyTriggers(value);
}

export type RoadResult =
	{ ok: true; roads: string[]; label: string } | { ok: false; error: string };

/** Adds a new road (a suggestion or the learner's own words). */
export function addNewRoad(roads: readonly string[], text: string): RoadResult {
	const label = normaliseLabel(text);
	if (!label) return { ok: false, error: 'Write a few words first.' };
	if (label.length > MAX_LABEL) {
		return { ok: false, error: `Keep it short: ${MAX_LABEL} characters at most.` };
	}
	const same = roads.find((r) => r.toLowerCase() === label.toLowerCase());
	if (same) return { ok: false, error: `“${same}” is already one of your new roads.` };
	if (roads.length >= MAX_NEW_ROADS) {
		return {
			ok: false,
			error: `You have ${MAX_NEW_ROADS} already. Take one off to add “${label}”.`
		};
	}
	return { ok: true, roads: [...roads, label], label };
}

export function removeNewRoad(roads: readonly string[], label: string): string[] {
	return roads.filter((r) => r.toLowerCase() !== label.toLowerCase());
}

/** The choices to show: the suggestions, then any of the learner's own words not among them. */
export function newRoadChoices(roads: readonly string[]): string[] {
	const suggested = SUGGESTED_ROADS.map((s) => s.toLowerCase());
	return [...SUGGESTED_ROADS, ...roads.filter((r) => !suggested.includes(r.toLowerCase()))];
}
