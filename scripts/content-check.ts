/**
 * `npm run content:check`: checks the course content (lessons/*\/*.md) against the reference
 * registry and the glossary, prints every lesson's reading grade and every problem as
 * `file:line: [rule] message`, and exits 1 on any problem.
 *
 *   tsx scripts/content-check.ts [--dir <lessons folder>] [--allow-uncited]
 *
 * --dir checks another lessons folder (the test fixtures); its registries are read from
 * <dir>/references.ts and <dir>/glossary.ts. --allow-uncited skips the `uncited-reference` rule.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SourceFile } from '../src/lib/content/course.ts';
import { checkContent, type LintProblem, type Registries } from '../src/lib/content/lint/index.ts';
import { glossary } from '../lessons/glossary.ts';
import { references } from '../lessons/references.ts';

const ROOT = resolve(import.meta.dirname, '..');

export interface CheckRun {
	lessons: number;
	problems: LintProblem[];
	grades: { file: string; grade: number }[];
	/** What the command prints, line by line. */
	output: string[];
}

/** `lessons/*\/*.md` of a folder, named `lessons/…` as `buildCourse` expects. */
function readSources(dir: string): SourceFile[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((folder) =>
			readdirSync(join(dir, folder.name))
				.filter((name) => name.endsWith('.md'))
				.map((name) => ({
					path: `lessons/${folder.name}/${name}`,
					raw: readFileSync(join(dir, folder.name, name), 'utf8')
				}))
		);
}

/** Files under static/, as the root-relative paths the site serves them at. */
function staticAssets(dir: string, prefix = ''): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? staticAssets(join(dir, entry.name), `${prefix}/${entry.name}`)
			: [`${prefix}/${entry.name}`]
	);
}

async function loadRegistries(dir: string): Promise<Registries> {
	if (resolve(dir) === join(ROOT, 'lessons')) return { references, glossary };
	const load = async (name: string) =>
		(await import(pathToFileURL(join(dir, name)).href)) as Record<string, unknown>;
	const registries = {
		references: (await load('references.ts')).references,
		glossary: (await load('glossary.ts')).glossary
	};
	for (const [name, value] of Object.entries(registries)) {
		if (typeof value !== 'object' || value === null)
			throw new Error(`${dir}: ${name}.ts must export const ${name}`);
	}
	return registries as Registries;
}

/** Runs the check on a lessons folder (default: the course's own `lessons/`). */
export async function runContentCheck(
	options: { dir?: string; allowUncited?: boolean } = {}
): Promise<CheckRun> {
	const dir = resolve(options.dir ?? join(ROOT, 'lessons'));
	const shown = relative(process.cwd(), dir) || '.';
	const source = (name: string): SourceFile => {
		const path = join(dir, name);
		return { path: `lessons/${name}`, raw: existsSync(path) ? readFileSync(path, 'utf8') : '' };
	};
	const files = readSources(dir);
	const { problems, grades } = checkContent(files, await loadRegistries(dir), {
		allowUncited: options.allowUncited,
		referencesFile: source('references.ts'),
		glossaryFile: source('glossary.ts'),
		assets: staticAssets(join(ROOT, 'static'))
	});
	// The checker names files `lessons/…`; show where they really are.
	const where = (text: string) => text.replace(/(^|[\s"(])lessons(?=\/|$)/g, `$1${shown}`);
	const shownProblems = problems.map((p) => ({
		...p,
		file: where(p.file),
		message: where(p.message)
	}));
	const shownGrades = grades.map((g) => ({ ...g, file: where(g.file) }));
	const lessons = grades.length;
	const output = [
		...shownGrades.map((g) => `grade ${g.grade.toFixed(1)}  ${g.file}`),
		...shownProblems.map((p) => `${p.file}:${p.line}: [${p.rule}] ${p.message}`),
		`content check: ${lessons} ${lessons === 1 ? 'lesson' : 'lessons'}, ` +
			`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`
	];
	return { lessons, problems: shownProblems, grades: shownGrades, output };
}

function parseArgs(argv: string[]): { dir?: string; allowUncited: boolean } {
	const options: { dir?: string; allowUncited: boolean } = { allowUncited: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--allow-uncited') options.allowUncited = true;
		else if (arg === '--dir' && argv[i + 1]) options.dir = argv[++i];
		else if (arg?.startsWith('--dir=')) options.dir = arg.slice('--dir='.length);
		else throw new Error(`unknown argument ${arg}; use [--dir <path>] [--allow-uncited]`);
	}
	return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	try {
		const run = await runContentCheck(parseArgs(process.argv.slice(2)));
		for (const line of run.output) console.log(line);
		process.exitCode = run.problems.length > 0 ? 1 : 0;
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exitCode = 2;
	}
}
