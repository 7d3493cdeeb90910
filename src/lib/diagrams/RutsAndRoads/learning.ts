/**
 * How the links change. The rules follow the course's sources, not a wish:
 * - Practice: when one neuron keeps helping another fire, the link between them grows (Hebb
 *   1949), so each day of practice strengthens the new road, and the new learning competes with
 *   the old road and holds it back a little.
 * - Time alone does not wear the old road away. Extinction does not erase the old learning; the
 *   new learning depends on its context, and time is one such context, so after a spell without
 *   practice the old road comes partly back (spontaneous recovery; Bouton 2002). Cue craving was
 *   higher, not lower, in people further into abstinence up to three months (Wang 2013).
 * - The new road, unused, fades slowly toward where it started: roads that are used stay open.
 * - A stressful day lifts the old road until the next day (Sinha 2008).
 * All rates are illustrative, chosen so the picture teaches; they are not measurements.
 */
import type { NetLink, Network } from './network';

/** Share of the remaining room to 1 that one practice adds to a link that fires together. */
export const LEARNING_RATE = 0.3;
/** Share of the distance to its floor that one practice holds the old road back. */
export const HOLD_PER_PRACTICE = 0.03;
/** Share of the distance to its floor an unused new-road link loses each day. */
export const DECAY_PER_DAY = 0.03;
/** Each day without practice, the old road wins back this share of what it could still regain. */
export const RETURN_PER_DAY = 0.05;
/** At most this share of the ground practice took from the old road comes back with time. */
export const RETURN_MAX = 0.25;
/** How much a stressful day adds to the old road's links, until the next day. */
export const STRESS_BOOST = 0.3;
/** "Days pass" moves a week on. */
export const WEEK = 7;

export interface RoadsState {
	/**
	 * Link id → strength, 0–1 (the learned part; stress is applied on top). For the old road it is
	 * the strength right after the last practice; days since then bring part of it back.
	 */
	weights: Record<string, number>;
	day: number;
	practiceCount: number;
	/** Days since the last practice (or since the start) with no practice. */
	restDays: number;
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

/**
 * The old road after `days` without practice: it wins back part of the ground practice took
 * from it (from `held` toward `start`), never more than RETURN_MAX of it, and never falls.
 */
export function spontaneousReturn(
	held: number,
	start: number,
	days: number,
	rate = RETURN_PER_DAY,
	max = RETURN_MAX
): number {
	if (days <= 0 || held >= start) return held;
	return held + (start - held) * max * (1 - (1 - rate) ** days);
}

export function isPlastic(link: NetLink): boolean {
	return link.kind === 'old' || link.kind === 'new';
}

export function startState(network: Network): RoadsState {
	return {
		weights: Object.fromEntries(network.links.map((l) => [l.id, l.start])),
		day: 0,
		practiceCount: 0,
		restDays: 0,
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

/** The old road's learned strength today: where practice left it, plus what time brought back. */
function oldRoadNow(link: NetLink, state: RoadsState): number {
	return spontaneousReturn(state.weights[link.id] ?? link.start, link.start, state.restDays);
}

/**
 * One day of practice: the urge comes and the new response follows, so every link on that new
 * road fires together and grows. The new learning holds the old road back a little; other new
 * roads go unused for a day and fade.
 */
export function practise(network: Network, state: RoadsState): RoadsState {
	const j = nextResponse(network, state);
	const weights = { ...state.weights };
	for (const link of network.links) {
		if (!isPlastic(link)) continue;
		if (link.kind === 'old') {
			weights[link.id] = decay(oldRoadNow(link, state), link.floor, 1, HOLD_PER_PRACTICE);
			continue;
		}
		const w = weights[link.id] ?? link.start;
		weights[link.id] = onNewRoad(link, j) ? hebbian(w, 1, 1) : decay(w, link.floor, 1);
	}
	return {
		weights,
		day: state.day + 1,
		practiceCount: state.practiceCount + 1,
		restDays: 0,
		stress: false
	};
}

/**
 * Days go by with no practice: the new road fades toward where it started, and the old road
 * does not fade at all; it comes a little way back (see `spontaneousReturn`).
 */
export function passDays(network: Network, state: RoadsState, days = WEEK): RoadsState {
	const n = Math.max(0, days);
	const weights = { ...state.weights };
	for (const link of network.links) {
		if (link.kind !== 'new') continue;
		weights[link.id] = decay(weights[link.id] ?? link.start, link.floor, n);
	}
	return { ...state, weights, day: state.day + n, restDays: state.restDays + n, stress: false };
}

/** A stressful day: the old road is boosted until the next day comes. */
export function stressfulDay(state: RoadsState): RoadsState {
	return { ...state, stress: true };
}

/** The strength a signal meets on a link today (stress lifts the old road, up to 1). */
export function effectiveWeight(link: NetLink, state: RoadsState): number {
	if (link.kind !== 'old') return state.weights[link.id] ?? link.start;
	const w = oldRoadNow(link, state);
	return state.stress ? clamp01(w + STRESS_BOOST) : w;
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
