/**
 * "The real shape of recovery": one composite story (Marcus, written for this course; he is not a
 * real person), placed on a schematic chart. Nothing here is measured: x is time through one year
 * (0 = the start, 1 = a year on) and y is "how things are going" (0 = very hard, 1 = going well),
 * both chosen to tell the story. The chart says so with an "Illustration, not measurement" label.
 */

export type StepKind = 'start' | 'steadier' | 'hard' | 'routine' | 'lapse' | 'back' | 'now';

export interface PathStep {
	id: StepKind;
	/** When in the story, as a reader would say it. */
	when: string;
	title: string;
	/** The few words drawn beside the marker: short enough to fit a 260 px chart. */
	label: string;
	/** What happened, in one or two plain sentences. */
	happened: string;
	/** What helped at this point. */
	helped: string[];
	x: number;
	y: number;
}

export interface Point {
	x: number;
	y: number;
}

/** Whose story it is, and the label every view of it carries. */
export const PERSON = 'Marcus';
export const COMPOSITE_NOTE = `${PERSON} is a composite written for this course. He is not a real person.`;

export const STEPS: PathStep[] = [
	{
		id: 'start',
		when: 'Week 1',
		title: 'Starting treatment',
		label: 'Starting treatment',
		happened: 'Marcus starts methadone at a clinic. He tells his sister he is getting help.',
		helped: ['His daily methadone dose', 'The clinic staff', 'His sister knowing'],
		x: 0.02,
		y: 0.15
	},
	{
		id: 'steadier',
		when: 'Month 1',
		title: 'Some steadier days',
		label: 'Steadier days',
		happened: 'His cravings ease. He sleeps better and gets up at the same time each day.',
		helped: ['Taking his medicine every day', 'A regular time to get up'],
		x: 0.15,
		y: 0.42
	},
	{
		id: 'hard',
		when: 'Month 3',
		title: 'A hard week',
		label: 'A hard week',
		happened: 'He loses his job. Cravings come back strong, and he feels like giving up.',
		helped: ['Calling his counselor', 'Going to a group meeting', 'His sister coming over'],
		x: 0.3,
		y: 0.16
	},
	{
		id: 'routine',
		when: 'Month 5',
		title: 'A new routine',
		label: 'A new routine',
		happened: 'He starts walking each morning with a neighbor. He finds part-time work.',
		helped: ['Walking every morning', 'A reason to get up', 'New people to talk to'],
		x: 0.47,
		y: 0.56
	},
	{
		id: 'lapse',
		when: 'Month 7',
		title: 'A lapse',
		label: 'A lapse',
		happened:
			'After a funeral, he runs into old friends and uses. The next day he feels deep shame.',
		helped: ['Telling his counselor instead of hiding it', 'Still going to the clinic'],
		x: 0.62,
		y: 0.22
	},
	{
		id: 'back',
		when: 'Month 8',
		title: 'Getting back on the road',
		label: 'Back on the road',
		happened:
			'He and his counselor look at what led up to it: grief, old friends, and no plan. He writes a lapse plan.',
		helped: ['Talking it through without blame', 'A written lapse plan', 'His walking partner'],
		x: 0.75,
		y: 0.56
	},
	{
		id: 'now',
		when: 'Month 12',
		title: 'Looking back',
		label: 'Looking back',
		happened:
			'The year went up and down. He is steadier than when he started, and he knows what helps him.',
		helped: ['Medication', 'People', 'Routines', 'Learning from the hard days'],
		x: 0.96,
		y: 0.78
	}
];

/** Smaller ups and downs between the events, so the path looks like a real week-to-week life. */
export const BETWEEN: Point[] = [
	{ x: 0.08, y: 0.27 },
	{ x: 0.22, y: 0.37 },
	{ x: 0.38, y: 0.33 },
	{ x: 0.54, y: 0.5 },
	{ x: 0.69, y: 0.34 },
	{ x: 0.83, y: 0.6 },
	{ x: 0.9, y: 0.68 }
];

/** The straight line many people expect: from where the story starts to "all better". */
export const EXPECTED: [Point, Point] = [
	{ x: 0.02, y: 0.15 },
	{ x: 0.96, y: 0.95 }
];
