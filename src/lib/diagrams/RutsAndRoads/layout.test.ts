import { describe, expect, it } from 'vitest';
import {
	initialPositions,
	labelPosition,
	linkWidth,
	MARGIN,
	nodeRadius,
	settledPositions
} from './layout';
import { buildNetwork, shortLabel } from './network';

const networks = [
	{ name: 'default labels', net: buildNetwork() },
	{ name: 'one cue, one response', net: buildNetwork(['Friday night'], ['Call my sponsor']) },
	{ name: 'four cues, three responses', net: buildNetwork(['a', 'b', 'c', 'd'], ['w', 'x', 'y']) }
];

describe('initialPositions', () => {
	it.each(networks)('puts every node at its target ($name)', ({ net }) => {
		const at = initialPositions(net);
		for (const n of net.nodes) expect(at[n.id]).toEqual({ x: n.x, y: n.y });
	});
});

describe('settledPositions', () => {
	it.each(networks)('is deterministic and stays inside the picture ($name)', ({ net }) => {
		const a = settledPositions(net);
		expect(settledPositions(net)).toEqual(a);
		for (const n of net.nodes) {
			const p = a[n.id]!;
			expect(p.x).toBeGreaterThanOrEqual(MARGIN);
			expect(p.x).toBeLessThanOrEqual(net.width - MARGIN);
			expect(p.y).toBeGreaterThanOrEqual(MARGIN);
			expect(p.y).toBeLessThanOrEqual(net.height - MARGIN);
		}
	});

	it.each(networks)('leaves the labelled cues and outcomes where they are ($name)', ({ net }) => {
		const at = settledPositions(net);
		for (const n of net.nodes.filter((n) => n.label)) {
			expect(at[n.id]).toEqual({ x: n.x, y: n.y });
		}
	});

	it.each(networks)('keeps nodes apart and near their targets ($name)', ({ net }) => {
		const at = settledPositions(net);
		for (const a of net.nodes) {
			const p = at[a.id]!;
			expect(Math.hypot(p.x - a.x, p.y - a.y), a.id).toBeLessThan(40);
			for (const b of net.nodes) {
				if (a.id >= b.id) continue;
				const q = at[b.id]!;
				expect(Math.hypot(p.x - q.x, p.y - q.y), `${a.id}–${b.id}`).toBeGreaterThan(
					nodeRadius(a) + nodeRadius(b)
				);
			}
		}
	});
});

describe('linkWidth', () => {
	it.each([
		{ w: 0, want: 1.5 },
		{ w: 0.5, want: 6.25 },
		{ w: 1, want: 11 },
		{ w: 2, want: 11 },
		{ w: -1, want: 1.5 }
	])('$w → $want', ({ w, want }) => expect(linkWidth(w)).toBeCloseTo(want, 10));
});

describe('labelPosition', () => {
	const net = buildNetwork();
	const node = (id: string) => net.nodes.find((n) => n.id === id)!;
	it.each([
		{
			name: 'above a cue',
			id: 'cue-1',
			at: { x: 160, y: 95 },
			text: 'An old friend',
			want: { x: 160, y: 76 }
		},
		{
			name: 'below an outcome',
			id: 'use',
			at: { x: 70, y: 335 },
			text: 'Use',
			want: { x: 70, y: 365 }
		},
		{
			name: 'kept off the left edge',
			id: 'cue-0',
			at: { x: 20, y: 40 },
			text: 'Payday',
			want: { x: 31, y: 21 }
		},
		{
			name: 'kept off the right edge',
			id: 'response-0',
			at: { x: 310, y: 335 },
			text: 'Take a walk',
			want: { x: 266.5, y: 365 }
		}
	])('$name', ({ id, at, text, want }) => {
		const got = labelPosition(node(id), at, text, 320, 15);
		expect(got.x).toBeCloseTo(want.x, 5);
		expect(got.y).toBeCloseTo(want.y, 5);
	});
});

describe('labels in a seeded network', () => {
	const FONT = 18;
	const long = buildNetwork(
		['My cousin Ray', 'Bored on a Sunday afternoon', 'The bus station', 'Payday'],
		['Call my sponsor', 'Go to a meeting', 'Walk the dog twice']
	);
	const cases = [...networks, { name: 'long labels everywhere', net: long }];

	/** The box a label takes, from its estimated width (0.6 em a glyph) and the font size. */
	function boxes(net: ReturnType<typeof buildNetwork>) {
		const at = settledPositions(net);
		return net.nodes
			.filter((n) => n.label)
			.map((n) => {
				const text = shortLabel(n.label, n.labelChars);
				const p = labelPosition(n, at[n.id]!, text, net.width, FONT);
				const half = (text.length * 0.6 * FONT) / 2;
				return { id: n.id, left: p.x - half, right: p.x + half, top: p.y - FONT, bottom: p.y };
			});
	}

	it.each(cases)('stay inside the picture and clear of each other ($name)', ({ net }) => {
		const all = boxes(net);
		for (const a of all) {
			expect(a.left, a.id).toBeGreaterThanOrEqual(0);
			expect(a.right, a.id).toBeLessThanOrEqual(net.width);
			expect(a.top, a.id).toBeGreaterThanOrEqual(0);
			expect(a.bottom, a.id).toBeLessThanOrEqual(net.height);
			for (const b of all) {
				if (a.id >= b.id) continue;
				const apart =
					a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
				expect(apart, `${a.id} and ${b.id}`).toBe(true);
			}
		}
	});

	it.each(cases)('do not cover another labelled node ($name)', ({ net }) => {
		const at = settledPositions(net);
		for (const box of boxes(net)) {
			for (const n of net.nodes.filter((n) => n.label && n.id !== box.id)) {
				const p = at[n.id]!;
				const r = nodeRadius(n);
				const clear =
					p.x + r <= box.left ||
					p.x - r >= box.right ||
					p.y + r <= box.top ||
					p.y - r >= box.bottom;
				expect(clear, `${box.id} label over ${n.id}`).toBe(true);
			}
		}
	});
});
