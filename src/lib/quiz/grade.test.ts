import { describe, expect, it } from 'vitest';
import { quizSchema, type QuestionDefinition } from './definition';
import { gradeQuestion, gradeQuiz, isMastered, NOT_PLACED, readAnswers } from './grade';

const feedback = 'Because of what the lesson explains.';
const section = { lesson: 'a-lesson', heading: 'a-heading' };
const opt = (id: string, correct: boolean) => ({ id, text: `Option ${id}`, correct, feedback });

/** One question of every kind, checked by the real schema so the fixture cannot drift. */
const quiz = quizSchema.parse({
	questions: [
		{
			id: 'pick-one',
			kind: 'single',
			prompt: 'Which one?',
			section,
			options: [opt('a', true), opt('b', false), opt('c', false)]
		},
		{
			id: 'pick-many',
			kind: 'multiple',
			prompt: 'Which ones?',
			section,
			options: [opt('a', true), opt('b', true), opt('c', false), opt('d', false)]
		},
		{
			id: 'yes-no',
			kind: 'true-false',
			prompt: 'True?',
			section,
			options: [opt('true', false), opt('false', true)]
		},
		{
			id: 'steps',
			kind: 'order',
			prompt: 'Put in order',
			section,
			items: ['first', 'second', 'third', 'fourth'].map((id) => ({ id, text: id, feedback }))
		},
		{
			id: 'guess',
			kind: 'predict',
			prompt: 'What happens?',
			section,
			options: [opt('up', false), opt('down', true)],
			reveal: { text: 'It goes down.', diagram: 'Seesaw', props: { tilt: 1 } }
		}
	]
});

const question = (id: string) => quiz.questions.find((q) => q.id === id) as QuestionDefinition;

describe('gradeQuestion', () => {
	const cases: {
		name: string;
		q: string;
		answer: string[];
		correct: boolean;
		credit: number;
	}[] = [
		{ name: 'single: the right option', q: 'pick-one', answer: ['a'], correct: true, credit: 1 },
		{ name: 'single: a wrong option', q: 'pick-one', answer: ['b'], correct: false, credit: 0 },
		{ name: 'true/false: right', q: 'yes-no', answer: ['false'], correct: true, credit: 1 },
		{ name: 'true/false: wrong', q: 'yes-no', answer: ['true'], correct: false, credit: 0 },
		{ name: 'predict: right', q: 'guess', answer: ['down'], correct: true, credit: 1 },
		{ name: 'predict: wrong', q: 'guess', answer: ['up'], correct: false, credit: 0 },
		// Multiple select: (right picks − wrong picks) ÷ right options, floored at 0.
		{
			name: 'multiple: exactly the right set',
			q: 'pick-many',
			answer: ['b', 'a'],
			correct: true,
			credit: 1
		},
		{
			name: 'multiple: one of two right',
			q: 'pick-many',
			answer: ['a'],
			correct: false,
			credit: 0.5
		},
		{
			name: 'multiple: both right + one wrong',
			q: 'pick-many',
			answer: ['a', 'b', 'c'],
			correct: false,
			credit: 0.5
		},
		{
			name: 'multiple: one right + one wrong',
			q: 'pick-many',
			answer: ['a', 'c'],
			correct: false,
			credit: 0
		},
		{
			name: 'multiple: only wrong ones (floored at 0)',
			q: 'pick-many',
			answer: ['c', 'd'],
			correct: false,
			credit: 0
		},
		{
			name: 'multiple: everything ticked',
			q: 'pick-many',
			answer: ['a', 'b', 'c', 'd'],
			correct: false,
			credit: 0
		},
		// Order: a quarter point for each of the four steps in its right place; correct only when
		// all four are.
		{
			name: 'order: every step in place',
			q: 'steps',
			answer: ['first', 'second', 'third', 'fourth'],
			correct: true,
			credit: 1
		},
		{
			name: 'order: two steps swapped, two in place',
			q: 'steps',
			answer: ['first', 'third', 'second', 'fourth'],
			correct: false,
			credit: 0.5
		},
		{
			name: 'order: the last step moved to the front, none in place',
			q: 'steps',
			answer: ['fourth', 'first', 'second', 'third'],
			correct: false,
			credit: 0
		},
		{
			name: 'order: reversed, none in place',
			q: 'steps',
			answer: ['fourth', 'third', 'second', 'first'],
			correct: false,
			credit: 0
		},
		{
			name: 'order: one step in place',
			q: 'steps',
			answer: ['first', 'third', 'fourth', 'second'],
			correct: false,
			credit: 0.25
		},
		{
			name: 'order: the first two swapped, two in place',
			q: 'steps',
			answer: ['second', 'first', 'third', 'fourth'],
			correct: false,
			credit: 0.5
		},
		{
			name: 'order: a step missing counts only those in place, never correct',
			q: 'steps',
			answer: ['first', 'second', 'third'],
			correct: false,
			credit: 0.75
		}
	];
	it.each(cases)('$name → credit $credit', ({ q, answer, correct, credit }) => {
		expect(gradeQuestion(question(q), answer)).toEqual({ correct, credit });
	});
});

