/**
 * Where the neurons sit. The server render (and the first paint) uses each node's fixed target
 * position; in the browser a d3-force simulation then lets the network settle into a looser,
 * more natural shape while forces keep every node near its target. The simulation never runs on
 * the server (DESIGN.md: a simulation during SSR cut lesson throughput about threefold).
 */
import {
	forceCollide,
	forceLink,
	forceManyBody,
	forceSimulation,
	forceX,
	forceY,
	type Simulation,
	type SimulationLinkDatum,
	type SimulationNodeDatum
} from 'd3';
import { LABEL_LINE, type NetNode, type Network } from './network';

export interface Point {
	x: number;
	y: number;
}
export type Positions = Record<string, Point>;

/** Space kept clear at the edges so circles and labels stay inside the picture. */
export const MARGIN = 16;
/** Ticks to settle the simulation at once (reduced motion); d3's default run is ~300 ticks. */
export const SETTLE_TICKS = 300;

export function nodeRadius(node: NetNode): number {
	return node.role === 'cue' || node.role === 'use' || node.role === 'response' ? 13 : 9;
}

/** The deterministic layout: every node at its target. */
export function initialPositions(network: Network): Positions {
	return Object.fromEntries(network.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
}

type SimNode = SimulationNodeDatum & { id: string; tx: number; ty: number; r: number };
type SimLink = SimulationLinkDatum<SimNode>;

export interface Layout {
	simulation: Simulation<SimNode, SimLink>;
	/** Current positions, clamped inside the picture. */
	positions: () => Positions;
}

/** A stopped simulation over the network; call `tick()` or `restart()` on it. */
export function createLayout(network: Network): Layout {
	// Labelled nodes (cues at the top, outcomes at the bottom) stay pinned (fx, fy) so their
	// labels never drift into each other; the neurons between them settle around them.
	const nodes: SimNode[] = network.nodes.map((n) => ({
		id: n.id,
		x: n.x,
		y: n.y,
		...(n.label ? { fx: n.x, fy: n.y } : {}),
		tx: n.x,
		ty: n.y,
		r: nodeRadius(n)
	}));
	const links: SimLink[] = network.links.map((l) => ({ source: l.source, target: l.target }));
	const simulation = forceSimulation(nodes)
		.force(
			'link',
			forceLink<SimNode, SimLink>(links)
				.id((d) => d.id)
				.distance(55)
				.strength(0.15)
		)
		.force('charge', forceManyBody<SimNode>().strength(-60).distanceMax(120))
		.force(
			'collide',
			forceCollide<SimNode>((d) => d.r + 10)
		)
		.force('x', forceX<SimNode>((d) => d.tx).strength(0.3))
		.force('y', forceY<SimNode>((d) => d.ty).strength(0.3))
		.stop();
	const positions = () =>
		Object.fromEntries(
			nodes.map((n) => [
				n.id,
				{
					x: clamp(n.x ?? n.tx, MARGIN + n.r, network.width - MARGIN - n.r),
					y: clamp(n.y ?? n.ty, MARGIN + n.r, network.height - MARGIN - n.r)
				}
			])
		);
	return { simulation, positions };
}

/** Runs the simulation to rest at once and returns where the nodes ended up. */
export function settledPositions(network: Network, ticks = SETTLE_TICKS): Positions {
	const layout = createLayout(network);
	layout.simulation.tick(ticks);
	return layout.positions();
}

function clamp(v: number, lo: number, hi: number): number {
	return Math.min(hi, Math.max(lo, v));
}

const MIN_WIDTH = 1.5;
const MAX_WIDTH = 11;

/**
 * Link strength (0–1) → stroke width in picture units, clamped. A plain linear map: d3's
 * scaleLinear would do the same but brings colour and number formatting code (~8 KB gzip) along.
 */
export function linkWidth(strength: number): number {
	return MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * clamp(strength, 0, 1);
}

/** Average glyph width as a share of the font size, for keeping labels inside the picture. */
const GLYPH = 0.6;

/**
 * Where a node's label goes: above cues, below outcomes (on the node's own label line); centred,
 * but kept inside the picture.
 */
export function labelPosition(
	node: NetNode,
	at: Point,
	text: string,
	width: number,
	fontSize: number
): Point {
	const half = (text.length * GLYPH * fontSize) / 2;
	const x = clamp(at.x, 4 + half, width - 4 - half);
	const r = nodeRadius(node);
	const below = at.y + r + fontSize + 2 + (node.labelLine ?? 0) * LABEL_LINE;
	return { x, y: node.role === 'cue' ? at.y - r - 6 : below };
}
