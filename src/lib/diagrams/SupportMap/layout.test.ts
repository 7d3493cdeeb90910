import { describe, expect, it } from 'vitest';
import {
	clampToMap,
	createLayoutSimulation,
	initialLayout,
	layoutNodes,
	mapGeometry,
	ME_RADIUS,
	ringPoint,
	settle,
	type Geometry,
	type Positions
} from './layout';
import type { SupportEntry } from './supports';

const entry = (id: string, name: string, closeness: 1 | 2 | 3): SupportEntry => ({
	id,
	name,
	kind: 'person',
	closeness
});

const crowd: SupportEntry[] = [
	entry('s1', 'Mum', 1),
	entry('s2', 'Tuesday group', 1),
	entry('s3', 'Dr. Lee', 2),
	entry('s4', 'Walking buddy', 2),
	entry('s5', 'The library', 2),
	entry('s6', 'Sister Ana', 3),
	entry('s7', 'Gym', 3),
	entry('s8', 'Church', 3)
];

/** How far round its ring a point is: 1 = on the outer ring. */
const share = (geo: Geometry, p: { x: number; y: number }) =>
	Math.hypot((p.x - geo.cx) / geo.rx, (p.y - geo.cy) / geo.ry);

describe('mapGeometry', () => {
	it.each([
		// width asked, width used, height: taller than wide on a phone, wider on a desktop
		[200, 260, 340],
		[300, 300, 340],
		[560, 560, 392],
		[900, 640, 420]
	])('width %i → %i × %i', (asked, width, height) => {
		const geo = mapGeometry(asked);
		expect(geo.width).toBe(width);
		expect(geo.height).toBe(height);
		expect(geo.cx).toBe(width / 2);
		expect(geo.cy).toBe(height / 2);
	});

	it.each([260, 320, 640])('at %i px the rings grow outward and clear "me"', (width) => {
		const geo = mapGeometry(width);
		expect(geo.rings[1]).toBeLessThan(geo.rings[2]);
		expect(geo.rings[2]).toBeLessThan(geo.rings[3]);
		expect(geo.rings[3]).toBe(1);
		expect(Math.min(geo.rx, geo.ry) * geo.rings[1]).toBeGreaterThanOrEqual(ME_RADIUS + 30);
	});

	it.each([
		[0, { x: 1, y: 0 }],
		[90, { x: 0, y: 1 }],
		[-90, { x: 0, y: -1 }]
	])('ringPoint at %i° on the outer ring', (degrees, unit) => {
		const geo = mapGeometry(320);
		const p = ringPoint(geo, 1, degrees);
		expect(p.x).toBeCloseTo(geo.cx + unit.x * geo.rx);
		expect(p.y).toBeCloseTo(geo.cy + unit.y * geo.ry);
	});
});

describe('initialLayout', () => {
	const geo = mapGeometry(320);

	it('is the same every time (so the server and the first paint agree)', () => {
		expect(initialLayout(crowd, geo)).toEqual(initialLayout(crowd, geo));
	});

	it('puts each entry on the ring for its closeness', () => {
		const layout = initialLayout(crowd, geo);
		for (const e of crowd) expect(share(geo, layout[e.id]!)).toBeCloseTo(geo.rings[e.closeness], 2);
	});

	it.each([
		[[entry('s1', 'Mum', 1)], { s1: -90 }],
		[[entry('s1', 'A', 3), entry('s2', 'B', 3)], { s1: -75, s2: 105 }]
	])('spreads a ring evenly from its own start angle: %j', (entries, angles) => {
		const layout = initialLayout(entries, geo);
		for (const [id, degrees] of Object.entries(angles)) {
			const c = entries.find((e) => e.id === id)!.closeness;
			const p = ringPoint(geo, geo.rings[c], degrees);
			expect(layout[id]!.x).toBeCloseTo(p.x, 0);
			expect(layout[id]!.y).toBeCloseTo(p.y, 0);
		}
	});

	it('is empty for an empty map', () => {
		expect(initialLayout([], geo)).toEqual({});
	});
});

