import { path } from 'd3';
import { linearScale } from '../scales';
import {
	PATHWAYS,
	REGIONS,
	SCENES,
	type Level,
	type Pathway,
	type Region,
	type Scene
} from './scenes';

/** The words the text readout uses for each schematic level. */
export const LEVEL_WORDS: Record<Level, string> = {
	0: 'quiet',
	1: 'low',
	2: 'medium',
	3: 'high',
	4: 'very high'
};

/** Radius of a brain-area dot, in viewBox units; pathways start and stop at its edge. */
export const REGION_RADIUS = 13;

// Thickness and brightness both rise with the level, so the picture never relies on colour alone.
const thickness = linearScale([0, 4], [2, 12]);
const brightness = linearScale([0, 4], [0.35, 1]);

export function strokeWidth(level: Level): number {
	return thickness(level);
}

export function strokeOpacity(level: Level): number {
	return brightness(level);
}

/** The index of a scene by id; an unknown or missing id falls back to the first scene. */
export function sceneIndex(id: string | undefined, scenes: Scene[] = SCENES): number {
	const index = scenes.findIndex((s) => s.id === id);
	return index < 0 ? 0 : index;
}

/** Moves `delta` scenes from `index`, stopping at the first and the last. */
export function step(index: number, delta: number, count: number = SCENES.length): number {
	return Math.min(count - 1, Math.max(0, index + delta));
}

/**
 * The scene a key press leads to, or null for keys the diagram leaves alone. Left/Up go back,
 * Right/Down go on, Home and End jump to the ends (the usual pattern for stepping through a set).
 */
export function sceneForKey(
	key: string,
	index: number,
	count: number = SCENES.length
): number | null {
	switch (key) {
		case 'ArrowLeft':
		case 'ArrowUp':
			return step(index, -1, count);
		case 'ArrowRight':
		case 'ArrowDown':
			return step(index, 1, count);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}

export interface PathwayShape {
	id: Pathway['id'];
	/** SVG path data: a gentle curve from the edge of one area to the edge of the next. */
	d: string;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The curve for one pathway, bowed `bend` units to the left of its direction of travel. */
export function pathwayShape(pathway: Pathway, regions: Region[] = REGIONS): PathwayShape {
	const from = regions.find((r) => r.id === pathway.from);
	const to = regions.find((r) => r.id === pathway.to);
	if (!from || !to) throw new Error(`Pathway ${pathway.id} joins an unknown area`);
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	const length = Math.hypot(dx, dy);
	const ux = dx / length;
	const uy = dy / length;
	// Leave room at the far end for the arrowhead.
	const start = { x: from.x + ux * REGION_RADIUS, y: from.y + uy * REGION_RADIUS };
	const end = { x: to.x - ux * (REGION_RADIUS + 6), y: to.y - uy * (REGION_RADIUS + 6) };
	const control = {
		x: (start.x + end.x) / 2 + uy * pathway.bend,
		y: (start.y + end.y) / 2 - ux * pathway.bend
	};
	const p = path();
	p.moveTo(round(start.x), round(start.y));
	p.quadraticCurveTo(round(control.x), round(control.y), round(end.x), round(end.y));
	return { id: pathway.id, d: p.toString() };
}

export interface ReadoutRow {
	id: Pathway['id'];
	name: string;
	carries: string;
	/** The level in words, or "hidden" before a prediction is made. */
	signal: string;
}

/** The text alternative: every pathway with its signal in words, as the picture shows it now. */
export function readout(
	scene: Scene,
	revealed: boolean,
	pathways: Pathway[] = PATHWAYS
): ReadoutRow[] {
	const hidden = scene.predict !== undefined && !revealed;
	return pathways.map((p) => ({
		id: p.id,
		name: p.name,
		carries: p.carries,
		signal: hidden ? 'hidden' : LEVEL_WORDS[scene.levels[p.id]]
	}));
}

/** What the live region says when the scene changes or its signals are revealed. */
export function announcement(index: number, revealed: boolean, scenes: Scene[] = SCENES): string {
	const scene = scenes[index];
	if (!scene) return '';
	const where = `Scene ${index + 1} of ${scenes.length}: ${scene.title}.`;
	if (scene.predict && !revealed) return `${where} Make a prediction to reveal the signals.`;
	return `${where} ${scene.summary}`;
}

/** The feedback for a prediction, or null if the scene asks none or the choice is unknown. */
export function predictionResult(
	scene: Scene,
	choice: string
): { correct: boolean; feedback: string } | null {
	const option = scene.predict?.options.find((o) => o.id === choice);
	if (!scene.predict || !option) return null;
	return { correct: option.id === scene.predict.answer, feedback: option.feedback };
}
