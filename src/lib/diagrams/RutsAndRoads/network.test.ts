import { describe, expect, it } from 'vitest';
import {
	buildNetwork,
	cleanLabels,
	DEFAULT_CUES,
	DEFAULT_RESPONSES,
	MAX_NODES,
	OLD_FLOOR,
	shortLabel
} from './network';

describe('cleanLabels', () => {
	it.each([
		{
			name: 'keeps good labels',
			input: ['Payday', 'Bus stop'],
			max: 4,
			want: ['Payday', 'Bus stop']
		},
		{
			name: 'trims and squashes spaces',
			input: ['  my  old   street '],
			max: 4,
			want: ['my old street']
		},
		{ name: 'drops empty ones', input: ['', '   ', 'Friday'], max: 4, want: ['Friday'] },
		{
			name: 'drops duplicates, any case',
			input: ['Payday', 'payday', 'PAYDAY'],
			max: 4,
			want: ['Payday']
		},
		{ name: 'caps the count', input: ['a', 'b', 'c', 'd', 'e'], max: 3, want: ['a', 'b', 'c'] },
		{ name: 'falls back when nothing is left', input: ['  '], max: 4, want: DEFAULT_CUES },
		{ name: 'falls back when missing', input: undefined, max: 4, want: DEFAULT_CUES }
	])('$name', ({ input, max, want }) => {
		expect(cleanLabels(input, DEFAULT_CUES, max)).toEqual(want);
	});
});

describe('shortLabel', () => {
	it.each([
		{ label: 'Payday', want: 'Payday' },
		{ label: 'Feeling lonely', want: 'Feeling lonely' },
		{ label: 'Call my sponsor', want: 'Call my sponsor' },
		{ label: 'My brother’s place on 5th Street', want: 'My brother’s…' },
		{ label: 'Supercalifragilistic', want: 'Supercalifragil…' }
	])('$label → $want', ({ label, want }) => {
		const got = shortLabel(label);
		expect(got).toBe(want);
		expect(got.length).toBeLessThanOrEqual(16);
	});
});

describe('buildNetwork', () => {
	it.each([
		{ cues: undefined, responses: undefined, nodes: 16 },
		{ cues: ['one'], responses: ['walk'], nodes: 14 },
		{ cues: ['a', 'b', 'c', 'd', 'e'], responses: ['w', 'x', 'y', 'z'], nodes: 19 }
	])('$nodes neurons for $cues and $responses', ({ cues, responses, nodes }) => {
		const net = buildNetwork(cues, responses);
		expect(net.nodes).toHaveLength(nodes);
		expect(net.nodes.length).toBeGreaterThanOrEqual(12);
		expect(net.nodes.length).toBeLessThanOrEqual(MAX_NODES);
	});

	it('uses the default labels when none are given', () => {
		const net = buildNetwork();
		expect(net.cues).toEqual(DEFAULT_CUES);
		expect(net.responses).toEqual(DEFAULT_RESPONSES);
		expect(net.nodes.filter((n) => n.role === 'cue').map((n) => n.label)).toEqual(DEFAULT_CUES);
	});

	it('links every node id that exists, once', () => {
		const net = buildNetwork(['a', 'b'], ['w', 'x']);
		const ids = new Set(net.nodes.map((n) => n.id));
		expect(ids.size).toBe(net.nodes.length);
		for (const l of net.links) {
			expect(ids.has(l.source), l.id).toBe(true);
			expect(ids.has(l.target), l.id).toBe(true);
		}
		expect(new Set(net.links.map((l) => l.id)).size).toBe(net.links.length);
	});

	it('starts with a deep old road, a faint new one, and an old-road floor above zero', () => {
		const net = buildNetwork();
		const old = net.links.filter((l) => l.kind === 'old');
		const fresh = net.links.filter((l) => l.kind === 'new');
		expect(old).toHaveLength(3);
		expect(fresh).toHaveLength(3);
		for (const l of old) expect(l.floor).toBe(OLD_FLOOR);
		expect(OLD_FLOOR).toBeGreaterThan(0);
		expect(Math.min(...old.map((l) => l.start))).toBeGreaterThan(
			Math.max(...fresh.map((l) => l.start))
		);
	});

	it('keeps every target position inside the picture', () => {
		for (const net of [buildNetwork(), buildNetwork(['a', 'b', 'c', 'd'], ['w', 'x', 'y'])]) {
			for (const n of net.nodes) {
				expect(n.x).toBeGreaterThan(0);
				expect(n.x).toBeLessThan(net.width);
				expect(n.y).toBeGreaterThan(0);
				expect(n.y).toBeLessThan(net.height);
			}
		}
	});
});
