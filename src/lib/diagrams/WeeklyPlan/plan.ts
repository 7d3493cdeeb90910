/**
 * The weekly movement plan: what, which days, how many minutes, where and with whom, plus a few
 * if-then plans for when something gets in the way. Pure data and state transitions only; the
 * components draw it and the server (when it stores plans) validates with `parsePlan`.
 *
 * The yardstick is the WHO 2020 guideline for adults (Bull FC, et al. Br J Sports Med
 * 2020;54(24):1451–1462, key `bull2020`): 150–300 minutes of moderate-intensity aerobic activity
 * a week, muscle-strengthening activity on 2 or more days a week, and "some physical activity is
 * better than none".
 */

import { characters } from '$lib/text';

export const DAYS = [
	{ id: 'mon', short: 'Mon', tiny: 'Mo', name: 'Monday' },
	{ id: 'tue', short: 'Tue', tiny: 'Tu', name: 'Tuesday' },
	{ id: 'wed', short: 'Wed', tiny: 'We', name: 'Wednesday' },
	{ id: 'thu', short: 'Thu', tiny: 'Th', name: 'Thursday' },
	{ id: 'fri', short: 'Fri', tiny: 'Fr', name: 'Friday' },
	{ id: 'sat', short: 'Sat', tiny: 'Sa', name: 'Saturday' },
	{ id: 'sun', short: 'Sun', tiny: 'Su', name: 'Sunday' }
] as const;
export type DayId = (typeof DAYS)[number]['id'];

/** `moderate` counts toward the 150 minutes; strength and stretching are shown but kept apart. */
export type Kind = 'moderate' | 'strength' | 'gentle';

export const ACTIVITIES = [
	{ id: 'walking', label: 'Brisk walking', kind: 'moderate' },
	{ id: 'cycling', label: 'Cycling', kind: 'moderate' },
	{ id: 'dancing', label: 'Dancing', kind: 'moderate' },
	{ id: 'swimming', label: 'Swimming', kind: 'moderate' },
	{ id: 'team-sport', label: 'Team sport', kind: 'moderate' },
	{ id: 'group-class', label: 'Group exercise class', kind: 'moderate' },
	{ id: 'strength', label: 'Strength (weights, bands or body weight)', kind: 'strength' },
	{ id: 'stretching', label: 'Stretching or gentle yoga', kind: 'gentle' }
] as const satisfies readonly { id: string; label: string; kind: Kind }[];
export type ActivityId = (typeof ACTIVITIES)[number]['id'];

export const GUIDELINE = { low: 150, high: 300 } as const;
export const LIMITS = {
	/** Minutes in one entry: 0–300 (300 is the top of the weekly guideline range). */
	minutes: 300,
	entries: 42,
	text: 60,
	ifThen: 3,
	ifThenText: 140
} as const;
export const STEP = 5;

export interface PlanEntry {
	id: string;
	activity: ActivityId;
	day: DayId;
	minutes: number;
	where: string;
	withWhom: string;
}

export interface IfThen {
	if: string;
	then: string;
}

export interface Plan {
	version: 1;
	entries: PlanEntry[];
	ifThen: IfThen[];
}

export function emptyPlan(): Plan {
	return { version: 1, entries: [], ifThen: [] };
}

const dayIds: readonly string[] = DAYS.map((d) => d.id);
const activityIds: readonly string[] = ACTIVITIES.map((a) => a.id);

export const isDay = (value: unknown): value is DayId =>
	typeof value === 'string' && dayIds.includes(value);
export const isActivity = (value: unknown): value is ActivityId =>
	typeof value === 'string' && activityIds.includes(value);

export function activity(id: ActivityId) {
	return ACTIVITIES.find((a) => a.id === id) ?? ACTIVITIES[0];
}

export function dayName(id: DayId): string {
	return DAYS.find((d) => d.id === id)?.name ?? id;
}

/** What the learner fills in to add an activity; minutes arrive as typed. */
export interface Draft {
	activity: string;
	days: string[];
	minutes: string | number;
	where?: string;
	withWhom?: string;
}

export type DraftField = 'activity' | 'days' | 'minutes' | 'where' | 'withWhom';
export type DraftErrors = Partial<Record<DraftField, string>>;

/** Minutes as a whole number 0–300, or an error message. */
export function checkMinutes(value: string | number): number | string {
	const text = String(value).trim();
	if (text === '') return 'Enter how many minutes.';
	if (!/^\d+$/.test(text)) return 'Use a whole number of minutes, like 20.';
	const minutes = Number(text);
	if (minutes > LIMITS.minutes) return `Keep it to ${LIMITS.minutes} minutes or less.`;
	return minutes;
}

function checkText(value: string | undefined, label: string): string | undefined {
	if ((value ?? '').trim().length > LIMITS.text)
		return `Keep “${label}” under ${LIMITS.text} letters.`;
	return undefined;
}

