import { describe, expect, it } from 'vitest';
import {
	announcement,
	LEVEL_WORDS,
	pathwayShape,
	predictionResult,
	readout,
	sceneForKey,
	sceneIndex,
	step,
	strokeOpacity,
	strokeWidth
} from './circuit';
import { PATHWAYS, REGIONS, SCENES, type Level, type Pathway, type Region } from './scenes';

const tolerance = SCENES.find((s) => s.id === 'after-tolerance')!;
const meal = SCENES.find((s) => s.id === 'good-meal')!;

describe('strokeWidth and strokeOpacity', () => {
	it.each([
		[0, 2, 0.35],
		[2, 7, 0.675],
		[4, 12, 1]
	] as [Level, number, number][])('level %i → width %d, opacity %d', (level, width, opacity) => {
		expect(strokeWidth(level)).toBeCloseTo(width);
		expect(strokeOpacity(level)).toBeCloseTo(opacity);
	});

	it('grows with every level, so thickness alone tells levels apart', () => {
		const levels: Level[] = [0, 1, 2, 3, 4];
		const widths = levels.map(strokeWidth);
		expect(widths).toEqual([...widths].sort((a, b) => a - b));
		expect(new Set(widths).size).toBe(5);
	});
});

describe('sceneIndex', () => {
	it.each([
		['good-meal', 0],
		['after-tolerance', 2],
		['recovery', 4],
		['no-such-scene', 0],
		[undefined, 0]
	])('%s → %i', (id, index) => {
		expect(sceneIndex(id)).toBe(index);
	});
});

describe('step', () => {
	it.each([
		[0, 1, 5, 1],
		[0, -1, 5, 0],
		[4, 1, 5, 4],
		[2, -1, 5, 1],
		[3, 10, 5, 4]
	])('from %i by %i of %i → %i', (index, delta, count, expected) => {
		expect(step(index, delta, count)).toBe(expected);
	});
});

describe('sceneForKey', () => {
	it.each([
		['ArrowRight', 1, 2],
		['ArrowDown', 1, 2],
		['ArrowLeft', 1, 0],
		['ArrowUp', 0, 0],
		['ArrowRight', 4, 4],
		['Home', 3, 0],
		['End', 1, 4],
		['Enter', 2, null],
		['a', 2, null]
	])('%s at %i → %s', (key, index, expected) => {
		expect(sceneForKey(key, index, 5)).toBe(expected);
	});
});

describe('pathwayShape', () => {
	const regions: Region[] = [
		{ id: 'vta', name: 'A', x: 0, y: 0, label: { x: 0, y: 0, anchor: 'start' } },
		{ id: 'nac', name: 'B', x: 100, y: 0, label: { x: 0, y: 0, anchor: 'start' } }
	];
	const base: Pathway = { id: 'vta-nac', from: 'vta', to: 'nac', name: '', carries: '', bend: 0 };

	it.each([
		// Straight: starts at the first dot's edge (13), stops before the second's edge and arrow (81).
		[0, 'M13,0Q47,0,81,0'],
		// A positive bend bows to the left of travel, which is up (negative y) going left to right.
		[20, 'M13,0Q47,-20,81,0'],
		[-20, 'M13,0Q47,20,81,0']
	])('bend %i → %s', (bend, d) => {
		expect(pathwayShape({ ...base, bend }, regions).d).toBe(d);
	});

	it('throws for a pathway between unknown areas', () => {
		expect(() => pathwayShape({ ...base, to: 'pfc' }, regions)).toThrow(/unknown area/);
	});

	it('draws every real pathway between real areas', () => {
		for (const p of PATHWAYS) expect(pathwayShape(p, REGIONS).d).toMatch(/^M[\d.]+,[\d.]+Q/);
	});
});

describe('readout', () => {
	it.each([
		[meal, false, ['high', 'medium', 'medium', 'medium', 'medium']],
		[meal, true, ['high', 'medium', 'medium', 'medium', 'medium']],
		[tolerance, true, ['low', 'low', 'low', 'high', 'medium']],
		[tolerance, false, Array(5).fill('hidden')]
	])('%s, revealed %s', (scene, revealed, signals) => {
		expect(readout(scene, revealed).map((r) => r.signal)).toEqual(signals);
	});

	it('names every pathway and what it carries', () => {
		const rows = readout(meal, true);
		expect(rows.map((r) => r.id)).toEqual(PATHWAYS.map((p) => p.id));
		for (const row of rows) expect(row.carries.length).toBeGreaterThan(0);
	});
});

describe('announcement', () => {
	it.each([
		[0, false, /^Scene 1 of 5: A good meal with friends\. Dopamine/],
		[2, false, /^Scene 3 of 5: After tolerance\. Make a prediction/],
		[2, true, /^Scene 3 of 5: After tolerance\. The same drug now sends a smaller signal/],
		[9, true, /^$/]
	])('scene %i, revealed %s', (index, revealed, pattern) => {
		expect(announcement(index, revealed)).toMatch(pattern);
	});
});

describe('predictionResult', () => {
	it.each([
		['smaller', true],
		['bigger', false],
		['same', false]
	])('%s → correct %s', (choice, correct) => {
		const result = predictionResult(tolerance, choice);
		expect(result?.correct).toBe(correct);
		expect(result?.feedback.length).toBeGreaterThan(10);
	});

	it.each([
		[tolerance, 'maybe'],
		[meal, 'smaller']
	])('gives nothing for an unknown choice or a scene without a prediction', (scene, choice) => {
		expect(predictionResult(scene, choice)).toBeNull();
	});
});

describe('scenes', () => {
	it('give every pathway a level in every scene', () => {
		for (const scene of SCENES)
			for (const p of PATHWAYS) expect(LEVEL_WORDS[scene.levels[p.id]]).toBeDefined();
	});

	it('show the drug giving a smaller signal after tolerance, and a cue a larger one (volkow2019)', () => {
		const level = (id: string) => SCENES.find((s) => s.id === id)!.levels['vta-nac'];
		expect(level('after-tolerance')).toBeLessThan(level('first-opioid'));
		expect(level('cue')).toBeGreaterThan(level('after-tolerance'));
	});
});