describe('layoutNodes', () => {
	const geo = mapGeometry(320);

	it('starts from current positions and places new entries at their fixed spot', () => {
		const current: Positions = { s1: { x: 10, y: 20 } };
		const nodes = layoutNodes(crowd.slice(0, 2), geo, current);
		expect(nodes[0]).toMatchObject({ id: 's1', x: 10, y: 20, ring: geo.rings[1] });
		expect(nodes[1]).toMatchObject(initialLayout(crowd.slice(0, 2), geo).s2!);
	});

	it.each([
		['Al', 20],
		['Mum and Dad', 45.25],
		['Tuesday evening group', 49]
	])('gives "%s" a collision radius of %d', (name, radius) => {
		expect(layoutNodes([entry('s1', name, 2)], geo, {})[0]!.collide).toBeCloseTo(radius);
	});
});

describe('clampToMap', () => {
	const geo = mapGeometry(320);
	it.each([
		[
			{ x: -50, y: -50 },
			{ x: geo.pad, y: 18 }
		],
		[
			{ x: 999, y: 999 },
			{ x: geo.width - geo.pad, y: geo.height - 30 }
		],
		[
			{ x: 160, y: 170 },
			{ x: 160, y: 170 }
		]
	])('%j → %j', (p, out) => {
		expect(clampToMap(p, geo)).toEqual(out);
	});
});

describe('the force layout', () => {
	it.each([320, 640])('at %i px settles every mark near its ring, inside the picture', (width) => {
		const geo = mapGeometry(width);
		const sim = createLayoutSimulation(layoutNodes(crowd, geo, {}), geo);
		const out = settle(sim, geo);
		for (const e of crowd) {
			const p = out[e.id]!;
			expect(p.x).toBeGreaterThanOrEqual(geo.pad);
			expect(p.x).toBeLessThanOrEqual(geo.width - geo.pad);
			expect(p.y).toBeGreaterThanOrEqual(18);
			expect(p.y).toBeLessThanOrEqual(geo.height - 30);
			expect(Math.abs(share(geo, p) - geo.rings[e.closeness])).toBeLessThan(0.2);
		}
	});

	it('keeps the rings in order: closer supports end nearer to "me" on average', () => {
		const geo = mapGeometry(320);
		const out = settle(createLayoutSimulation(layoutNodes(crowd, geo, {}), geo), geo);
		const mean = (c: number) => {
			const ring = crowd.filter((e) => e.closeness === c).map((e) => share(geo, out[e.id]!));
			return ring.reduce((a, b) => a + b, 0) / ring.length;
		};
		expect(mean(1)).toBeLessThan(mean(2));
		expect(mean(2)).toBeLessThan(mean(3));
	});

	it('pushes two marks that start on the same spot apart', () => {
		const geo = mapGeometry(640);
		const twins = [entry('s1', 'Ann', 2), entry('s2', 'Bo', 2)];
		const same = { s1: { x: 400, y: 150 }, s2: { x: 400, y: 150.5 } };
		const out = settle(createLayoutSimulation(layoutNodes(twins, geo, same), geo), geo);
		expect(Math.hypot(out.s1!.x - out.s2!.x, out.s1!.y - out.s2!.y)).toBeGreaterThan(30);
	});

	it('never runs on its own: the simulation comes back stopped', async () => {
		const geo = mapGeometry(320);
		const nodes = layoutNodes(crowd, geo, {});
		const before = nodes.map((n) => [n.x, n.y]);
		createLayoutSimulation(nodes, geo);
		// d3's timer would have ticked by now if the simulation had been left running.
		await new Promise((resolve) => setTimeout(resolve, 60));
		expect(nodes.map((n) => [n.x, n.y])).toEqual(before);
	});
});