/** Checks a draft; an empty object means it can be added. Adding needs at least 1 minute. */
export function validateDraft(draft: Draft): DraftErrors {
	const errors: DraftErrors = {};
	if (!isActivity(draft.activity)) errors.activity = 'Choose an activity.';
	if (draft.days.length === 0 || !draft.days.every(isDay)) errors.days = 'Choose at least one day.';
	const minutes = checkMinutes(draft.minutes);
	if (typeof minutes === 'string') errors.minutes = minutes;
	else if (minutes === 0) errors.minutes = 'Add at least 1 minute.';
	const where = checkText(draft.where, 'Where');
	if (where) errors.where = where;
	const withWhom = checkText(draft.withWhom, 'With whom');
	if (withWhom) errors.withWhom = withWhom;
	return errors;
}

/**
 * Adds a valid draft, one entry per chosen day. The same activity on a day it is already planned
 * for adds to that entry's minutes (up to 300) rather than making a second row.
 */
export function addDraft(plan: Plan, draft: Draft, newId: () => string): Plan {
	if (Object.keys(validateDraft(draft)).length > 0) return plan;
	const minutes = Number(String(draft.minutes).trim());
	const entries = [...plan.entries];
	for (const day of DAYS.map((d) => d.id).filter((d) => draft.days.includes(d))) {
		const at = entries.findIndex((e) => e.activity === draft.activity && e.day === day);
		const where = (draft.where ?? '').trim();
		const withWhom = (draft.withWhom ?? '').trim();
		if (at >= 0) {
			const old = entries[at]!;
			entries[at] = {
				...old,
				minutes: Math.min(LIMITS.minutes, old.minutes + minutes),
				where: where || old.where,
				withWhom: withWhom || old.withWhom
			};
		} else if (entries.length < LIMITS.entries) {
			entries.push({
				id: newId(),
				activity: draft.activity as ActivityId,
				day,
				minutes,
				where,
				withWhom
			});
		}
	}
	return { ...plan, entries: sortEntries(entries) };
}

const dayOrder = (d: DayId) => dayIds.indexOf(d);
const activityOrder = (a: ActivityId) => activityIds.indexOf(a);

export function sortEntries(entries: PlanEntry[]): PlanEntry[] {
	return [...entries].sort(
		(a, b) =>
			dayOrder(a.day) - dayOrder(b.day) || activityOrder(a.activity) - activityOrder(b.activity)
	);
}

export function clampMinutes(minutes: number): number {
	if (!Number.isFinite(minutes)) return 0;
	return Math.min(LIMITS.minutes, Math.max(0, Math.round(minutes)));
}

export function setMinutes(plan: Plan, id: string, minutes: number): Plan {
	return {
		...plan,
		entries: plan.entries.map((e) => (e.id === id ? { ...e, minutes: clampMinutes(minutes) } : e))
	};
}

export function removeEntry(plan: Plan, id: string): Plan {
	return { ...plan, entries: plan.entries.filter((e) => e.id !== id) };
}

export function addIfThen(plan: Plan): Plan {
	if (plan.ifThen.length >= LIMITS.ifThen) return plan;
	return { ...plan, ifThen: [...plan.ifThen, { if: '', then: '' }] };
}

export function setIfThen(plan: Plan, index: number, part: keyof IfThen, text: string): Plan {
	return {
		...plan,
		ifThen: plan.ifThen.map((p, i) =>
			i === index ? { ...p, [part]: text.slice(0, LIMITS.ifThenText) } : p
		)
	};
}

export function removeIfThen(plan: Plan, index: number): Plan {
	return { ...plan, ifThen: plan.ifThen.filter((_, i) => i !== index) };
}

export interface DayMinutes {
	day: DayId;
	moderate: number;
	other: number;
	total: number;
}

export function minutesByDay(plan: Plan): DayMinutes[] {
	return DAYS.map(({ id }) => {
		const entries = plan.entries.filter((e) => e.day === id);
		const moderate = entries
			.filter((e) => activity(e.activity).kind === 'moderate')
			.reduce((sum, e) => sum + e.minutes, 0);
		const total = entries.reduce((sum, e) => sum + e.minutes, 0);
		return { day: id, moderate, other: total - moderate, total };
	});
}

export interface WeekTotals {
	moderate: number;
	strength: number;
	gentle: number;
	all: number;
	/** Days with a strength activity of at least 1 minute. */
	strengthDays: number;
	activeDays: number;
}

export function weekTotals(plan: Plan): WeekTotals {
	const sum = (kind: Kind) =>
		plan.entries
			.filter((e) => activity(e.activity).kind === kind)
			.reduce((s, e) => s + e.minutes, 0);
	const moderate = sum('moderate');
	const strength = sum('strength');
	const gentle = sum('gentle');
	const days = (test: (e: PlanEntry) => boolean) =>
		new Set(plan.entries.filter((e) => e.minutes > 0 && test(e)).map((e) => e.day)).size;
	return {
		moderate,
		strength,
		gentle,
		all: moderate + strength + gentle,
		strengthDays: days((e) => activity(e.activity).kind === 'strength'),
		activeDays: days(() => true)
	};
}

export type GuidelineStatus = 'none' | 'building' | 'met' | 'above';

