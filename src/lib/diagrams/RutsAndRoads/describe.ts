/**
 * Words for the diagram's text alternative and its announcements. Strengths are shown as a score
 * out of 100, which reads more easily than a decimal.
 */
import type { RoadsState } from './learning';
import type { Network } from './network';
import type { RoadStrength, SpreadResult } from './spread';

export const score = (w: number) => Math.round(w * 100);

export function strengthWord(w: number): 'strong' | 'medium' | 'weak' {
	if (w >= 0.75) return 'strong';
	if (w >= 0.45) return 'medium';
	return 'weak';
}

/** The label a person reads for a node: its own label, or what part it plays. */
export function nodeName(network: Network, id: string): string {
	const node = network.nodes.find((n) => n.id === id);
	if (!node) return id;
	if (node.label) return `“${node.label}”`;
	switch (node.role) {
		case 'hub':
			return 'the urge neuron';
		case 'old':
			return 'an old-road neuron';
		case 'new':
			return 'a new-road neuron';
		default:
			return 'a nearby neuron';
	}
}

export function describeStatus(state: RoadsState): string {
	const practices = `${state.practiceCount} ${state.practiceCount === 1 ? 'practice' : 'practices'}`;
	return `Day ${state.day} · ${practices} · ${state.stress ? 'a stressful day' : 'a calm day'}`;
}

/** "If a cue comes now, the old road wins: use 90, “Take a walk” 15." */
export function describeWinner(all: RoadStrength[]): string {
	const [old, ...fresh] = all;
	if (!old) return '';
	const top = all.reduce((a, b) => (b.strength > a.strength ? b : a));
	const which = top === old ? 'the old road wins' : `the new road to “${top.label}” wins`;
	const scores = [
		`use ${score(old.strength)}`,
		...fresh.map((r) => `“${r.label}” ${score(r.strength)}`)
	];
	return `If a cue comes now, ${which}: ${scores.join(', ')}.`;
}

/** One line per step of a spread, for the ordered list in the readout. */
export function describeSteps(network: Network, result: SpreadResult): string[] {
	const onPath = new Set(result.path.map((id) => network.links.find((l) => l.id === id)?.target));
	return result.steps.map((lits, i) => {
		if (i === 0) return `${nodeName(network, result.cue)} fires.`;
		const main = lits.filter((l) => onPath.has(l.id) || isRoad(network, l.id));
		const shown = (main.length > 0 ? main : lits)
			.sort((a, b) => b.activation - a.activation)
			.map((l) => `${nodeName(network, l.id)} (${score(l.activation)})`);
		const others = lits.length - main.length;
		const extra = main.length > 0 && others > 0 ? `, and ${others} more faintly` : '';
		return `The signal reaches ${list(shown)}${extra}.`;
	});
}

const isRoad = (network: Network, id: string) =>
	network.nodes.some((n) => n.id === id && n.role !== 'other');

/** The sentence that ends a spread: where the signal went, and how strongly. */
export function describeOutcome(network: Network, result: SpreadResult): string {
	const strength = score(result.activation[result.winner] ?? 0);
	const cue = nodeName(network, result.cue);
	if (result.winner === 'use') {
		return `${cue} set off the old road. The strongest signal (${strength}) reached “Use”.`;
	}
	return `${cue} set off the new road. The strongest signal (${strength}) reached ${nodeName(network, result.winner)}.`;
}

export type Action = 'practise' | 'days' | 'stress' | 'reset';

/** What the live region says after a button changes the links. */
export function describeChange(
	network: Network,
	action: Action,
	state: RoadsState,
	all: RoadStrength[]
): string {
	const [old, ...fresh] = all;
	const newScores = fresh.map((r) => `“${r.label}” ${score(r.strength)}`).join(', ');
	const roadsNow = `Old road ${score(old?.strength ?? 0)}; new road: ${newScores}.`;
	switch (action) {
		case 'practise': {
			const j = (state.practiceCount - 1) % network.responses.length;
			return `Practice ${state.practiceCount}: “${network.responses[j]}”. ${roadsNow}`;
		}
		case 'days':
			return `A week passes with no practice. Day ${state.day}. Time alone does not weaken the old road; unused, the new road fades. ${roadsNow}`;
		case 'stress':
			return `A stressful day: the old road wakes up. ${roadsNow}`;
		case 'reset':
			return `Back to the start. ${roadsNow}`;
	}
}

/** A plain summary of the whole picture, for the SVG's description. */
export function describeNetwork(network: Network, all: RoadStrength[]): string {
	const [old, ...fresh] = all;
	const cues = list(network.cues.map((c) => `“${c}”`));
	const newRoads = fresh
		.map((r) => `to “${r.label}” (${strengthWord(r.strength)}, ${score(r.strength)})`)
		.join(' and ');
	return (
		`A small network of ${network.nodes.length} neurons. Cues at the top: ${cues}. ` +
		`They all lead to one urge neuron. From there an old road runs to use ` +
		`(${strengthWord(old?.strength ?? 0)}, ${score(old?.strength ?? 0)}), and a new road runs ` +
		`${newRoads}. Thicker lines are stronger links.`
	);
}

export function list(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
