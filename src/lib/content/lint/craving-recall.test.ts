import { describe, expect, it } from 'vitest';
import { checkContent } from './index';

const M = 'lessons/01-basics/module.md';
const A = 'lessons/01-basics/01-first-lesson.md';
const moduleMd =
	'---\ntitle: Basics\nsummary: The basics.\noutcomes:\n  - Know the basics\n---\n\nHi.\n';
const lesson = (body: string) =>
	[
		'---',
		'title: A lesson',
		'minutes: 5',
		'objectives:',
		'  - Learn',
		'references: []',
		'---',
		'',
		body
	].join('\n');

const PREFACE =
	'Thinking back to an urge can stir up cravings. It is fine to skip this. The **Get help now** button lists people to call.';
const RECALL_PROMPT =
	'<Reflection id="r" prompt="Think of a time a place set off a strong urge." />';
const RECALL_ACTIVITY =
	'<TryThis title="Map one day">\n\nTonight, write down any moment you felt a pull toward using.\n\n</TryThis>';

function problems(body: string) {
	const { problems } = checkContent(
		[
			{ path: M, raw: moduleMd },
			{ path: A, raw: lesson(body) }
		],
		{ references: {}, glossary: {} }
	);
	return problems.filter((p) => p.rule === 'craving-recall').map((p) => `${p.line}: ${p.message}`);
}

describe('craving-recall', () => {
	it.each([
		{
			name: 'a flagged prompt with a preface before it',
			body: `${PREFACE}\n\n<!-- craving-recall -->\n${RECALL_PROMPT}`
		},
		{
			name: 'a flagged activity whose preface opens it',
			body: `<!-- craving-recall -->\n<TryThis title="Map one day">\n\n${PREFACE}\n\nTonight, write down any moment you felt a pull toward using.\n\n</TryThis>`
		},
		{
			name: 'a prompt that does not ask for recall',
			body: '<Reflection id="r" prompt="What new response will you practise when an urge comes?" />'
		},
		{
			name: 'an activity that does not ask for recall',
			body: '<TryThis title="Notice a habit">\n\nDo it a new way.\n\n</TryThis>'
		}
	])('passes $name', ({ body }) => expect(problems(body)).toEqual([]));

	it.each([
		{
			name: 'a recall prompt that is not flagged',
			body: `${PREFACE}\n\n${RECALL_PROMPT}`,
			want: /^11: .*put <!-- craving-recall -->/
		},
		{
			name: 'a recall activity that is not flagged',
			body: RECALL_ACTIVITY,
			want: /^9: .*<TryThis> asks the learner to recall a craving/
		},
		{
			name: 'a flagged prompt with no preface',
			body: `<!-- craving-recall -->\n${RECALL_PROMPT}`,
			want: /stir up cravings, that it is fine to skip, where help is$/
		},
		{
			name: 'a preface that does not say where help is',
			body: `Thinking back can stir up cravings. It is fine to skip this.\n\n<!-- craving-recall -->\n${RECALL_PROMPT}`,
			want: /needs a preface first saying where help is$/
		},
		{
			name: 'a preface that does not say skipping is fine',
			body: `This can stir up cravings. Help: call 988.\n\n<!-- craving-recall -->\n${RECALL_PROMPT}`,
			want: /needs a preface first saying that it is fine to skip$/
		}
	])('fails $name', ({ body, want }) => {
		const found = problems(body);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(want);
	});
});