/** 4 points as a floating-point sum of credits (4/7 and 3/7 of a 7-option multiple select). */
const sumOfCredits = [1, 1, 1, 4 / 7, 3 / 7].reduce((a, b) => a + b, 0);

describe('isMastered (80% of the points)', () => {
	it('the sum really is below 4', () => expect(sumOfCredits).toBeLessThan(4));

	it.each([
		[5, 5, true],
		[4, 5, true],
		[sumOfCredits, 5, true],
		[3.5, 5, false],
		[3, 5, false],
		[0, 0, false]
	])('%d of %d → %s', (score, max, mastered) => expect(isMastered(score, max)).toBe(mastered));
});

/** A form as the browser sends it for a fully right attempt. */
const rightForm: [string, string][] = [
	['q:pick-one', 'a'],
	['q:pick-many', 'a'],
	['q:pick-many', 'b'],
	['q:yes-no', 'false'],
	['q:steps:third', '3'],
	['q:steps:first', '1'],
	['q:steps:fourth', '4'],
	['q:steps:second', '2'],
	['q:guess', 'down']
];
const without = (name: string) => rightForm.filter(([n]) => n !== name);

describe('readAnswers', () => {
	it('reads a complete form, order by place', () => {
		expect(readAnswers(quiz, rightForm)).toEqual({
			status: 'complete',
			answers: {
				'pick-one': ['a'],
				'pick-many': ['a', 'b'],
				'yes-no': ['false'],
				steps: ['first', 'second', 'third', 'fourth'],
				guess: ['down']
			}
		});
	});

	const tampered: { name: string; form: [string, unknown][]; message: RegExp }[] = [
		{
			name: 'a forged score field',
			form: [...rightForm, ['score', '5']],
			message: /"score", which is not an answer/
		},
		{
			name: 'a forged mastered field',
			form: [['mastered', 'true'], ...rightForm],
			message: /"mastered"/
		},
		{
			name: 'an unknown question',
			form: [...rightForm, ['q:bonus', 'a']],
			message: /no question "bonus"/
		},
		{
			name: 'an unknown option',
			form: [...without('q:pick-one'), ['q:pick-one', 'z']],
			message: /no option "z"/
		},
		{
			name: 'an unknown step',
			form: [...rightForm, ['q:steps:fifth', '1']],
			message: /no step "fifth"/
		},
		{
			name: 'the same option twice',
			form: [...rightForm, ['q:pick-many', 'a']],
			message: /sent twice/
		},
		{
			name: 'the same step twice',
			form: [...rightForm, ['q:steps:first', '1']],
			message: /sent twice/
		},
		{
			name: 'two answers to a single-choice question',
			form: [...rightForm, ['q:pick-one', 'b']],
			message: /takes one answer/
		},
		{
			name: 'two answers to true/false',
			form: [...rightForm, ['q:yes-no', 'true']],
			message: /takes one answer/
		},
		{
			name: 'an order question answered like a choice',
			form: [...rightForm, ['q:steps', 'first']],
			message: /needs a place for each step/
		},
		{
			name: 'a choice question answered like an order',
			form: [...without('q:pick-one'), ['q:pick-one:a', '1']],
			message: /takes options, not steps/
		},
		{
			name: 'a step without a place',
			form: without('q:steps:second'),
			message: /place for every step/
		},
		{
			name: 'a place past the end',
			form: [...without('q:steps:second'), ['q:steps:second', '5']],
			message: /go from 1 to 4/
		},
		{
			name: 'a place of zero',
			form: [...without('q:steps:second'), ['q:steps:second', '0']],
			message: /go from 1 to 4/
		},
		{
			name: 'a place that is not a number',
			form: [...without('q:steps:second'), ['q:steps:second', 'two']],
			message: /go from 1 to 4/
		},
		{
			name: 'a file instead of text',
			form: [...without('q:pick-one'), ['q:pick-one', new Blob(['a'])]],
			message: /must be text/
		},
		{
			name: 'a huge field name, quoted short',
			form: [['z'.repeat(5000), '1']],
			message: /^The form sent "z{40}…"/
		}
	];
	it.each(tampered)('refuses $name', ({ form, message }) => {
		const read = readAnswers(quiz, form);
		expect(read.status).toBe('invalid');
		expect(read.status === 'invalid' && read.message).toMatch(message);
	});

	it('keeps the other answers and names each skipped question', () => {
		const read = readAnswers(
			quiz,
			rightForm.filter(([n]) => n !== 'q:pick-one' && n !== 'q:pick-many')
		);
		expect(read).toEqual({
			status: 'incomplete',
			answers: {
				'yes-no': ['false'],
				steps: ['first', 'second', 'third', 'fourth'],
				guess: ['down']
			},
			problems: { 'pick-one': 'Choose an answer.', 'pick-many': 'Choose at least one answer.' }
		});
	});

	const unplaced: { name: string; form: [string, string][]; problem: string }[] = [
		{
			name: 'every step sent with no place (the form untouched)',
			form: [
				...rightForm.filter(([n]) => !n.startsWith('q:steps')),
				...['first', 'second', 'third', 'fourth'].map((id): [string, string] => [
					`q:steps:${id}`,
					''
				])
			],
			problem: NOT_PLACED
		},
		{
			name: 'no step sent at all',
			form: rightForm.filter(([n]) => !n.startsWith('q:steps')),
			problem: NOT_PLACED
		},
		{
			name: 'some steps placed, one left without a place',
			form: [...without('q:steps:second'), ['q:steps:second', '']],
			problem: 'Give every step a place: 1 is first.'
		}
	];
	it.each(unplaced)(
		'an order question with $name is not answered, and is asked again',
		({ form, problem }) => {
			const read = readAnswers(quiz, form);
			expect(read.status).toBe('incomplete');
			if (read.status !== 'incomplete') return;
			expect(read.problems).toEqual({ steps: problem });
			expect(read.answers.steps).toBeUndefined();
			expect(read.answers['pick-one']).toEqual(['a']);
		}
	);

	it('asks again when two steps share a place, keeping them in the order the form listed them', () => {
		const form: [string, string][] = [
			...rightForm.filter(([n]) => !n.startsWith('q:steps')),
			['q:steps:first', '2'],
			['q:steps:second', '2'],
			['q:steps:third', '1'],
			['q:steps:fourth', '4']
		];
		const read = readAnswers(quiz, form);
		expect(read.status).toBe('incomplete');
		if (read.status !== 'incomplete') return;
		expect(read.answers.steps).toEqual(['third', 'first', 'second', 'fourth']);
		expect(Object.keys(read.problems)).toEqual(['steps']);
		expect(read.problems.steps).toMatch(/More than one step was in place 2/);
	});
});

