/**
 * The little network the "Ruts and roads" diagram draws: cues at the top, one shared "urge"
 * neuron, an old road down the left to use and a new road down the right to the new response(s),
 * and a few background neurons so it looks like a piece of a brain, not a flow chart.
 * A schematic for teaching, not a model of real neurons.
 */

export type NodeRole = 'cue' | 'hub' | 'old' | 'use' | 'new' | 'response' | 'other';
/** `cue` links carry a cue to the urge neuron; `old`/`new` are the two roads; `other` is background. */
export type LinkKind = 'cue' | 'old' | 'new' | 'other';

export interface NetNode {
	id: string;
	role: NodeRole;
	/** Full label (cues, use and responses); empty for unnamed neurons. */
	label: string;
	/** Where the layout pulls this node: also its position in the server render. */
	x: number;
	y: number;
	/** Most characters of the label drawn (the full label is in the text alternative). */
	labelChars?: number;
	/** Outcome labels sit on their own line below the row (0, 1, 2…) so they never collide. */
	labelLine?: number;
}

export interface NetLink {
	id: string;
	source: string;
	target: string;
	kind: LinkKind;
	/** For the new road's last link: which response it leads to. */
	response?: number;
	/** Strength at the start (0–1). */
	start: number;
	/** The lowest it can go (0–1): practice holds the old road no lower; an unused new road fades to it. */
	floor: number;
}

export interface Network {
	nodes: NetNode[];
	links: NetLink[];
	cues: string[];
	responses: string[];
	width: number;
	height: number;
}

export const DEFAULT_CUES = ['Payday', 'An old friend', 'Feeling low'];
export const DEFAULT_RESPONSES = ['Take a walk'];
export const MAX_CUES = 4;
export const MAX_RESPONSES = 3;
/** The issue asks for about 12–20 neurons. */
export const MAX_NODES = 20;

/** Starting strengths: the old road is deep, the new one barely there (illustrative numbers). */
export const OLD_START = 0.9;
/** Practice holds the old road back, never below this (Bouton 2002: extinction does not erase). */
export const OLD_FLOOR = 0.4;
export const NEW_START = 0.15;
export const NEW_FLOOR = NEW_START;
const CUE_WEIGHT = 1;
const BACKGROUND_WEIGHT = 0.1;

export const WIDTH = 320;
const CUE_ROW_GAP = 55;
const OUTCOME_Y = 340;
/** Response x positions for one, two or three responses. */
const RESPONSE_X = [[250], [200, 285], [185, 237, 290]];
/** Line height of stacked outcome labels, in picture units (labels are 18 units). */
export const LABEL_LINE = 22;
/** Label lengths that fit: a whole row, or half of one (18-unit bold text, ~11 units a glyph). */
export const LABEL_CHARS = 16;
export const PAIRED_LABEL_CHARS = 13;

/** Trimmed, non-empty, without case-insensitive duplicates, at most `max`; else the fallback. */
export function cleanLabels(
	labels: readonly string[] | undefined,
	fallback: readonly string[],
	max: number
): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const raw of labels ?? []) {
		const label = raw.replace(/\s+/g, ' ').trim();
		const key = label.toLowerCase();
		if (!label || seen.has(key)) continue;
		seen.add(key);
		out.push(label);
		if (out.length === max) break;
	}
	return out.length > 0 ? out : [...fallback];
}

/** A label short enough to draw (the full one is in the text alternative). */
export function shortLabel(label: string, max = 16): string {
	if (label.length <= max) return label;
	const cut = label.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space >= max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Background neurons and what they hang off: dead ends, so they never carry a cue to an outcome. */
const BACKGROUND: { x: number; y: number; from: string }[] = [
	{ x: 35, y: 150, from: 'hub' },
	{ x: 285, y: 150, from: 'hub' },
	{ x: 160, y: 235, from: 'old-1' },
	{ x: 160, y: 300, from: 'new-2' },
	{ x: 28, y: 235, from: 'old-1' },
	{ x: 292, y: 235, from: 'new-1' }
];

export function buildNetwork(cueLabels?: readonly string[], responseLabels?: readonly string[]) {
	const cues = cleanLabels(cueLabels, DEFAULT_CUES, MAX_CUES);
	const responses = cleanLabels(responseLabels, DEFAULT_RESPONSES, MAX_RESPONSES);
	const nodes: NetNode[] = [];
	const links: NetLink[] = [];
	const link = (source: string, target: string, kind: LinkKind, response?: number) => {
		const start =
			kind === 'cue'
				? CUE_WEIGHT
				: kind === 'old'
					? OLD_START
					: kind === 'new'
						? NEW_START
						: BACKGROUND_WEIGHT;
		const floor = kind === 'old' ? OLD_FLOOR : kind === 'new' ? NEW_FLOOR : start;
		links.push({ id: `${source}>${target}`, source, target, kind, response, start, floor });
	};

	// Cues along the top, at most two to a row, so each label has half the width to itself.
	cues.forEach((label, i) => {
		const row = Math.floor(i / 2);
		const pair = cues.length - row * 2 >= 2;
		nodes.push({
			id: `cue-${i}`,
			role: 'cue',
			label,
			x: pair ? (i % 2 === 0 ? 80 : 240) : 160,
			y: 40 + CUE_ROW_GAP * row,
			labelChars: pair ? PAIRED_LABEL_CHARS : LABEL_CHARS
		});
		link(`cue-${i}`, 'hub', 'cue');
	});
	nodes.push({ id: 'hub', role: 'hub', label: '', x: 160, y: 150 });

	nodes.push({ id: 'old-1', role: 'old', label: '', x: 95, y: 205 });
	nodes.push({ id: 'old-2', role: 'old', label: '', x: 75, y: 265 });
	nodes.push({ id: 'use', role: 'use', label: 'Use', x: 70, y: OUTCOME_Y });
	link('hub', 'old-1', 'old');
	link('old-1', 'old-2', 'old');
	link('old-2', 'use', 'old');

	nodes.push({ id: 'new-1', role: 'new', label: '', x: 225, y: 205 });
	nodes.push({ id: 'new-2', role: 'new', label: '', x: 245, y: 265 });
	link('hub', 'new-1', 'new');
	link('new-1', 'new-2', 'new');
	// Responses in a row along the bottom right; their labels each get a line of their own.
	const across = RESPONSE_X[responses.length - 1] ?? RESPONSE_X[0]!;
	responses.forEach((label, j) => {
		nodes.push({
			id: `response-${j}`,
			role: 'response',
			label,
			x: across[j] ?? 250,
			y: OUTCOME_Y,
			labelChars: LABEL_CHARS,
			labelLine: j
		});
		link('new-2', `response-${j}`, 'new', j);
	});

	const room = Math.max(0, MAX_NODES - nodes.length);
	BACKGROUND.slice(0, room).forEach((b, k) => {
		nodes.push({ id: `bg-${k}`, role: 'other', label: '', x: b.x, y: b.y });
		link(b.from, `bg-${k}`, 'other');
	});

	const height = 390 + LABEL_LINE * (responses.length - 1);
	return { nodes, links, cues, responses, width: WIDTH, height } satisfies Network;
}

/** Links that carry a signal out of each node. */
export function outgoing(network: Network): Map<string, NetLink[]> {
	const out = new Map<string, NetLink[]>();
	for (const l of network.links) out.set(l.source, [...(out.get(l.source) ?? []), l]);
	return out;
}

export function isOutcome(node: NetNode): boolean {
	return node.role === 'use' || node.role === 'response';
}
