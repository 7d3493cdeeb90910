import { MASTERY, type QuestionDefinition, type QuizDefinition } from './definition';
import { parseField } from './fields';
import type { Answers, QuestionProblems, QuestionResult, QuizResult, SectionLink } from './types';

// Pure reading and grading of a quiz form. The answer keys are passed in by the server (they
// live in lessons/*/quiz.ts); none are in this file, and nothing here touches a database.
//
// Scoring, one point per question:
// - single choice, true/false, predict: 1 for the right option, else 0.
// - multiple select: (right picks − wrong picks) ÷ number of right options, never below 0
//   (AUTHORING.md). Only exactly the right set counts as correct.
// - put in order: a share for each step in its right place (steps in place ÷ steps), so a learner
//   who knows most of a sequence is not scored as knowing none of it. Only every step in place
//   counts as correct. The order shown first is not an answer: a question whose steps were not
//   placed is "not answered" and asked again, never graded as the shuffled order.
// Mastery: at least MASTERY (80%) of the points.

export type Submission =
	/** Every question answered, every value known: ready to grade. */
	| { status: 'complete'; answers: Answers }
	/** Something a person can fix (a skipped question…): show the form again with their answers. */
	| { status: 'incomplete'; answers: Answers; problems: QuestionProblems }
	/** Not something a browser showing this quiz sends: refuse it whole. */
	| { status: 'invalid'; message: string };

const invalid = (message: string): Submission => ({ status: 'invalid', message });

/** Said beside a put-in-order question whose steps the learner has not placed. */
export const NOT_PLACED = 'Not answered yet: put the steps in order, first at the top.';

/** Quotes what was sent, cut short, so a message never echoes a huge or odd value back. */
const quote = (value: string) =>
	JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);

/**
 * Reads the answers in a quiz form. Unknown fields (a forged `score`, say), unknown questions,
 * options or steps, repeated values, non-text values and answers of the wrong shape make the
 * whole submission invalid. A skipped question or two steps in one place make it incomplete.
 */
export function readAnswers(
	quiz: QuizDefinition,
	entries: Iterable<readonly [string, unknown]>
): Submission {
	const questions = new Map(quiz.questions.map((q) => [q.id, q]));
	const picks = new Map<string, string[]>();
	const places = new Map<string, Map<string, string>>();
	// Every field is checked as it is read and the first bad one ends the reading, so a flood
	// of extra fields costs no more than one: a valid form is bounded by the quiz's own size.
	for (const [name, value] of entries) {
		const field = parseField(name);
		if (!field) {
			return invalid(
				`The form sent ${quote(name)}, which is not an answer. Only answers are accepted: your score is worked out here.`
			);
		}
		const q = questions.get(field.question);
		if (!q) return invalid(`This quiz has no question ${quote(field.question)}.`);
		if (typeof value !== 'string') return invalid(`The answer to "${q.id}" must be text.`);

		if (q.kind === 'order') {
			if (field.step === undefined) {
				return invalid(`Question "${q.id}" puts steps in order: it needs a place for each step.`);
			}
			if (!q.items.some((i) => i.id === field.step)) {
				return invalid(`Question "${q.id}" has no step ${quote(field.step)}.`);
			}
			const given = places.get(q.id) ?? new Map<string, string>();
			if (given.has(field.step)) {
				return invalid(`Step "${field.step}" of question "${q.id}" was sent twice.`);
			}
			places.set(q.id, given.set(field.step, value));
			continue;
		}

		if (field.step !== undefined) {
			return invalid(`Question "${q.id}" takes options, not steps.`);
		}
		if (!q.options.some((o) => o.id === value)) {
			return invalid(`Question "${q.id}" has no option ${quote(value)}.`);
		}
		const chosen = picks.get(q.id) ?? [];
		if (chosen.includes(value)) {
			return invalid(`Option "${value}" of question "${q.id}" was sent twice.`);
		}
		if (q.kind !== 'multiple' && chosen.length > 0) {
			return invalid(`Question "${q.id}" takes one answer, but more than one was sent.`);
		}
		picks.set(q.id, [...chosen, value]);
	}

	const answers: Answers = {};
	const problems: QuestionProblems = {};
	for (const q of quiz.questions) {
		if (q.kind !== 'order') {
			const chosen = picks.get(q.id);
			if (chosen) answers[q.id] = chosen;
			else
				problems[q.id] =
					q.kind === 'multiple' ? 'Choose at least one answer.' : 'Choose an answer.';
			continue;
		}
		const given = places.get(q.id);
		// Untouched, the form sends every step with an empty place (or, from an older page, none).
		if (!given || [...given.values()].every((place) => place === '')) {
			problems[q.id] = NOT_PLACED;
			continue;
		}
		// A browser always sends every step's place (each has a select or a hidden field).
		if (given.size !== q.items.length) {
			return invalid(`Question "${q.id}" needs a place for every step.`);
		}
		if ([...given.values()].some((place) => place === '')) {
			problems[q.id] = 'Give every step a place: 1 is first.';
			continue;
		}
		const placed: { id: string; place: number }[] = [];
		for (const [id, raw] of given) {
			const place = /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
			if (!(place >= 1 && place <= q.items.length)) {
				return invalid(`Places in question "${q.id}" go from 1 to ${q.items.length}.`);
			}
			placed.push({ id, place });
		}
		// Stable sort: two steps given one place stay in the order the form listed them.
		placed.sort((a, b) => a.place - b.place);
		answers[q.id] = placed.map((p) => p.id);
		const shared = [...new Set(placed.map((p) => p.place))].filter(
			(place) => placed.filter((p) => p.place === place).length > 1
		);
		if (shared.length > 0) {
			problems[q.id] =
				`More than one step was in place ${shared.join(' and ')}. We put them one after the ` +
				'other: check the order, then check your answers again.';
		}
	}
	return Object.keys(problems).length > 0
		? { status: 'incomplete', answers, problems }
		: { status: 'complete', answers };
}

