/**
 * The reward circuit explorer's content: brain areas, the pathways between them, and the scenes a
 * learner steps through. Signal levels are SCHEMATIC (0 quiet … 4 very high), chosen to teach the
 * ideas in lessons/01-reward-system, not measured. The ideas behind them:
 * - dopamine from the VTA to the nucleus accumbens marks what matters (volkow2019);
 * - opioids excite VTA dopamine neurons indirectly, by quieting the GABA cells that hold them back,
 *   a finding from rat brain slices (johnson1992), so the "first time" scene is animal work;
 * - in addiction the drug itself gives a smaller dopamine rise, drug cues give a larger one, and
 *   prefrontal control is weaker (volkow2019), so the tolerance and cue scenes;
 * - the last scene is an ILLUSTRATION, and says so: no source here measured the brain months into
 *   recovery from opioids. Scans of people who used opioids show a turned-down dopamine system
 *   (kamp2019), but how it changes back with time is not shown for opioids. What it rests on: in
 *   people who had used methamphetamine, groups further into abstinence made better decisions and
 *   had less everyday craving, while cue craving was highest at 3 months (wang2013); so the picture
 *   gives the prefrontal cortex a little more say and keeps the cue (memory) signal strong.
 */

export type RegionId = 'pfc' | 'nac' | 'vta' | 'amygdala' | 'hippocampus';
export type PathwayId = 'vta-nac' | 'vta-pfc' | 'pfc-nac' | 'amygdala-nac' | 'hippocampus-nac';
/** Schematic signal level: 0 quiet, 1 low, 2 medium, 3 high, 4 very high. */
export type Level = 0 | 1 | 2 | 3 | 4;

export interface Region {
	id: RegionId;
	name: string;
	/** Centre in the diagram's 360 × 320 viewBox (a side view, the front of the head on the left). */
	x: number;
	y: number;
	/** Where the label sits and which way it runs; `wrap` puts each word on its own line. */
	label: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; wrap?: boolean };
}

export interface Pathway {
	id: PathwayId;
	from: RegionId;
	to: RegionId;
	name: string;
	/** What the signal on this pathway means, in plain words. */
	carries: string;
	/** How far the curve bows out to the side of the straight line, in viewBox units. */
	bend: number;
}

export interface Prediction {
	question: string;
	/** Each option says, once chosen, why it is right or not. */
	options: { id: string; text: string; feedback: string }[];
	answer: string;
}

export interface Scene {
	id: string;
	title: string;
	/** One or two sentences: what the picture shows in this scene. */
	summary: string;
	levels: Record<PathwayId, Level>;
	/** Where the idea comes from, shown under the summary. */
	basis: string;
	/** A scene with a prediction hides its signals until the learner has predicted. */
	predict?: Prediction;
}

export const REGIONS: Region[] = [
	{
		id: 'pfc',
		name: 'Prefrontal cortex',
		x: 70,
		y: 112,
		label: { x: 28, y: 80, anchor: 'start' }
	},
	{
		id: 'nac',
		name: 'Nucleus accumbens',
		x: 142,
		y: 176,
		label: { x: 4, y: 192, anchor: 'start', wrap: true }
	},
	{ id: 'vta', name: 'VTA', x: 238, y: 214, label: { x: 256, y: 220, anchor: 'start' } },
	{
		id: 'amygdala',
		name: 'Amygdala',
		x: 166,
		y: 246,
		label: { x: 166, y: 302, anchor: 'middle' }
	},
	{
		id: 'hippocampus',
		name: 'Hippocampus',
		x: 272,
		y: 150,
		label: { x: 272, y: 124, anchor: 'middle' }
	}
];

