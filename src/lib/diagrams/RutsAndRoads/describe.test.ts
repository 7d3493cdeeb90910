import { describe, expect, it } from 'vitest';
import {
	describeChange,
	describeNetwork,
	describeOutcome,
	describeStatus,
	describeSteps,
	describeWinner,
	list,
	nodeName,
	score,
	strengthWord
} from './describe';
import { passDays, practise, startState, stateFromProps, stressfulDay } from './learning';
import { buildNetwork } from './network';
import { roads, spread } from './spread';

const net = buildNetwork();

describe('score and strengthWord', () => {
	it.each([
		{ w: 0, score: 0, word: 'weak' },
		{ w: 0.15, score: 15, word: 'weak' },
		{ w: 0.449, score: 45, word: 'weak' },
		{ w: 0.45, score: 45, word: 'medium' },
		{ w: 0.749, score: 75, word: 'medium' },
		{ w: 0.75, score: 75, word: 'strong' },
		{ w: 1, score: 100, word: 'strong' }
	])('$w → $score, $word', ({ w, score: s, word }) => {
		expect(score(w)).toBe(s);
		expect(strengthWord(w)).toBe(word);
	});
});

describe('list', () => {
	it.each([
		{ items: [], want: '' },
		{ items: ['a'], want: 'a' },
		{ items: ['a', 'b'], want: 'a and b' },
		{ items: ['a', 'b', 'c'], want: 'a, b and c' }
	])('$items → "$want"', ({ items, want }) => expect(list(items)).toBe(want));
});

describe('nodeName', () => {
	it.each([
		{ id: 'cue-0', want: '“Payday”' },
		{ id: 'hub', want: 'the urge neuron' },
		{ id: 'old-1', want: 'an old-road neuron' },
		{ id: 'new-2', want: 'a new-road neuron' },
		{ id: 'use', want: '“Use”' },
		{ id: 'response-0', want: '“Take a walk”' },
		{ id: 'bg-0', want: 'a nearby neuron' }
	])('$id → $want', ({ id, want }) => expect(nodeName(net, id)).toBe(want));
});

describe('describeStatus', () => {
	it.each([
		{ props: {}, want: 'Day 0 · 0 practices · a calm day' },
		{ props: { practiceCount: 1 }, want: 'Day 1 · 1 practice · a calm day' },
		{
			props: { practiceCount: 3, days: 7, stress: true },
			want: 'Day 10 · 3 practices · a stressful day'
		}
	])('$props', ({ props, want }) => expect(describeStatus(stateFromProps(net, props))).toBe(want));
});

describe('describeWinner', () => {
	it.each([
		{ props: {}, want: 'If a cue comes now, the old road wins: use 90, “Take a walk” 15.' },
		{
			props: { practiceCount: 6 },
			want: 'If a cue comes now, the new road to “Take a walk” wins: use 82, “Take a walk” 90.'
		},
		{
			props: { practiceCount: 6, stress: true },
			want: 'If a cue comes now, the old road wins: use 100, “Take a walk” 90.'
		}
	])('$props', ({ props, want }) => {
		expect(describeWinner(roads(net, stateFromProps(net, props)))).toBe(want);
	});
});

describe('describeSteps and describeOutcome', () => {
	it('tells the spread step by step, naming the strongest neurons', () => {
		const result = spread(net, startState(net), 'cue-0');
		const steps = describeSteps(net, result);
		expect(steps).toHaveLength(result.steps.length);
		expect(steps[0]).toBe('“Payday” fires.');
		expect(steps[1]).toBe('The signal reaches the urge neuron (100).');
		expect(steps[2]).toMatch(
			/^The signal reaches an old-road neuron \(90\) and a new-road neuron \(15\), and 2 more faintly\.$/
		);
		expect(steps.at(-1)).toMatch(/“Use” \(90\)/);
		expect(describeOutcome(net, result)).toBe(
			'“Payday” set off the old road. The strongest signal (90) reached “Use”.'
		);
	});

	it('says when the new road carries the signal', () => {
		const result = spread(net, stateFromProps(net, { practiceCount: 8 }), 'cue-1');
		expect(describeOutcome(net, result)).toBe(
			'“An old friend” set off the new road. The strongest signal (95) reached “Take a walk”.'
		);
	});
});

describe('describeChange', () => {
	const two = buildNetwork(undefined, ['Walk', 'Call']);
	it.each([
		{
			action: 'practise' as const,
			state: practise(two, startState(two)),
			want: /^Practice 1: “Walk”\. Old road 89; new road: “Walk” 41, “Call” 15\.$/
		},
		{
			action: 'practise' as const,
			state: practise(two, practise(two, startState(two))),
			want: /^Practice 2: “Call”\./
		},
		{
			action: 'days' as const,
			state: stateFromProps(two, { days: 7 }),
			want: /^A week passes with no practice\. Day 7\. Time alone does not weaken the old road; unused, the new road fades\. Old road 90;/
		},
		{
			action: 'stress' as const,
			state: stressfulDay(startState(two)),
			want: /^A stressful day: the old road wakes up\. Old road 100;/
		},
		{
			action: 'days' as const,
			state: passDays(two, stateFromProps(two, { practiceCount: 12 }), 14),
			want: /^A week passes with no practice\. Day 26\. .* Old road 77; new road: “Walk” 60, “Call” 62\.$/
		},
		{ action: 'reset' as const, state: startState(two), want: /^Back to the start\. Old road 90;/ }
	])('$action', ({ action, state, want }) => {
		expect(describeChange(two, action, state, roads(two, state))).toMatch(want);
	});
});

describe('describeNetwork', () => {
	it('names the cues, the roads and their strengths', () => {
		const text = describeNetwork(net, roads(net, startState(net)));
		expect(text).toContain('16 neurons');
		expect(text).toContain('“Payday”, “An old friend” and “Feeling low”');
		expect(text).toContain('old road runs to use (strong, 90)');
		expect(text).toContain('to “Take a walk” (weak, 15)');
	});
});
