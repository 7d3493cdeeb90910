import { describe, expect, it } from 'vitest';
import {
	addDraft,
	addIfThen,
	chartMax,
	checkMinutes,
	clampMinutes,
	compareToGuideline,
	emptyPlan,
	guidelineText,
	LIMITS,
	minutesByDay,
	parsePlan,
	planSummary,
	removeEntry,
	removeIfThen,
	setIfThen,
	setMinutes,
	validateDraft,
	weekMax,
	weekTotals,
	type Draft,
	type Plan
} from './plan';

function ids() {
	let n = 0;
	return () => `e${++n}`;
}

const draft = (d: Partial<Draft> = {}): Draft => ({
	activity: 'walking',
	days: ['mon'],
	minutes: '20',
	...d
});

/** Walking 20 min Mon/Wed/Fri, strength 15 min Tue/Thu. */
function samplePlan(): Plan {
	const next = ids();
	let plan = addDraft(emptyPlan(), draft({ days: ['mon', 'wed', 'fri'] }), next);
	plan = addDraft(plan, draft({ activity: 'strength', days: ['tue', 'thu'], minutes: 15 }), next);
	return plan;
}

describe('checkMinutes', () => {
	it.each([
		['20', 20],
		[' 45 ', 45],
		[0, 0],
		['300', 300],
		['301', /300 minutes or less/],
		['', /Enter how many/],
		['-5', /whole number/],
		['2.5', /whole number/],
		['ten', /whole number/]
	])('%j → %s', (input, expected) => {
		const result = checkMinutes(input);
		if (typeof expected === 'number') expect(result).toBe(expected);
		else expect(result).toMatch(expected);
	});
});

describe('validateDraft', () => {
	it.each([
		['a valid draft', draft(), []],
		['an unknown activity', draft({ activity: 'bungee' }), ['activity']],
		['no day', draft({ days: [] }), ['days']],
		['a made-up day', draft({ days: ['mon', 'funday'] }), ['days']],
		['0 minutes', draft({ minutes: '0' }), ['minutes']],
		['400 minutes', draft({ minutes: '400' }), ['minutes']],
		['a long place', draft({ where: 'x'.repeat(LIMITS.text + 1) }), ['where']],
		['a long name', draft({ withWhom: 'y'.repeat(LIMITS.text + 1) }), ['withWhom']],
		[
			'everything wrong',
			draft({ activity: '', days: [], minutes: '' }),
			['activity', 'days', 'minutes']
		]
	])('%s → errors on %j', (_, input, fields) => {
		expect(Object.keys(validateDraft(input)).sort()).toEqual([...fields].sort());
	});
});

describe('addDraft', () => {
	it('adds one entry per chosen day, in week order', () => {
		const plan = addDraft(emptyPlan(), draft({ days: ['fri', 'mon'] }), ids());
		expect(plan.entries.map((e) => [e.day, e.minutes])).toEqual([
			['mon', 20],
			['fri', 20]
		]);
	});

	it('adds minutes to the same activity on the same day, up to 300', () => {
		const next = ids();
		let plan = addDraft(emptyPlan(), draft({ minutes: 200 }), next);
		plan = addDraft(plan, draft({ minutes: 30, where: 'the park' }), next);
		expect(plan.entries).toHaveLength(1);
		expect(plan.entries[0]).toMatchObject({ minutes: 230, where: 'the park' });
		plan = addDraft(plan, draft({ minutes: 200 }), next);
		expect(plan.entries[0]!.minutes).toBe(300);
	});

	it('leaves the plan unchanged for an invalid draft', () => {
		const plan = emptyPlan();
		expect(addDraft(plan, draft({ minutes: 'x' }), ids())).toBe(plan);
	});

	it('stops at the entry limit', () => {
		const next = ids();
		let plan = emptyPlan();
		const all = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
		for (const activity of [
			'walking',
			'cycling',
			'dancing',
			'swimming',
			'team-sport',
			'group-class',
			'strength'
		])
			plan = addDraft(plan, draft({ activity, days: all }), next);
		expect(plan.entries).toHaveLength(LIMITS.entries);
	});
});

describe('editing', () => {
	it.each([
		[35, 35],
		[-10, 0],
		[301, 300],
		[12.6, 13],
		[Number.NaN, 0]
	])('setMinutes(%f) stores %i', (minutes, stored) => {
		const plan = setMinutes(samplePlan(), 'e1', minutes);
		expect(plan.entries.find((e) => e.id === 'e1')!.minutes).toBe(stored);
		expect(clampMinutes(minutes)).toBe(stored);
	});

	it('removes an entry by id', () => {
		const plan = removeEntry(samplePlan(), 'e2');
		expect(plan.entries.map((e) => e.id)).not.toContain('e2');
		expect(plan.entries).toHaveLength(4);
	});

	it('adds, edits and removes up to three if-then plans', () => {
		let plan = emptyPlan();
		for (let i = 0; i < 5; i++) plan = addIfThen(plan);
		expect(plan.ifThen).toHaveLength(LIMITS.ifThen);
		plan = setIfThen(plan, 1, 'if', 'it rains');
		plan = setIfThen(plan, 1, 'then', 'x'.repeat(500));
		expect(plan.ifThen[1]!.if).toBe('it rains');
		expect(plan.ifThen[1]!.then).toHaveLength(LIMITS.ifThenText);
		plan = removeIfThen(plan, 0);
		expect(plan.ifThen[0]!.if).toBe('it rains');
	});
});

