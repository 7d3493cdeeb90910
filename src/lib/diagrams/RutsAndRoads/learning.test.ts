import { describe, expect, it } from 'vitest';
import {
	decay,
	effectiveWeight,
	hebbian,
	passDays,
	practise,
	RETURN_MAX,
	spontaneousReturn,
	startState,
	stateFromProps,
	STRESS_BOOST,
	stressfulDay,
	type RoadsState
} from './learning';
import { roads } from './spread';
import { buildNetwork, NEW_START, OLD_FLOOR, OLD_START } from './network';

const net = buildNetwork();
const oldLinks = net.links.filter((l) => l.kind === 'old');
const newLinks = net.links.filter((l) => l.kind === 'new');
const fixedLinks = net.links.filter((l) => l.kind === 'cue' || l.kind === 'other');
const w = (state: RoadsState, id: string) => state.weights[id] as number;
/** The old road's strength a cue meets today (what the picture and the readout show). */
const oldRoad = (state: RoadsState) => roads(net, state)[0]!.strength;
const newRoad = (state: RoadsState) => roads(net, state)[1]!.strength;

/** A small deterministic generator, so the schedules below are the same on every run. */
function random(seed: number) {
	let x = seed >>> 0 || 1;
	return () => {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		return (x >>> 0) / 2 ** 32;
	};
}

/** A schedule of days: `true` practises, a number lets that many days pass with no practice. */
type Step = true | number;
function schedules(count: number): Step[][] {
	const next = random(2002);
	return Array.from({ length: count }, () =>
		Array.from({ length: 1 + Math.floor(next() * 40) }, () =>
			next() < 0.5 ? true : 1 + Math.floor(next() * 60)
		)
	);
}
const run = (steps: Step[], from = startState(net)) =>
	steps.reduce((s, step) => (step === true ? practise(net, s) : passDays(net, s, step)), from);

describe('hebbian', () => {
	it.each([
		{ name: 'both fire: grows by rate × room left', w: 0.2, pre: 1, post: 1, rate: 0.5, want: 0.6 },
		{ name: 'only the sender fires: no change', w: 0.2, pre: 1, post: 0, rate: 0.5, want: 0.2 },
		{ name: 'only the receiver fires: no change', w: 0.2, pre: 0, post: 1, rate: 0.5, want: 0.2 },
		{
			name: 'half activity: a quarter of the step',
			w: 0,
			pre: 0.5,
			post: 0.5,
			rate: 1,
			want: 0.25
		},
		{ name: 'never passes 1', w: 0.99, pre: 1, post: 1, rate: 1, want: 1 },
		{ name: 'activity above 1 counts as 1', w: 0, pre: 3, post: 3, rate: 0.3, want: 0.3 }
	])('$name', ({ w: start, pre, post, rate, want }) => {
		expect(hebbian(start, pre, post, rate)).toBeCloseTo(want, 10);
	});
});

describe('decay', () => {
	it.each([
		{ name: 'no days: no change', w: 0.9, floor: 0.4, days: 0, rate: 0.1, want: 0.9 },
		{
			name: 'one day loses a share of the gap',
			w: 0.9,
			floor: 0.4,
			days: 1,
			rate: 0.1,
			want: 0.85
		},
		{ name: 'two days compound', w: 0.9, floor: 0.4, days: 2, rate: 0.1, want: 0.805 },
		{
			name: 'a year gets close to the floor',
			w: 0.9,
			floor: 0.4,
			days: 365,
			rate: 0.03,
			want: 0.4
		},
		{ name: 'already at the floor: stays', w: 0.4, floor: 0.4, days: 30, rate: 0.1, want: 0.4 },
		{ name: 'below the floor: stays', w: 0.1, floor: 0.4, days: 30, rate: 0.1, want: 0.1 }
	])('$name', ({ w: start, floor, days, rate, want }) => {
		expect(decay(start, floor, days, rate)).toBeCloseTo(want, 3);
	});

	it('never reaches zero, however long', () => {
		for (const days of [10, 100, 1000, 10000]) {
			expect(decay(OLD_START, OLD_FLOOR, days)).toBeGreaterThanOrEqual(OLD_FLOOR);
		}
	});
});

