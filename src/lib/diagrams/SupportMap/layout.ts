import { forceCollide, forceSimulation, type Simulation, type SimulationNodeDatum } from 'd3';
import { CLOSENESS, shortLabel, type Closeness, type SupportEntry } from './supports';

/**
 * Where each support sits around "me". The server (and the first paint) uses `initialLayout`, a
 * fixed arrangement on three rings; in the browser a d3-force simulation then nudges marks apart so
 * labels do not overlap, pulling each one back to its ring. Never run the simulation on the server
 * (DESIGN.md: it cut lesson throughput to a third).
 */

export interface Geometry {
	width: number;
	height: number;
	cx: number;
	cy: number;
	/** Half-axes of the outer ring. The rings are ellipses: taller than wide on a phone. */
	rx: number;
	ry: number;
	/** Each ring's size as a share of the outer ring, for closeness 1, 2 and 3. */
	rings: Record<Closeness, number>;
	/** How far a mark must stay from the side edges, so its label fits. */
	pad: number;
}

export interface Position {
	x: number;
	y: number;
}

export type Positions = Record<string, Position>;

export interface LayoutNode extends SimulationNodeDatum {
	id: string;
	/** The ring it belongs on, as a share of the outer ring. */
	ring: number;
	collide: number;
	x: number;
	y: number;
}

/** The label font is 14 px; about 7.5 px a character is enough room for the short label. */
const CHAR_WIDTH = 7.5;
/** Radius of the "me" mark in the middle. */
export const ME_RADIUS = 24;

export function mapGeometry(width: number): Geometry {
	const w = Math.max(260, Math.min(width, 640));
	const height = Math.round(Math.min(420, Math.max(340, w * 0.7)));
	const pad = 40;
	const rx = w / 2 - pad;
	const ry = height / 2 - 32;
	// The inner ring clears the "me" mark with room for a mark and its label.
	const inner = Math.max(0.42, (ME_RADIUS + 30) / Math.min(rx, ry));
	return {
		width: w,
		height,
		cx: w / 2,
		cy: height / 2,
		rx,
		ry,
		rings: { 1: inner, 2: (inner + 1) / 2, 3: 1 },
		pad
	};
}

/** A point on ring `share` at `degrees` (0 = to the right, -90 = straight up). */
export function ringPoint(geo: Geometry, share: number, degrees: number): Position {
	const a = (degrees * Math.PI) / 180;
	return { x: geo.cx + geo.rx * share * Math.cos(a), y: geo.cy + geo.ry * share * Math.sin(a) };
}

// Each ring starts at a different angle so marks on neighbouring rings do not line up.
const START_ANGLE: Record<Closeness, number> = { 1: -90, 2: -60, 3: -75 };

/** A fixed, even spread on each ring: the same on the server and the first paint. */
export function initialLayout(entries: SupportEntry[], geo: Geometry): Positions {
	const out: Positions = {};
	for (const c of CLOSENESS) {
		const ring = entries.filter((e) => e.closeness === c);
		ring.forEach((entry, i) => {
			const p = ringPoint(geo, geo.rings[c], START_ANGLE[c] + (360 * i) / ring.length);
			out[entry.id] = { x: round(p.x), y: round(p.y) };
		});
	}
	return out;
}

/** Nodes for the simulation: start from where each mark is now, or its fixed place if new. */
export function layoutNodes(
	entries: SupportEntry[],
	geo: Geometry,
	current: Positions
): LayoutNode[] {
	const start = initialLayout(entries, geo);
	return entries.map((e) => {
		const from = current[e.id] ?? start[e.id]!;
		const label = Math.min(12, [...shortLabel(e.name)].length) * CHAR_WIDTH;
		return {
			id: e.id,
			ring: geo.rings[e.closeness],
			// Room for the mark and half its label, which sits under it.
			collide: Math.max(20, label / 2 + 4),
			x: from.x,
			y: from.y
		};
	});
}

/** Keeps a mark, and its label, inside the picture. */
export function clampToMap(p: Position, geo: Geometry): Position {
	return {
		x: Math.min(geo.width - geo.pad, Math.max(geo.pad, p.x)),
		y: Math.min(geo.height - 30, Math.max(18, p.y))
	};
}

/**
 * Like d3's forceRadial, but for an ellipse: pulls each node toward its own ring, along the line
 * from the middle, so the rings can be taller than wide on a phone.
 */
export function ringForce(geo: Geometry, strength: number) {
	let nodes: LayoutNode[] = [];
	function force(alpha: number) {
		for (const n of nodes) {
			const dx = n.x - geo.cx;
			const dy = n.y - geo.cy;
			const share = Math.hypot(dx / geo.rx, dy / geo.ry) || 1e-6;
			const k = ((n.ring - share) / share) * strength * alpha;
			n.vx = (n.vx ?? 0) + dx * k;
			n.vy = (n.vy ?? 0) + dy * k;
		}
	}
	force.initialize = (ns: LayoutNode[]) => {
		nodes = ns;
	};
	return force;
}

/** A stopped simulation; the caller ticks it (animated) or calls `settle` (reduced motion). */
export function createLayoutSimulation(
	nodes: LayoutNode[],
	geo: Geometry
): Simulation<LayoutNode, undefined> {
	return forceSimulation(nodes)
		.force('ring', ringForce(geo, 0.8))
		.force('space', forceCollide<LayoutNode>((d) => d.collide).strength(0.7))
		.alphaDecay(0.05)
		.stop();
}

export function positionsOf(nodes: LayoutNode[], geo: Geometry): Positions {
	const out: Positions = {};
	for (const n of nodes) {
		const p = clampToMap({ x: n.x, y: n.y }, geo);
		out[n.id] = { x: round(p.x), y: round(p.y) };
	}
	return out;
}

/** Runs the simulation to rest at once: for reduced motion, and for tests. */
export function settle(simulation: Simulation<LayoutNode, undefined>, geo: Geometry): Positions {
	const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
	simulation.tick(ticks);
	return positionsOf(simulation.nodes(), geo);
}

function round(n: number): number {
	return Math.round(n * 10) / 10;
}