/** Credit (0 to 1) and whether the answer is fully right, by the rules at the top. */
export function gradeQuestion(
	q: QuestionDefinition,
	answer: readonly string[]
): { correct: boolean; credit: number } {
	if (q.kind === 'order') {
		const inPlace = stepsInPlace(q.items, answer);
		const correct = answer.length === q.items.length && inPlace === q.items.length;
		return { correct, credit: inPlace / q.items.length };
	}
	const right = new Set(q.options.filter((o) => o.correct).map((o) => o.id));
	const picked = new Set(answer);
	if (q.kind === 'multiple') {
		const rightPicks = [...picked].filter((id) => right.has(id)).length;
		const wrongPicks = picked.size - rightPicks;
		const correct = rightPicks === right.size && wrongPicks === 0;
		return { correct, credit: Math.max(0, (rightPicks - wrongPicks) / right.size) };
	}
	const correct = picked.size === 1 && right.has(answer[0] as string);
	return { correct, credit: correct ? 1 : 0 };
}

/** How many steps of `answer` stand where they belong in `items` (the right order). */
export function stepsInPlace(items: readonly { id: string }[], answer: readonly string[]): number {
	return items.filter((item, i) => answer[i] === item.id).length;
}

/** True when `score` of `maxScore` reaches mastery (allowing for floating-point sums). */
export function isMastered(score: number, maxScore: number): boolean {
	return maxScore > 0 && score >= MASTERY * maxScore - 1e-9;
}

/**
 * Grades answers that `readAnswers` found complete, with every option's feedback and the
 * section that teaches each question (`sectionOf` resolves it; it needs the course index).
 */
export function gradeQuiz(
	quiz: QuizDefinition,
	answers: Answers,
	sectionOf: (q: QuestionDefinition) => SectionLink
): QuizResult {
	const questions = quiz.questions.map((q): QuestionResult => {
		const answer = answers[q.id] ?? [];
		const { correct, credit } = gradeQuestion(q, answer);
		const base = { id: q.id, kind: q.kind, prompt: q.prompt, correct, credit, answer };
		if (q.kind === 'order') {
			return {
				...base,
				options: [],
				steps: answer.flatMap((id, i) => {
					const belongs = q.items.findIndex((item) => item.id === id);
					const item = q.items[belongs];
					return item
						? [
								{
									id,
									text: item.text,
									placed: i + 1,
									belongs: belongs + 1,
									feedback: item.feedback
								}
							]
						: [];
				}),
				section: sectionOf(q)
			};
		}
		return {
			...base,
			options: q.options.map((o) => ({
				id: o.id,
				text: o.text,
				chosen: answer.includes(o.id),
				correct: o.correct,
				feedback: o.feedback
			})),
			steps: [],
			section: sectionOf(q),
			...(q.kind === 'predict' ? { reveal: q.reveal } : {})
		};
	});
	const score = questions.reduce((sum, q) => sum + q.credit, 0);
	const maxScore = questions.length;
	return { score, maxScore, mastered: isMastered(score, maxScore), questions };
}