describe('gradeQuiz', () => {
	const sectionOf = (q: QuestionDefinition) => ({
		href: `/learn/m/${q.section.lesson}#${q.section.heading}`,
		lessonTitle: 'A lesson',
		heading: 'A heading'
	});

	it('gives full marks and mastery for a fully right attempt', () => {
		const read = readAnswers(quiz, rightForm);
		if (read.status !== 'complete') throw new Error(read.status);
		const result = gradeQuiz(quiz, read.answers, sectionOf);
		expect(result).toMatchObject({ score: 5, maxScore: 5, mastered: true });
		expect(result.questions.every((q) => q.correct && q.credit === 1)).toBe(true);
	});

	const scored: {
		name: string;
		answers: Record<string, string[]>;
		score: number;
		mastered: boolean;
	}[] = [
		{
			name: '4 of 5 is mastery (exactly 80%)',
			answers: {
				'pick-one': ['b'],
				'pick-many': ['a', 'b'],
				'yes-no': ['false'],
				steps: ['first', 'second', 'third', 'fourth'],
				guess: ['down']
			},
			score: 4,
			mastered: true
		},
		{
			name: '3.5 of 5 is not yet',
			answers: {
				'pick-one': ['b'],
				'pick-many': ['a'],
				'yes-no': ['false'],
				steps: ['first', 'second', 'third', 'fourth'],
				guess: ['down']
			},
			score: 3.5,
			mastered: false
		},
		{
			name: 'all wrong is 0, never below',
			answers: {
				'pick-one': ['c'],
				'pick-many': ['c', 'd'],
				'yes-no': ['true'],
				steps: ['fourth', 'first', 'second', 'third'],
				guess: ['up']
			},
			score: 0,
			mastered: false
		},
		{
			name: 'half the steps in place adds half a point: 3.5 of 5 is not yet',
			answers: {
				'pick-one': ['a'],
				'pick-many': ['a', 'b'],
				'yes-no': ['false'],
				steps: ['second', 'first', 'third', 'fourth'],
				guess: ['up']
			},
			score: 3.5,
			mastered: false
		}
	];
	it.each(scored)('$name', ({ answers, score, mastered }) => {
		expect(gradeQuiz(quiz, answers, sectionOf)).toMatchObject({ score, maxScore: 5, mastered });
	});

	it('explains every option, says which were chosen, and links the section', () => {
		const result = gradeQuiz(quiz, { ...readAll(), 'pick-one': ['b'] }, sectionOf);
		const one = result.questions[0]!;
		expect(one.options.map((o) => [o.id, o.chosen, o.correct, o.feedback])).toEqual([
			['a', false, true, feedback],
			['b', true, false, feedback],
			['c', false, false, feedback]
		]);
		expect(one.section.href).toBe('/learn/m/a-lesson#a-heading');
		expect(one.answer).toEqual(['b']);
	});

	it('places each step where the learner put it and where it belongs', () => {
		const result = gradeQuiz(
			quiz,
			{ ...readAll(), steps: ['second', 'first', 'third', 'fourth'] },
			sectionOf
		);
		const steps = result.questions.find((q) => q.id === 'steps')!;
		expect(steps.steps.map((s) => [s.id, s.placed, s.belongs])).toEqual([
			['second', 1, 2],
			['first', 2, 1],
			['third', 3, 3],
			['fourth', 4, 4]
		]);
		expect(steps.options).toEqual([]);
	});

	it('reveals only for predict questions', () => {
		const result = gradeQuiz(quiz, readAll(), sectionOf);
		expect(result.questions.filter((q) => q.reveal).map((q) => q.id)).toEqual(['guess']);
		expect(result.questions.find((q) => q.id === 'guess')?.reveal).toEqual({
			text: 'It goes down.',
			diagram: 'Seesaw',
			props: { tilt: 1 }
		});
	});
});

function readAll() {
	const read = readAnswers(quiz, rightForm);
	if (read.status !== 'complete') throw new Error(read.status);
	return read.answers;
}