export const PATHWAYS: Pathway[] = [
	{
		id: 'vta-nac',
		from: 'vta',
		to: 'nac',
		name: 'VTA to nucleus accumbens',
		carries: 'dopamine: “this matters, go for it”',
		bend: 14
	},
	{
		id: 'vta-pfc',
		from: 'vta',
		to: 'pfc',
		name: 'VTA to prefrontal cortex',
		carries: 'dopamine: “pay attention to this”',
		bend: -40
	},
	{
		id: 'pfc-nac',
		from: 'pfc',
		to: 'nac',
		name: 'Prefrontal cortex to nucleus accumbens',
		carries: 'control: “wait, think first”',
		bend: -16
	},
	{
		id: 'amygdala-nac',
		from: 'amygdala',
		to: 'nac',
		name: 'Amygdala to nucleus accumbens',
		carries: 'feelings tied to the moment',
		bend: 10
	},
	{
		id: 'hippocampus-nac',
		from: 'hippocampus',
		to: 'nac',
		name: 'Hippocampus to nucleus accumbens',
		carries: 'memories of the place and the people',
		bend: -18
	}
];

export const SCENES: Scene[] = [
	{
		id: 'good-meal',
		title: 'A good meal with friends',
		summary:
			'Dopamine from the VTA tells the nucleus accumbens: this matters, remember it. The amygdala and hippocampus tag the feeling, the place and the people. The prefrontal cortex stays in charge.',
		levels: { 'vta-nac': 3, 'vta-pfc': 2, 'pfc-nac': 2, 'amygdala-nac': 2, 'hippocampus-nac': 2 },
		basis: 'How the reward circuit learns what matters (Volkow and others, 2019).'
	},
	{
		id: 'first-opioid',
		title: 'An opioid for the first time',
		summary:
			'In animal work, opioids quiet the cells that hold dopamine neurons back, so the VTA sends a strong signal. The brain marks the drug, the place and the people as very important.',
		levels: { 'vta-nac': 4, 'vta-pfc': 2, 'pfc-nac': 2, 'amygdala-nac': 3, 'hippocampus-nac': 3 },
		basis:
			'Animal work (rat brain cells, Johnson and North, 1992). Brain scans of people have not shown it this simply.'
	},
	{
		id: 'after-tolerance',
		title: 'After tolerance',
		summary:
			'The same drug now sends a smaller signal. The brain has adjusted. The “wait, think first” signal from the prefrontal cortex is weaker, and stress and low mood from the amygdala push harder.',
		levels: { 'vta-nac': 1, 'vta-pfc': 1, 'pfc-nac': 1, 'amygdala-nac': 3, 'hippocampus-nac': 2 },
		basis: 'In addiction the drug gives a smaller response (Volkow and others, 2019).',
		predict: {
			question: 'After tolerance, what happens when the drug is taken? Predict, then reveal.',
			options: [
				{
					id: 'bigger',
					text: 'A bigger signal than the first time',
					feedback:
						'Not quite. Many people expect that, but the brain adjusts to the drug. The same drug now sends a smaller signal.'
				},
				{
					id: 'same',
					text: 'About the same signal',
					feedback:
						'Not quite. The brain does not stay the same. It adjusts to the drug, so the signal gets smaller.'
				},
				{
					id: 'smaller',
					text: 'A smaller signal than the first time',
					feedback: 'Yes. The brain has adjusted, so the same drug now sends a smaller signal.'
				}
			],
			answer: 'smaller'
		}
	},
	{
		id: 'cue',
		title: 'A cue: a place, a person',
		summary:
			'No drug at all. Just a place or a person linked with using. The memory link fires, and the wanting signal jumps, more than the drug itself now gives. The brake is weak. This is a craving.',
		levels: { 'vta-nac': 3, 'vta-pfc': 1, 'pfc-nac': 1, 'amygdala-nac': 3, 'hippocampus-nac': 4 },
		basis: 'In addiction, drug cues give a larger response (Volkow and others, 2019).'
	},
	{
		id: 'recovery',
		title: 'Months into recovery: an illustration',
		summary:
			'This one is an illustration, not a finding. In one study, groups further into recovery made better choices and had less everyday craving, so the “wait, think first” signal is drawn a little stronger. Cues can still pull hard, so the memory signal stays strong. How fast this happens is different for each person.',
		levels: { 'vta-nac': 2, 'vta-pfc': 2, 'pfc-nac': 2, 'amygdala-nac': 2, 'hippocampus-nac': 3 },
		basis:
			'Illustration. Based on a study of people who had used methamphetamine, not opioids (Wang and others, 2013). For opioids, scans do not yet show how the dopamine system changes back over time (Kamp and others, 2019).'
	}
];
