import { describe, expect, it } from 'vitest';
import { buildCourse, ContentError } from '$lib/content/course';
import { course } from '$lib/content/catalog.server';
import { quizSchema } from '$lib/quiz/definition';
import { checkQuiz, loadQuizzes, publicQuiz, quizFor, quizzes, type ModuleQuiz } from './quizzes';

const realQuizFiles = import.meta.glob('/lessons/*/quiz.ts', { eager: true, import: 'default' });

describe('the real quizzes in lessons/', () => {
	it('there is at least one', () => {
		expect(Object.keys(realQuizFiles).length).toBeGreaterThan(0);
	});

	it.each(Object.entries(realQuizFiles))('%s passes the schema', (_path, quiz) => {
		const parsed = quizSchema.safeParse(quiz);
		expect(parsed.error?.issues ?? []).toEqual([]);
	});

	it('all load, each linked to lessons and headings of its own module', () => {
		expect(quizzes.size).toBe(Object.keys(realQuizFiles).length);
		for (const quiz of quizzes.values()) {
			const module = course.modules.find((m) => m.slug === quiz.moduleSlug)!;
			for (const q of quiz.definition.questions) {
				const link = quiz.sections.get(q.id)!;
				expect(module.lessons.map((l) => l.slug)).toContain(q.section.lesson);
				expect(link.href).toBe(`/learn/${module.slug}/${q.section.lesson}#${q.section.heading}`);
				expect(link.heading.length).toBeGreaterThan(0);
			}
		}
	});

	it('"Start here" has one question of every kind', () => {
		const kinds = quizFor('start-here')!.definition.questions.map((q) => q.kind);
		expect([...kinds].sort()).toEqual(['multiple', 'order', 'predict', 'single', 'true-false']);
	});
});

// A small course to break quizzes against: module "first" with two lessons, module "second".
const moduleMd = `---\ntitle: First\nsummary: S.\noutcomes:\n  - O\n---\n`;
const lessonMd = (title: string, heading: string) =>
	`---\ntitle: ${title}\nminutes: 5\nobjectives:\n  - O\n---\n\n## ${heading}\n\nText.\n`;
const sources: Record<string, string> = {
	'/lessons/01-first/module.md': moduleMd,
	'/lessons/01-first/01-one.md': lessonMd('One', 'Why it matters'),
	'/lessons/01-first/02-two.md': lessonMd('Two', 'A second idea'),
	'/lessons/02-second/module.md': moduleMd.replace('First', 'Second'),
	'/lessons/02-second/01-three.md': lessonMd('Three', 'Elsewhere')
};
const smallCourse = buildCourse(
	Object.entries(sources).map(([path, raw]) => ({ path: path.slice(1), raw }))
);

const option = (id: string, correct: boolean) => ({ id, text: id, correct, feedback: 'Because.' });
const question = (id: string, section = { lesson: 'one', heading: 'why-it-matters' }) => ({
	id,
	kind: 'single',
	prompt: 'Which?',
	section,
	options: [option('yes', true), option('no', false)]
});
const goodQuiz = { questions: ['a', 'b', 'c', 'd'].map((id) => question(id)) };

function problemsOf(files: Record<string, unknown>): string[] {
	try {
		loadQuizzes(files, smallCourse);
	} catch (error) {
		if (error instanceof ContentError) {
			return error.problems.map((p) => `${p.file}${p.field ? ` [${p.field}]` : ''}: ${p.message}`);
		}
		throw error;
	}
	return [];
}

