/**
 * How the links change: a simple Hebbian rule for practice, slow decay toward a floor for links
 * that go unused, and a temporary boost to the old road on a stressful day. The rule follows
 * Hebb's idea (1949): when one neuron keeps helping to fire another, the link between them grows.
 * All rates are illustrative, chosen so the picture teaches; they are not measurements.
 */
import type { NetLink, Network } from './network';

/** Share of the remaining room to 1 that one practice adds to a link that fires together. */
export const LEARNING_RATE = 0.3;
/** Share of the distance to its floor an unused link loses each day. */
export const DECAY_PER_DAY = 0.03;
/** How much a stressful day adds to the old road's links, until the next day. */
export const STRESS_BOOST = 0.3;
/** "Days pass" moves a week on. */
export const WEEK = 7;

export interface RoadsState {
	/** Link id → strength, 0–1 (the learned part; stress is applied on top). */
	weights: Record<string, number>;
	day: number;
	practiceCount: number;
	stress: boolean;
}

const clamp01 = (w: number) => Math.min(1, Math.max(0, w));

/**
 * Bounded Hebbian update: Δw = rate × pre × post × (1 − w). The link grows only when both
 * neurons are active (pre, post in 0–1), and growth slows as it nears full strength.
 */
export function hebbian(w: number, pre: number, post: number, rate = LEARNING_RATE): number {
	return clamp01(w + rate * clamp01(pre) * clamp01(post) * (1 - w));
}

/** Unused for `days` days, a link loses a share of its distance to the floor each day. */
export function decay(w: number, floor: number, days: number, rate = DECAY_PER_DAY): number {
	if (days <= 0 || w <= floor) return w;
	return floor + (w - floor) * (1 - rate) ** days;
}

export function isPlastic(link: NetLink): boolean {
	return link.kind === 'old' || link.kind === 'new';
}

export function startState(network: Network): RoadsState {
	return {
		weights: Object.fromEntries(network.links.map((l) => [l.id, l.start])),
		day: 0,
		practiceCount: 0,
		stress: false
	};
}

/** Which response the next practice uses: the responses take turns. */
export function nextResponse(network: Network, state: RoadsState): number {
	return state.practiceCount % network.responses.length;
}

/** Is this link part of the new road to response `j` (the links that fire together)? */
function onNewRoad(link: NetLink, j: number): boolean {
	return link.kind === 'new' && (link.response === undefined || link.response === j);
}

/**
 * One day of practice: the urge comes and the new response follows, so every link on that new
 * road fires together and grows; every other learnable link goes unused for a day and fades.
 */
export function practise(network: Network, state: RoadsState): RoadsState {
	const j = nextResponse(network, state);
	const weights = { ...state.weights };
	for (const link of network.links) {
		if (!isPlastic(link)) continue;
		const w = weights[link.id] ?? link.start;
		weights[link.id] = onNewRoad(link, j) ? hebbian(w, 1, 1) : decay(w, link.floor, 1);
	}
	return { weights, day: state.day + 1, practiceCount: state.practiceCount + 1, stress: false };
}

/** Days go by with neither road used: every learnable link fades toward its floor. */
export function passDays(network: Network, state: RoadsState, days = WEEK): RoadsState {
	const weights = { ...state.weights };
	for (const link of network.links) {
		if (!isPlastic(link)) continue;
		weights[link.id] = decay(weights[link.id] ?? link.start, link.floor, days);
	}
	return { ...state, weights, day: state.day + Math.max(0, days), stress: false };
}

/** A stressful day: the old road is boosted until the next day comes. */
export function stressfulDay(state: RoadsState): RoadsState {
	return { ...state, stress: true };
}

/** The strength a signal meets on a link today (stress lifts the old road, up to 1). */
export function effectiveWeight(link: NetLink, state: RoadsState): number {
	const w = state.weights[link.id] ?? link.start;
	return link.kind === 'old' && state.stress ? clamp01(w + STRESS_BOOST) : w;
}

export function effectiveWeights(network: Network, state: RoadsState): Record<string, number> {
	return Object.fromEntries(network.links.map((l) => [l.id, effectiveWeight(l, state)]));
}

export interface StateProps {
	/** Days of practice, from the start. */
	practiceCount?: number;
	/** Days that then pass with no practice. */
	days?: number;
	stress?: boolean;
}

const count = (n: number | undefined, max: number) =>
	Math.min(max, Math.max(0, Math.floor(Number.isFinite(n) ? (n as number) : 0)));

/** The state a set of props describes: practise, then let days pass, then maybe a stressful day. */
export function stateFromProps(network: Network, props: StateProps): RoadsState {
	let state = startState(network);
	for (let i = 0; i < count(props.practiceCount, 365); i++) state = practise(network, state);
	state = passDays(network, state, count(props.days, 3650));
	return props.stress ? stressfulDay(state) : state;
}
