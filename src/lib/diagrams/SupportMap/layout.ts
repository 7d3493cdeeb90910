import { forceCollide, forceSimulation, type Simulation, type SimulationNodeDatum } from 'd3';
import { labelBox, wrapLabel, type Box } from '../wrap';
import { CLOSENESS, type Closeness, type SupportEntry } from './supports';

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
	/** Half the width of its wrapped label, and how many lines it has. */
	half: number;
	lines: number;
	x: number;
	y: number;
}

/** The label font is 14 px; about 7.5 px a character is enough room for a line of the label. */
export const CHAR_WIDTH = 7.5;
export const LINE_HEIGHT = 16;
/** Characters a label line holds; a longer name wraps onto more lines, never cut. */
export const LABEL_CHARS = 12;
/** The label's first line starts this far below the middle of its mark. */
export const LABEL_TOP = 15;
const MARK = 20;

/** The learner's name for a support, wrapped onto lines of the label. */
export function labelLines(name: string): string[] {
	return wrapLabel(name, LABEL_CHARS);
}

/** The box the wrapped label of a mark at `p` takes. */
export function supportLabelBox(p: Position, lines: string[]): Box {
	return labelBox(lines, p.x, p.y + LABEL_TOP, CHAR_WIDTH, LINE_HEIGHT);
}
/** Radius of the "me" mark in the middle. */
export const ME_RADIUS = 24;

/**
 * The picture's size. It grows taller when the labels need more room than the usual height gives,
 * so long names wrap onto more lines instead of being cut or drawn over each other.
 */
export function mapGeometry(width: number, entries: SupportEntry[] = []): Geometry {
	const w = Math.max(260, Math.min(width, 640));
	// Room for every footprint, with slack: the layout is loose, not tightly packed.
	const area = entries.reduce((sum, e) => {
		const f = footprint({ x: 0, y: 0 }, labelLines(e.name));
		return sum + (f.width + 12) * (f.height + 12);
	}, 0);
	const needed = Math.round((area * 2) / w);
	const height = Math.max(Math.round(Math.min(420, Math.max(340, w * 0.7))), needed);
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

/** The box a mark and its label hanging under it take together. */
export function footprint(p: Position, lines: string[]): Box {
	const label = supportLabelBox(p, lines);
	const half = Math.max(MARK, label.width / 2);
	return { x: p.x - half, y: p.y - MARK, width: half * 2, height: LABEL_TOP + label.height + MARK };
}

/**
 * Pushes apart marks whose footprints still overlap after the forces, along the shorter way out,
 * keeping each inside the picture. The forces treat marks as circles; labels are boxes.
 */
export function separate(nodes: LayoutNode[], geo: Geometry, rounds = 200): void {
	const gap = 4;
	const me = meBox(geo);
	const move = (n: LayoutNode, dx: number, dy: number) => {
		n.x += dx;
		n.y += dy;
		Object.assign(n, clampToMap(n, geo, n.half, n.lines));
	};
	for (let r = 0; r < rounds; r++) {
		let moved = false;
		// Each mark against "me" (which stays put) and then against every later mark.
		for (let i = 0; i < nodes.length; i++) {
			const a = nodes[i]!;
			const push = overlap(footprintOf(a), me, gap);
			if (push) {
				moved = true;
				const mid = footprintOf(a);
				const ax = mid.x + mid.width / 2;
				const ay = mid.y + mid.height / 2;
				if (push.x < push.y) move(a, ax < geo.cx ? -push.x : push.x, 0);
				else move(a, 0, ay < geo.cy ? -push.y : push.y);
			}
			for (let j = i + 1; j < nodes.length; j++) {
				const b = nodes[j]!;
				const o = overlap(footprintOf(a), footprintOf(b), gap);
				if (!o) continue;
				moved = true;
				const sx = a.x < b.x || (a.x === b.x && i < j) ? -1 : 1;
				const sy = a.y < b.y || (a.y === b.y && i < j) ? -1 : 1;
				const sideways = () => (move(a, (sx * o.x) / 2, 0), move(b, (-sx * o.x) / 2, 0));
				const upDown = () => (move(a, 0, (sy * o.y) / 2), move(b, 0, (-sy * o.y) / 2));
				// The shorter way out first; if an edge of the picture blocks it, the other way.
				(o.x < o.y ? sideways : upDown)();
				const left = overlap(footprintOf(a), footprintOf(b), gap);
				if (left) {
					o.x = left.x;
					o.y = left.y;
					(o.x < o.y ? upDown : sideways)();
				}
			}
		}
		if (!moved) return;
	}
}

/** How far two boxes overlap each way (with a gap), or null when they are apart. */
function overlap(a: Box, b: Box, gap: number): { x: number; y: number } | null {
	const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) + gap;
	const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) + gap;
	return x > 0 && y > 0 ? { x, y } : null;
}

/** The "me" mark in the middle, which labels keep clear of. */
export function meBox(geo: Geometry): Box {
	return {
		x: geo.cx - ME_RADIUS,
		y: geo.cy - ME_RADIUS,
		width: ME_RADIUS * 2,
		height: ME_RADIUS * 2
	};
}

function footprintOf(n: LayoutNode): Box {
	const half = Math.max(MARK, n.half);
	return {
		x: n.x - half,
		y: n.y - MARK,
		width: half * 2,
		height: LABEL_TOP + n.lines * LINE_HEIGHT + MARK
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
		const lines = labelLines(e.name);
		const box = supportLabelBox({ x: 0, y: 0 }, lines);
		return {
			id: e.id,
			ring: geo.rings[e.closeness],
			// Room for the mark and its label, which hangs under it.
			collide: Math.max(MARK, box.width / 2 + 4, (LABEL_TOP + box.height + MARK) / 2 + 4),
			half: box.width / 2,
			lines: lines.length,
			x: from.x,
			y: from.y
		};
	});
}

/** Keeps a mark, and its label of `lines` lines `half` wide each side, inside the picture. */
export function clampToMap(p: Position, geo: Geometry, half = 0, lines = 1): Position {
	const side = Math.max(geo.pad, half + 2);
	const below = Math.max(30, LABEL_TOP + lines * LINE_HEIGHT + 4);
	return {
		x: Math.min(geo.width - side, Math.max(side, p.x)),
		y: Math.min(geo.height - below, Math.max(MARK + 2, p.y))
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
	separate(nodes, geo);
	const out: Positions = {};
	for (const n of nodes) {
		const p = clampToMap({ x: n.x, y: n.y }, geo, n.half, n.lines);
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
