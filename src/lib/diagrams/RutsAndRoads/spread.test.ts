import { describe, expect, it } from 'vitest';
import { startState, stateFromProps } from './learning';
import { buildNetwork } from './network';
import { likelyOutcome, roads, spread } from './spread';

const net = buildNetwork();

describe('which road wins', () => {
	// The picture's story, in numbers: the old road wins at first; about five days of practice
	// make the new road the easier one; a stressful day can wake the old road again; a road that
	// is not used fades, so weeks without practice let the old road win again.
	it.each([
		{ name: 'at the start', props: {}, winner: 'use' },
		{ name: 'after one practice', props: { practiceCount: 1 }, winner: 'use' },
		{ name: 'after four practices', props: { practiceCount: 4 }, winner: 'use' },
		{ name: 'after five practices', props: { practiceCount: 5 }, winner: 'response-0' },
		{ name: 'after ten practices', props: { practiceCount: 10 }, winner: 'response-0' },
		{
			name: 'stress after six practices',
			props: { practiceCount: 6, stress: true },
			winner: 'use'
		},
		{
			name: 'stress after long practice and weeks of fading old road',
			props: { practiceCount: 40, stress: true },
			winner: 'response-0'
		},
		{ name: 'six weeks with no practice', props: { practiceCount: 12, days: 42 }, winner: 'use' }
	])('$name → $winner', ({ props, winner }) => {
		const state = stateFromProps(net, props);
		for (const cue of net.nodes.filter((n) => n.role === 'cue')) {
			expect(spread(net, state, cue.id).winner).toBe(winner);
		}
		expect(likelyOutcome(net, state).outcome).toBe(winner);
	});
});

describe('spread', () => {
	it('steps from the cue through the urge neuron to the outcomes', () => {
		const result = spread(net, startState(net), 'cue-1');
		const ids = result.steps.map((step) => step.map((l) => l.id).sort());
		expect(ids[0]).toEqual(['cue-1']);
		expect(ids[1]).toEqual(['hub']);
		expect(ids[2]).toEqual(expect.arrayContaining(['old-1', 'new-1']));
		expect(ids.at(-1)).toEqual(expect.arrayContaining(['use']));
		expect(result.steps).toHaveLength(5);
		expect(result.activation['cue-0']).toBeUndefined();
	});

	it('a signal is never stronger than the weakest link it crossed', () => {
		const state = stateFromProps(net, { practiceCount: 3 });
		const result = spread(net, state, 'cue-0');
		for (const r of roads(net, state)) {
			expect(result.activation[r.outcome]).toBeCloseTo(r.strength, 10);
		}
	});

	it.each([
		{ props: {}, path: ['cue-2>hub', 'hub>old-1', 'old-1>old-2', 'old-2>use'] },
		{
			props: { practiceCount: 8 },
			path: ['cue-2>hub', 'hub>new-1', 'new-1>new-2', 'new-2>response-0']
		}
	])('traces the winning path for $props', ({ props, path }) => {
		expect(spread(net, stateFromProps(net, props), 'cue-2').path).toEqual(path);
	});

	it('gives a tie to the old habit', () => {
		const state = startState(net);
		for (const l of net.links) if (l.kind === 'old' || l.kind === 'new') state.weights[l.id] = 0.5;
		expect(spread(net, state, 'cue-0').winner).toBe('use');
		expect(likelyOutcome(net, state).outcome).toBe('use');
	});

	it('picks the stronger of two new roads', () => {
		const two = buildNetwork(['Payday'], ['Walk', 'Call']);
		const state = stateFromProps(two, { practiceCount: 9 });
		expect(spread(two, state, 'cue-0').winner).toBe('response-0');
		const tenth = stateFromProps(two, { practiceCount: 10 });
		expect(spread(two, tenth, 'cue-0').winner).toBe('response-1');
	});

	it('refuses to start anywhere but a cue', () => {
		expect(() => spread(net, startState(net), 'hub')).toThrow(/not a cue/);
	});
});