describe('totals', () => {
	it('counts minutes per day, keeping strength apart from moderate', () => {
		const days = minutesByDay(samplePlan());
		expect(days.map((d) => [d.day, d.moderate, d.other, d.total])).toEqual([
			['mon', 20, 0, 20],
			['tue', 0, 15, 15],
			['wed', 20, 0, 20],
			['thu', 0, 15, 15],
			['fri', 20, 0, 20],
			['sat', 0, 0, 0],
			['sun', 0, 0, 0]
		]);
	});

	it('sums the week', () => {
		expect(weekTotals(samplePlan())).toEqual({
			moderate: 60,
			strength: 30,
			gentle: 0,
			all: 90,
			strengthDays: 2,
			activeDays: 5
		});
	});

	it('does not count a 0-minute entry as an active day', () => {
		const plan = setMinutes(samplePlan(), 'e4', 0);
		expect(weekTotals(plan)).toMatchObject({ strengthDays: 1, activeDays: 4 });
	});
});

describe('compareToGuideline (WHO 2020: 150–300 moderate minutes a week)', () => {
	it.each([
		[0, 'none', 150],
		[1, 'building', 149],
		[60, 'building', 90],
		[149, 'building', 1],
		[150, 'met', 0],
		[300, 'met', 0],
		[301, 'above', 0]
	])('%i minutes → %s, %i to go', (minutes, status, toGo) => {
		expect(compareToGuideline(minutes)).toEqual({ status, toGo });
	});

	it.each([
		[0, /No moderate activity/],
		[60, /some activity is better than none\. 90 more/],
		[200, /inside the 150 to 300/],
		[320, /more than 300/]
	])('guidelineText(%i) matches %s', (minutes, pattern) => {
		expect(guidelineText(minutes)).toMatch(pattern);
	});
});

describe('planSummary', () => {
	it('says the plan day by day, then the totals, then the if-then plans', () => {
		let plan = addDraft(
			emptyPlan(),
			draft({ days: ['sat'], minutes: 30, where: 'the park', withWhom: 'Sam' }),
			ids()
		);
		plan = setIfThen(addIfThen(plan), 0, 'if', 'it rains');
		plan = setIfThen(plan, 0, 'then', 'I walk at the mall');
		expect(planSummary(plan)).toEqual([
			'Saturday: Brisk walking, 30 min (at the park, with Sam).',
			'30 minutes of moderate activity. That is a start: some activity is better than none. 120 more would reach 150.',
			'If it rains, then I walk at the mall.'
		]);
	});

	it('says so when the plan is empty, and skips half-written if-then plans', () => {
		const plan = setIfThen(addIfThen(emptyPlan()), 0, 'if', 'I feel low');
		expect(planSummary(plan)).toEqual([
			'No activities planned yet.',
			'No moderate activity planned yet. Add one to start your week.'
		]);
	});

	it('names strength days', () => {
		expect(planSummary(samplePlan())).toContain('Strength: 30 minutes on 2 days.');
	});
});

describe('chart extents', () => {
	it.each([
		[0, 60],
		[45, 60],
		[61, 90],
		[300, 300]
	])('a busiest day of %i minutes → y axis to %i', (most, top) => {
		const days = minutesByDay(emptyPlan()).map((d, i) => (i === 0 ? { ...d, total: most } : d));
		expect(chartMax(days)).toBe(top);
	});

	it.each([
		[0, 330],
		[300, 330],
		[400, 420],
		[2100, 2220]
	])('a week of %i moderate minutes → week bar to %i', (minutes, end) => {
		expect(weekMax(minutes)).toBe(end);
	});
});

describe('parsePlan', () => {
	it('round-trips a valid plan', () => {
		const plan = setIfThen(addIfThen(samplePlan()), 0, 'if', 'I am tired');
		const parsed = parsePlan(JSON.parse(JSON.stringify(plan)));
		expect(parsed).toEqual({ plan, problems: [] });
	});

	it.each([
		[null, 'not a plan'],
		[{ entries: [{ id: 'a', activity: 'walking', day: 'mon', minutes: 301 }] }, 'entry 0: minutes'],
		[{ entries: [{ id: 'a', activity: 'walking', day: 'mon', minutes: -1 }] }, 'entry 0: minutes'],
		[{ entries: [{ id: 'a', activity: 'walking', day: 'mon', minutes: 2.5 }] }, 'entry 0: minutes'],
		[
			{ entries: [{ id: 'a', activity: 'karate', day: 'mon', minutes: 5 }] },
			'entry 0: unknown activity'
		],
		[{ entries: [{ id: 'a', activity: 'walking', day: 'x', minutes: 5 }] }, 'entry 0: unknown day'],
		[{ entries: [{ id: '<b>', activity: 'walking', day: 'mon', minutes: 5 }] }, 'entry 0: bad id'],
		[{ ifThen: [{}, {}, {}, {}] }, 'too many if-then plans']
	])('%j → problem %s', (input, problem) => {
		const { problems } = parsePlan(input);
		expect(problems.some((p) => p.startsWith(problem))).toBe(true);
	});

	it('keeps the valid entries and cuts long text', () => {
		const { plan } = parsePlan({
			entries: [
				{ id: 'b', activity: 'cycling', day: 'sun', minutes: 0, where: 'z'.repeat(99) },
				{ id: 'a', activity: 'walking', day: 'mon', minutes: 500 }
			]
		});
		expect(plan.entries).toEqual([
			{
				id: 'b',
				activity: 'cycling',
				day: 'sun',
				minutes: 0,
				where: 'z'.repeat(LIMITS.text),
				withWhom: ''
			}
		]);
	});
});