describe('practise', () => {
	it.each([1, 3, 5, 10])(
		'after %i practices the new road is stronger and the old one weaker',
		(n) => {
			const start = startState(net);
			let s = start;
			for (let i = 0; i < n; i++) s = practise(net, s);
			expect(s.practiceCount).toBe(n);
			expect(s.day).toBe(n);
			for (const l of newLinks) expect(w(s, l.id)).toBeGreaterThan(w(start, l.id));
			for (const l of oldLinks) {
				expect(w(s, l.id)).toBeLessThan(w(start, l.id));
				expect(w(s, l.id)).toBeGreaterThan(OLD_FLOOR);
			}
			for (const l of fixedLinks) expect(w(s, l.id)).toBe(l.start);
		}
	);

	it('ends a stressful day', () => {
		expect(practise(net, stressfulDay(startState(net))).stress).toBe(false);
	});

	it('takes the responses in turn, strengthening only the practised ending', () => {
		const two = buildNetwork(undefined, ['Walk', 'Call']);
		const end = (j: number) => two.links.find((l) => l.kind === 'new' && l.response === j)!.id;
		const once = practise(two, startState(two));
		expect(once.weights[end(0)]).toBeGreaterThan(NEW_START);
		expect(once.weights[end(1)]).toBe(NEW_START);
		const twice = practise(two, once);
		expect(twice.weights[end(1)]).toBeGreaterThan(NEW_START);
	});
});

describe('spontaneousReturn', () => {
	it.each([
		{ name: 'no days: no change', held: 0.5, start: 0.9, days: 0, want: 0.5 },
		{ name: 'one day wins back a little', held: 0.5, start: 0.9, days: 1, want: 0.505 },
		{
			name: 'a long time: at most a quarter of the gap',
			held: 0.5,
			start: 0.9,
			days: 1e4,
			want: 0.6
		},
		{ name: 'never held back: nothing to return', held: 0.9, start: 0.9, days: 30, want: 0.9 }
	])('$name', ({ held, start, days, want }) => {
		expect(spontaneousReturn(held, start, days, 0.05, 0.25)).toBeCloseTo(want, 6);
	});
});

describe('passDays', () => {
	it.each([7, 30, 365, 3650])(
		'time alone never weakens the old road (%i days from the start)',
		(days) => {
			const later = passDays(net, startState(net), days);
			expect(oldRoad(later)).toBe(oldRoad(startState(net)));
			for (const l of oldLinks) expect(effectiveWeight(l, later)).toBe(l.start);
		}
	);

	it.each([7, 30, 365, 3650])(
		'after practice, %i days bring the old road partly back and fade the new road',
		(days) => {
			const practised = stateFromProps(net, { practiceCount: 10 });
			const later = passDays(net, practised, days);
			expect(later.day).toBe(10 + days);
			for (const l of oldLinks) {
				const held = effectiveWeight(l, practised);
				const now = effectiveWeight(l, later);
				expect(now).toBeGreaterThan(held);
				expect(now).toBeLessThanOrEqual(held + (l.start - held) * RETURN_MAX + 1e-12);
			}
			for (const l of newLinks) {
				expect(w(later, l.id)).toBeLessThan(w(practised, l.id));
				expect(w(later, l.id)).toBeGreaterThanOrEqual(l.floor);
			}
			for (const l of fixedLinks) expect(w(later, l.id)).toBe(l.start);
		}
	);
});