describe('loadQuizzes', () => {
	it('loads a good quiz with its section links', () => {
		const loaded = loadQuizzes({ '/lessons/01-first/quiz.ts': goodQuiz }, smallCourse);
		const quiz = loaded.get('first')!;
		expect(quiz.title).toBe('Quiz: First');
		expect(quiz.sections.get('a')).toEqual({
			href: '/learn/first/one#why-it-matters',
			lessonTitle: 'One',
			heading: 'Why it matters'
		});
	});

	const withQuestion = (q: unknown) => ({ questions: [...goodQuiz.questions.slice(1), q] });
	const broken: { name: string; files: Record<string, unknown>; want: RegExp }[] = [
		{
			name: 'a section in another module',
			files: {
				'/lessons/01-first/quiz.ts': withQuestion(
					question('x', { lesson: 'three', heading: 'elsewhere' })
				)
			},
			want: /^lessons\/01-first\/quiz\.ts \[questions\.3\.section\.lesson\]: no lesson "three" in module "first"/
		},
		{
			name: 'a heading that is not in the lesson',
			files: {
				'/lessons/01-first/quiz.ts': withQuestion(
					question('x', { lesson: 'two', heading: 'why-it-matters' })
				)
			},
			want: /\[questions\.3\.section\.heading\]: no heading with id "why-it-matters" in lessons\/01-first\/02-two\.md \(its headings: a-second-idea\)/
		},
		{
			name: 'an option without feedback',
			files: {
				'/lessons/01-first/quiz.ts': withQuestion({
					...question('x'),
					options: [{ id: 'yes', text: 'yes', correct: true }, option('no', false)]
				})
			},
			want: /\[questions\.3\.options\.0\.feedback\]/
		},
		{
			name: 'two right answers to a single-choice question',
			files: {
				'/lessons/01-first/quiz.ts': withQuestion({
					...question('x'),
					options: [option('yes', true), option('no', true)]
				})
			},
			want: /\[questions\.3\.options\]: needs exactly one correct option/
		},
		{
			name: 'too few questions',
			files: { '/lessons/01-first/quiz.ts': { questions: [question('a')] } },
			want: /\[questions\]/
		},
		{
			name: 'no default export',
			files: { '/lessons/01-first/quiz.ts': undefined },
			want: /lessons\/01-first\/quiz\.ts: must `export default defineQuiz/
		},
		{
			name: 'a quiz outside any module',
			files: { '/lessons/09-nowhere/quiz.ts': goodQuiz },
			want: /^lessons\/09-nowhere\/quiz\.ts: a quiz must sit in a module folder/
		},
		{
			name: 'a diagram name that is not a folder name',
			files: {
				'/lessons/01-first/quiz.ts': withQuestion({
					...question('x'),
					kind: 'predict',
					reveal: { text: 'It shows.', diagram: '../evil' }
				})
			},
			want: /\[questions\.3\.reveal\.diagram\]/
		}
	];
	it.each(broken)('names the file and field for $name', ({ files, want }) => {
		const problems = problemsOf(files);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.join('\n')).toMatch(want);
	});

	it('reports every broken quiz at once', () => {
		const problems = problemsOf({
			'/lessons/01-first/quiz.ts': withQuestion(question('x', { lesson: 'nope', heading: 'x' })),
			'/lessons/02-second/quiz.ts': { questions: [] }
		});
		expect(problems.map((p) => p.split(' ')[0])).toEqual([
			'lessons/01-first/quiz.ts',
			'lessons/02-second/quiz.ts'
		]);
	});
});

describe('publicQuiz', () => {
	const quiz = quizFor('start-here') as ModuleQuiz;

	it('holds no answer key, feedback, reveal or section', () => {
		const json = JSON.stringify(publicQuiz(quiz));
		expect(json).not.toMatch(/"(correct|feedback|reveal|section)"/);
		for (const q of quiz.definition.questions) {
			const texts =
				q.kind === 'order'
					? q.items.map((i) => i.feedback)
					: [...q.options.map((o) => o.feedback), ...(q.kind === 'predict' ? [q.reveal.text] : [])];
			for (const text of texts) expect(json).not.toContain(text);
		}
	});

	it('never starts steps in their right order, even when the shuffle lands on it', () => {
		const order = quiz.definition.questions.find((q) => q.kind === 'order');
		if (order?.kind !== 'order') throw new Error('needs an order question');
		const right = order.items.map((i) => i.id).join();
		// random() ≈ 1 makes Fisher–Yates swap nothing: the shuffle returns the right order.
		for (const random of [() => 0.999999, () => 0, Math.random]) {
			for (let i = 0; i < 50; i++) {
				const shown = publicQuiz(quiz, random).questions.find((q) => q.id === order.id)!;
				expect(shown.options.map((o) => o.id).join()).not.toBe(right);
				expect(shown.options.map((o) => o.id).sort()).toEqual(order.items.map((i) => i.id).sort());
			}
		}
	});

	it('reshuffles choices between renders, but keeps true/false as "True, False"', () => {
		const orders = new Set<string>();
		for (let i = 0; i < 30; i++) {
			const shown = publicQuiz(quiz);
			orders.add(
				shown.questions
					.find((q) => q.kind === 'multiple')!
					.options.map((o) => o.id)
					.join()
			);
			const tf = shown.questions.find((q) => q.kind === 'true-false')!;
			expect(tf.options.map((o) => o.id)).toEqual(['true', 'false']);
		}
		expect(orders.size).toBeGreaterThan(1);
	});
});

describe('checkQuiz', () => {
	const quiz = quizFor('start-here') as ModuleQuiz;

	it('grades on the server and links each question to its section', () => {
		const entries: [string, string][] = [];
		for (const q of quiz.definition.questions) {
			if (q.kind === 'order')
				q.items.forEach((item, i) => entries.push([`q:${q.id}:${item.id}`, String(i + 1)]));
			else for (const o of q.options.filter((o) => o.correct)) entries.push([`q:${q.id}`, o.id]);
		}
		const outcome = checkQuiz(quiz, entries);
		expect(outcome.status).toBe('graded');
		if (outcome.status !== 'graded') return;
		expect(outcome.result).toMatchObject({ score: 5, maxScore: 5, mastered: true });
		expect(outcome.result.questions[0]?.section.href).toMatch(
			/^\/learn\/start-here\/how-this-course-works#/
		);
	});

	it('refuses a forged score', () => {
		expect(checkQuiz(quiz, [['score', '5']]).status).toBe('invalid');
	});
});
