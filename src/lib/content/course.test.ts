import { describe, expect, it } from 'vitest';
import {
	ContentError,
	buildCourse,
	findLesson,
	lessonHref,
	neighbours,
	outline,
	type SourceFile
} from './course';

const moduleMd = (title = 'Mod') =>
	`---\ntitle: ${title}\nsummary: A summary.\noutcomes:\n  - Learn a thing\n---\nIntro.\n`;
const lessonMd = (extra = '', title = 'Lesson') =>
	`---\ntitle: ${title}\nminutes: 5\nobjectives:\n  - Know a thing\n${extra}---\n\n## Body\n`;

const valid: SourceFile[] = [
	{ path: 'lessons/01-first/module.md', raw: moduleMd('First') },
	{ path: 'lessons/01-first/02-second-lesson.md', raw: lessonMd('', 'Two') },
	{ path: 'lessons/01-first/01-first-lesson.md', raw: lessonMd('references: [hebb1949]\n', 'One') },
	{ path: 'lessons/02-next/module.md', raw: moduleMd('Next') },
	{ path: 'lessons/02-next/01-third-lesson.md', raw: lessonMd('', 'Three') }
];

function problemsOf(files: SourceFile[]): string[] {
	try {
		buildCourse(files);
	} catch (error) {
		if (error instanceof ContentError) {
			return error.problems.map((p) => `${p.file}${p.field ? ` [${p.field}]` : ''}`);
		}
		throw error;
	}
	return [];
}

describe('buildCourse', () => {
	it('orders modules and lessons by number and strips the prefixes', () => {
		const course = buildCourse(valid);
		expect(course.modules.map((m) => [m.slug, m.number])).toEqual([
			['first', 1],
			['next', 2]
		]);
		expect(course.modules[0]?.lessons.map((l) => l.slug)).toEqual([
			'first-lesson',
			'second-lesson'
		]);
		expect(course.modules[0]?.lessons[0]?.references).toEqual(['hebb1949']);
		expect(course.modules[0]?.lessons[1]?.references).toEqual([]);
	});

	it('links neighbours across modules', () => {
		const course = buildCourse(valid);
		const second = findLesson(course, 'first', 'second-lesson');
		expect(second).toBeDefined();
		const { previous, next } = neighbours(course, second!);
		expect(previous?.slug).toBe('first-lesson');
		expect(next && lessonHref(next)).toBe('/learn/next/third-lesson');
		expect(findLesson(course, 'next', 'first-lesson')).toBeUndefined();
	});

	const broken: { name: string; files: SourceFile[]; want: string }[] = [
		{
			name: 'missing title',
			files: [
				valid[0]!,
				{ path: 'lessons/01-first/01-a.md', raw: lessonMd().replace('title: Lesson\n', '') }
			],
			want: 'lessons/01-first/01-a.md [title]'
		},
		{
			name: 'minutes not a number',
			files: [
				valid[0]!,
				{ path: 'lessons/01-first/01-a.md', raw: lessonMd().replace('5', 'five') }
			],
			want: 'lessons/01-first/01-a.md [minutes]'
		},
		{
			name: 'unknown field (a typo)',
			files: [valid[0]!, { path: 'lessons/01-first/01-a.md', raw: lessonMd('objectivs: [x]\n') }],
			want: 'lessons/01-first/01-a.md'
		},
		{
			name: 'empty objectives',
			files: [
				valid[0]!,
				{
					path: 'lessons/01-first/01-a.md',
					raw: lessonMd().replace(/objectives:\n.*\n/, 'objectives: []\n')
				}
			],
			want: 'lessons/01-first/01-a.md [objectives]'
		},
		{
			name: 'no frontmatter',
			files: [valid[0]!, { path: 'lessons/01-first/01-a.md', raw: '# Just text\n' }],
			want: 'lessons/01-first/01-a.md'
		},
		{
			name: 'bad YAML',
			files: [valid[0]!, { path: 'lessons/01-first/01-a.md', raw: '---\ntitle: [unclosed\n---\n' }],
			want: 'lessons/01-first/01-a.md'
		},
		{
			name: 'missing module.md',
			files: [{ path: 'lessons/01-first/01-a.md', raw: lessonMd() }],
			want: 'lessons/01-first/module.md'
		},
		{
			name: 'module summary missing',
			files: [
				{
					path: 'lessons/01-first/module.md',
					raw: moduleMd().replace('summary: A summary.\n', '')
				},
				{ path: 'lessons/01-first/01-a.md', raw: lessonMd() }
			],
			want: 'lessons/01-first/module.md [summary]'
		},
		{
			name: 'lesson file without a number',
			files: [valid[0]!, { path: 'lessons/01-first/intro.md', raw: lessonMd() }],
			want: 'lessons/01-first/intro.md'
		},
		{
			name: 'duplicate lesson slug across modules',
			files: [...valid, { path: 'lessons/02-next/02-first-lesson.md', raw: lessonMd() }],
			want: 'lessons/02-next/02-first-lesson.md [slug]'
		},
		{
			name: 'duplicate module slug',
			files: [
				...valid,
				{ path: 'lessons/03-first/module.md', raw: moduleMd() },
				{ path: 'lessons/03-first/01-z.md', raw: lessonMd() }
			],
			want: 'lessons/03-first [slug]'
		},
		{
			name: 'module without lessons',
			files: [...valid, { path: 'lessons/03-empty/module.md', raw: moduleMd() }],
			want: 'lessons/03-empty'
		},
		{ name: 'no content at all', files: [], want: 'lessons' }
	];
	it.each(broken)('fails on $name, naming the file and field', ({ files, want }) => {
		expect(problemsOf(files)).toContain(want);
	});

	it('reports every problem at once, in the error message too', () => {
		const files = [
			valid[0]!,
			{ path: 'lessons/01-first/01-a.md', raw: lessonMd().replace('title: Lesson\n', '') },
			{ path: 'lessons/01-first/02-b.md', raw: lessonMd().replace('5', '0') }
		];
		expect(() => buildCourse(files)).toThrow(/01-a\.md \[title\][\s\S]*02-b\.md \[minutes\]/);
	});
});

describe('outline', () => {
	it('lists ## sections with the ids the page gives them, reflection prompts and terms', () => {
		const body = [
			'<script>',
			'## not a heading inside a script',
			'</script>',
			'## What *reward* is for',
			'Text <Reflection id="first-reward" prompt="What do you enjoy?" />',
			'### A smaller heading',
			'```',
			'## not a heading in code',
			'<Reflection id="in-code" prompt="x" />',
			'```',
			'## Cues and <Term id="cue">triggers</Term>',
			'<Reflection prompt="y" id="second" />',
			'Again: <Term id="cue">a cue</Term>, and <Term id="dopamine">dopamine</Term>.',
			'```',
			'<Term id="in-code">x</Term>',
			'```'
		].join('\n');
		expect(outline(body)).toEqual({
			sections: [
				{ id: 'what-reward-is-for', title: 'What reward is for' },
				{ id: 'cues-and-triggers', title: 'Cues and triggers' }
			],
			headings: new Map([
				['what-reward-is-for', 'What reward is for'],
				['a-smaller-heading', 'A smaller heading'],
				['cues-and-triggers', 'Cues and triggers']
			]),
			prompts: ['first-reward', 'second'],
			terms: ['cue', 'dopamine']
		});
	});
});