export function compareToGuideline(moderateMinutes: number): {
	status: GuidelineStatus;
	toGo: number;
} {
	if (moderateMinutes <= 0) return { status: 'none', toGo: GUIDELINE.low };
	if (moderateMinutes < GUIDELINE.low)
		return { status: 'building', toGo: GUIDELINE.low - moderateMinutes };
	if (moderateMinutes <= GUIDELINE.high) return { status: 'met', toGo: 0 };
	return { status: 'above', toGo: 0 };
}

/** One or two plain sentences about the week against the guideline. */
export function guidelineText(moderateMinutes: number): string {
	const { status, toGo } = compareToGuideline(moderateMinutes);
	switch (status) {
		case 'none':
			return 'No moderate activity planned yet. Add one to start your week.';
		case 'building':
			return `${moderateMinutes} minutes of moderate activity. That is a start: some activity is better than none. ${toGo} more would reach 150.`;
		case 'met':
			return `${moderateMinutes} minutes of moderate activity: inside the 150 to 300 minutes a week the WHO recommends for adults.`;
		default:
			return `${moderateMinutes} minutes of moderate activity: more than 300. More can bring more benefit, but build up slowly and rest when you need to.`;
	}
}

export function entryText(e: PlanEntry): string {
	const extra = [e.where && `at ${e.where}`, e.withWhom && `with ${e.withWhom}`].filter(Boolean);
	return `${activity(e.activity).label}, ${e.minutes} min${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

/** The plan in plain text, line by line: the summary read out, printed and described. */
export function planSummary(plan: Plan): string[] {
	const totals = weekTotals(plan);
	const lines = DAYS.flatMap(({ id, name }) => {
		const entries = plan.entries.filter((e) => e.day === id);
		return entries.length ? [`${name}: ${entries.map(entryText).join('; ')}.`] : [];
	});
	if (lines.length === 0) lines.push('No activities planned yet.');
	lines.push(guidelineText(totals.moderate));
	if (totals.strength > 0)
		lines.push(
			`Strength: ${totals.strength} minutes on ${totals.strengthDays} ${totals.strengthDays === 1 ? 'day' : 'days'}.`
		);
	for (const p of plan.ifThen.filter((p) => p.if.trim() && p.then.trim()))
		lines.push(`If ${p.if.trim()}, then ${p.then.trim()}.`);
	return lines;
}

/** The y-axis top for the day chart: at least 60 minutes, rounded up to a multiple of 30. */
export function chartMax(days: DayMinutes[]): number {
	const most = Math.max(0, ...days.map((d) => d.total));
	return Math.max(60, Math.ceil(most / 30) * 30);
}

/** The week bar's end: past the 300 mark, and past the week's total with a little room. */
export function weekMax(moderate: number): number {
	return Math.max(330, Math.ceil((moderate * 1.05) / 30) * 30);
}

// Cut by character and trimmed after the cut, so reading a plan twice gives the same plan.
const str = (v: unknown, max: number) =>
	typeof v === 'string' ? characters(v.trim()).slice(0, max).join('').trim() : '';

/**
 * Reads a stored or posted plan, dropping what is not valid and saying what was dropped. Entries
 * keep minutes 0–300, a known activity and day; texts are cut to their limits; ids must be short.
 */
export function parsePlan(input: unknown): { plan: Plan; problems: string[] } {
	const problems: string[] = [];
	const plan = emptyPlan();
	if (typeof input !== 'object' || input === null) return { plan, problems: ['not a plan'] };
	const raw = input as { entries?: unknown; ifThen?: unknown };
	const entries = Array.isArray(raw.entries) ? raw.entries : [];
	entries.forEach((value, i) => {
		const e = (value ?? {}) as Record<string, unknown>;
		// `+ 0` turns -0 into 0, which is what JSON gives back anyway.
		const minutes = typeof e.minutes === 'number' ? e.minutes + 0 : NaN;
		if (typeof e.id !== 'string' || !/^[\w-]{1,40}$/.test(e.id))
			problems.push(`entry ${i}: bad id`);
		else if (!isActivity(e.activity)) problems.push(`entry ${i}: unknown activity`);
		else if (!isDay(e.day)) problems.push(`entry ${i}: unknown day`);
		else if (!Number.isInteger(minutes) || minutes < 0 || minutes > LIMITS.minutes)
			problems.push(`entry ${i}: minutes must be a whole number 0–${LIMITS.minutes}`);
		else if (plan.entries.length >= LIMITS.entries) problems.push(`entry ${i}: too many entries`);
		else
			plan.entries.push({
				id: e.id,
				activity: e.activity,
				day: e.day,
				minutes,
				where: str(e.where, LIMITS.text),
				withWhom: str(e.withWhom, LIMITS.text)
			});
	});
	const ifThen = Array.isArray(raw.ifThen) ? raw.ifThen : [];
	for (const value of ifThen.slice(0, LIMITS.ifThen)) {
		const p = (value ?? {}) as Record<string, unknown>;
		plan.ifThen.push({ if: str(p.if, LIMITS.ifThenText), then: str(p.then, LIMITS.ifThenText) });
	}
	if (ifThen.length > LIMITS.ifThen) problems.push('too many if-then plans');
	plan.entries = sortEntries(plan.entries);
	return { plan, problems };
}
