/**
 * Spreading activation: a cue fires at full strength and the signal moves one link per step.
 * A signal can be no stronger than the weakest link it has crossed (a road is as easy as its
 * hardest stretch), and each neuron keeps the strongest signal that reaches it. The outcome the
 * strongest signal reaches is the road the brain slides down.
 */
import { effectiveWeight, type RoadsState } from './learning';
import { isOutcome, outgoing, type Network } from './network';

export interface Lit {
	id: string;
	/** Signal strength at this neuron, 0–1. */
	activation: number;
	/** The link the signal came in on (absent for the cue itself). */
	via?: string;
}

export interface SpreadResult {
	cue: string;
	/** Step 0 is the cue; each later step lists the neurons first reached then. */
	steps: Lit[][];
	/** Every neuron the signal reached, with its final strength. */
	activation: Record<string, number>;
	/** The outcome node the strongest signal reached (ties go to the old habit). */
	winner: string;
	/** Link ids from the cue to the winner. */
	path: string[];
}

export function spread(network: Network, state: RoadsState, cueId: string): SpreadResult {
	if (!network.nodes.some((n) => n.id === cueId && n.role === 'cue')) {
		throw new Error(`spread: "${cueId}" is not a cue`);
	}
	const out = outgoing(network);
	const best = new Map<string, Lit>([[cueId, { id: cueId, activation: 1 }]]);
	const steps: Lit[][] = [[{ id: cueId, activation: 1 }]];
	let frontier = [cueId];
	while (frontier.length > 0) {
		const reached = new Map<string, Lit>();
		for (const from of frontier) {
			const a = best.get(from)?.activation ?? 0;
			for (const link of out.get(from) ?? []) {
				const signal = Math.min(a, effectiveWeight(link, state));
				const known = best.get(link.target) ?? reached.get(link.target);
				if (known && known.activation >= signal) continue;
				reached.set(link.target, { id: link.target, activation: signal, via: link.id });
			}
		}
		for (const lit of reached.values()) best.set(lit.id, lit);
		if (reached.size > 0) steps.push([...reached.values()]);
		frontier = [...reached.keys()];
	}

	const activation = Object.fromEntries([...best].map(([id, lit]) => [id, lit.activation]));
	// Ties go to the old habit: it is the well-worn road, so it runs first.
	const outcomes = network.nodes
		.filter(isOutcome)
		.filter((n) => best.has(n.id))
		.sort((a, b) => (activation[b.id] ?? 0) - (activation[a.id] ?? 0) || rank(a.id) - rank(b.id));
	const winner = outcomes[0]?.id ?? 'use';

	const path: string[] = [];
	const links = new Map(network.links.map((l) => [l.id, l]));
	for (let at = best.get(winner); at?.via; at = best.get(links.get(at.via)?.source ?? '')) {
		path.unshift(at.via);
	}
	return { cue: cueId, steps, activation, winner, path };
}

const rank = (id: string) => (id === 'use' ? 0 : 1);

export interface RoadStrength {
	/** `use` or `response-j`. */
	outcome: string;
	label: string;
	/** Strength of each link on the road, cue side first (stress included). */
	links: number[];
	/** The weakest link: how easily a signal gets through. */
	strength: number;
}

/** Each road from the urge neuron to an outcome, with its link strengths today. */
export function roads(network: Network, state: RoadsState): RoadStrength[] {
	const road = (outcome: string, label: string, kind: 'old' | 'new', j?: number) => {
		const links = network.links
			.filter((l) => l.kind === kind && (l.response === undefined || l.response === j))
			.map((l) => effectiveWeight(l, state));
		return { outcome, label, links, strength: Math.min(...links) };
	};
	return [
		road('use', 'Use', 'old'),
		...network.responses.map((label, j) => road(`response-${j}`, label, 'new', j))
	];
}

/** The outcome a cue leads to today, without stepping through the spread. */
export function likelyOutcome(network: Network, state: RoadsState): RoadStrength {
	const all = roads(network, state);
	return all.reduce((a, b) => (b.strength > a.strength ? b : a));
}
