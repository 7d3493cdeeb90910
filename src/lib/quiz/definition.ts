import { z } from 'zod';

// The shape of a module quiz as authors write it in `lessons/NN-module/quiz.ts`, WITH its answer
// keys and feedback. Only server code imports quiz files; the browser gets `PublicQuestion`s.

const id = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');
const text = z.string().trim().min(1, 'must not be empty');

/** Where the answer is taught: a lesson of the same module and a heading id in it. */
const section = z.strictObject({ lesson: id, heading: id });

const option = z.strictObject({
	id,
	text,
	correct: z.boolean(),
	/** Why this option is right or not, in one or two sentences. */
	feedback: text
});

const choiceBase = { id, prompt: text, section };

const single = z.strictObject({
	...choiceBase,
	kind: z.literal('single'),
	options: z.array(option).min(2).max(6)
});
const multiple = z.strictObject({
	...choiceBase,
	kind: z.literal('multiple'),
	options: z.array(option).min(3).max(8)
});
const trueFalse = z.strictObject({
	...choiceBase,
	kind: z.literal('true-false'),
	/** Exactly two options, with ids `true` and `false`. */
	options: z.array(option).length(2)
});
const order = z.strictObject({
	...choiceBase,
	kind: z.literal('order'),
	/** Steps in their CORRECT order; each says why it sits where it does. */
	items: z
		.array(z.strictObject({ id, text, feedback: text }))
		.min(3)
		.max(6)
});
const predict = z.strictObject({
	...choiceBase,
	kind: z.literal('predict'),
	options: z.array(option).min(2).max(5),
	/** What happens, shown after the learner commits to a prediction. */
	reveal: z.strictObject({
		text,
		/** The diagram that shows it, by its folder name in src/lib/diagrams (optional). */
		diagram: z
			.string()
			.regex(/^[A-Z][A-Za-z0-9]*$/, 'a diagram folder name, like RewardCircuit')
			.optional(),
		/** Props passed to that diagram to show the revealed state. */
		props: z.record(z.string(), z.unknown()).optional()
	})
});

export const questionSchema = z
	.discriminatedUnion('kind', [single, multiple, trueFalse, order, predict])
	.superRefine((q, ctx) => {
		if (q.kind === 'order')
			return unique(
				q.items.map((i) => i.id),
				ctx,
				'items'
			);
		unique(
			q.options.map((o) => o.id),
			ctx,
			'options'
		);
		const right = q.options.filter((o) => o.correct).length;
		if ((q.kind === 'single' || q.kind === 'true-false' || q.kind === 'predict') && right !== 1) {
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: 'needs exactly one correct option'
			});
		}
		if (q.kind === 'multiple' && (right < 1 || right === q.options.length)) {
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: 'needs at least one correct and one incorrect option'
			});
		}
		if (
			q.kind === 'true-false' &&
			q.options
				.map((o) => o.id)
				.sort()
				.join() !== 'false,true'
		) {
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: 'option ids must be true and false'
			});
		}
	});

function unique(ids: string[], ctx: z.RefinementCtx, path: string) {
	const seen = new Set<string>();
	for (const i of ids) {
		if (seen.has(i)) ctx.addIssue({ code: 'custom', path: [path], message: `duplicate id "${i}"` });
		seen.add(i);
	}
}

export const quizSchema = z
	.strictObject({
		title: text.optional(),
		questions: z.array(questionSchema).min(4).max(8)
	})
	.superRefine((quiz, ctx) =>
		unique(
			quiz.questions.map((q) => q.id),
			ctx,
			'questions'
		)
	);

export type QuizDefinition = z.infer<typeof quizSchema>;
export type QuestionDefinition = z.infer<typeof questionSchema>;
export type QuestionKind = QuestionDefinition['kind'];

/** Gives authors types and autocompletion; validation happens when the server loads the quiz. */
export function defineQuiz(quiz: z.input<typeof quizSchema>): z.input<typeof quizSchema> {
	return quiz;
}

/** Mastery: 80% of the points or more (the content guide's rule). */
export const MASTERY = 0.8;