describe('the model over any schedule of practice and rest', () => {
	const all = schedules(200);

	it('time with no practice never lets the old road fall below where practice alone leaves it', () => {
		for (const steps of all) {
			const practices = steps.filter((s) => s === true).length;
			const practiceOnly = stateFromProps(net, { practiceCount: practices });
			expect(oldRoad(run(steps))).toBeGreaterThanOrEqual(oldRoad(practiceOnly) - 1e-12);
		}
	});

	it('passing days never lowers the old road, never raises the new one', () => {
		for (const steps of all) {
			let s = startState(net);
			for (const step of steps) {
				const next = step === true ? practise(net, s) : passDays(net, s, step);
				if (step !== true) {
					expect(oldRoad(next)).toBeGreaterThanOrEqual(oldRoad(s));
					expect(newRoad(next)).toBeLessThanOrEqual(newRoad(s));
				}
				s = next;
			}
		}
	});

	it('practice strengthens the new road and never lifts the old one', () => {
		for (const steps of all) {
			let s = startState(net);
			for (const step of steps) {
				const next = step === true ? practise(net, s) : passDays(net, s, step);
				if (step === true) {
					expect(newRoad(next)).toBeGreaterThan(newRoad(s));
					expect(oldRoad(next)).toBeLessThanOrEqual(oldRoad(s));
				}
				s = next;
			}
		}
	});

	it('the old road stays between its floor and where it started', () => {
		for (const steps of all) {
			const s = run(steps);
			for (const l of oldLinks) {
				expect(effectiveWeight(l, s)).toBeGreaterThanOrEqual(l.floor);
				expect(effectiveWeight(l, s)).toBeLessThanOrEqual(l.start);
			}
		}
	});
});

describe('practice is what keeps the new road winning', () => {
	const trained = stateFromProps(net, { practiceCount: 12 });
	/** `days` days: with practice every other day, or with none. */
	const later = (s: RoadsState, days: number, keepPractising: boolean) =>
		keepPractising
			? Array.from({ length: days / 2 }).reduce<RoadsState>(
					(acc) => passDays(net, practise(net, acc), 1),
					s
				)
			: passDays(net, s, days);

	it('after twelve practices the new road wins on a calm day', () => {
		expect(newRoad(trained)).toBeGreaterThan(oldRoad(trained));
	});

	it.each([28, 84, 364])('with no practice for %i days, the old road wins again', (days) => {
		const s = later(trained, days, false);
		expect(oldRoad(s)).toBeGreaterThan(newRoad(s));
	});

	it.each([28, 84, 364])(
		'with practice every other day for %i days, the new road keeps winning',
		(days) => {
			const s = later(trained, days, true);
			expect(newRoad(s)).toBeGreaterThan(oldRoad(s));
		}
	);
});

describe('stress', () => {
	it.each([
		{ name: 'at the start (capped at 1)', practiceCount: 0, days: 0 },
		{ name: 'after practice', practiceCount: 6, days: 0 },
		{ name: 'at the floor', practiceCount: 0, days: 3650 }
	])('lifts only the old road, $name', ({ practiceCount, days }) => {
		const calm = stateFromProps(net, { practiceCount, days });
		const tense = stressfulDay(calm);
		for (const l of oldLinks) {
			expect(effectiveWeight(l, tense)).toBeCloseTo(
				Math.min(1, effectiveWeight(l, calm) + STRESS_BOOST),
				10
			);
		}
		for (const l of [...newLinks, ...fixedLinks]) {
			expect(effectiveWeight(l, tense)).toBe(effectiveWeight(l, calm));
		}
		// The learned strengths themselves do not change.
		expect(tense.weights).toEqual(calm.weights);
	});

	it('wears off when a week passes', () => {
		expect(passDays(net, stressfulDay(startState(net))).stress).toBe(false);
	});
});

describe('stateFromProps', () => {
	it.each([
		{ props: {}, day: 0, practiceCount: 0, stress: false },
		{ props: { practiceCount: 4 }, day: 4, practiceCount: 4, stress: false },
		{
			props: { practiceCount: 4, days: 14, stress: true },
			day: 18,
			practiceCount: 4,
			stress: true
		},
		{ props: { practiceCount: -3, days: Number.NaN }, day: 0, practiceCount: 0, stress: false },
		{ props: { practiceCount: 2.7 }, day: 2, practiceCount: 2, stress: false }
	])('$props', ({ props, day, practiceCount, stress }) => {
		const s = stateFromProps(net, props);
		expect({ day: s.day, practiceCount: s.practiceCount, stress: s.stress }).toEqual({
			day,
			practiceCount,
			stress
		});
	});

	it('matches pressing the buttons', () => {
		let s = startState(net);
		for (let i = 0; i < 3; i++) s = practise(net, s);
		s = stressfulDay(passDays(net, s, 7));
		expect(stateFromProps(net, { practiceCount: 3, days: 7, stress: true })).toEqual(s);
	});
});
