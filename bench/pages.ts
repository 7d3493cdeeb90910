/**
 * The page types the JavaScript budget covers, shared by `bench/js-per-page.ts` (numbers for
 * BENCHMARKS.md) and `tests/e2e/perf/js-budget.spec.ts` (the same budget, checked on every run).
 *
 * Counselor pages are opened by a counselor with one client (bench/counselor.ts); `:client` in
 * a path stands for that client's id.
 */
export type Budget = 'diagram' | 'page';

export interface PageToMeasure {
	/** How the page type is named in BENCHMARKS.md and the test titles. */
	name: string;
	path: string;
	/** Lessons with an interactive diagram get the larger budget. */
	budget: Budget;
	/** Who opens it; a guest unless said otherwise. */
	as?: 'guest' | 'learner' | 'counselor';
}

/** Budgets from DESIGN.md, gzip bytes (1 KB = 1000 bytes, the stricter reading). */
export const JS_BUDGET_BYTES: Record<Budget, number> = { diagram: 50_000, page: 40_000 };

// Every page is served as plain HTML ($lib/plain-pages.ts) and meets its budget: about 1 KB, or
// for lessons and the quiz, whose interactive part is hydrated on its own, 26–46 KB (2026-11-22).
export const PAGES: PageToMeasure[] = [
	{ name: 'landing', path: '/', budget: 'page' },
	{ name: 'course overview', path: '/learn', budget: 'page' },
	{ name: 'module overview', path: '/learn/reward-system', budget: 'page' },
	{
		name: 'lesson without a diagram',
		path: '/learn/start-here/how-this-course-works',
		budget: 'page'
	},
	{
		name: 'lesson: RewardCircuit',
		path: '/learn/reward-system/what-reward-is',
		budget: 'diagram'
	},
	{
		name: 'lesson: RecoveryTimeline',
		path: '/learn/reward-system/healing-takes-time',
		budget: 'diagram'
	},
	{
		name: 'lesson: RutsAndRoads',
		path: '/learn/fire-together/how-brains-learn',
		budget: 'diagram'
	},
	{
		name: 'lesson: MyTriggers',
		path: '/learn/fire-together/cues-and-triggers',
		budget: 'diagram'
	},
	{
		name: 'lesson: EvidenceExplorer',
		path: '/learn/moving-to-heal/what-moving-does',
		budget: 'diagram'
	},
	{
		name: 'lesson: WeeklyPlan',
		path: '/learn/moving-to-heal/make-your-plan',
		budget: 'diagram'
	},
	{
		name: 'lesson: RecoveryPath',
		path: '/learn/stories-and-connection/not-a-straight-line',
		budget: 'diagram'
	},
	{
		name: 'lesson: SupportMap',
		path: '/learn/stories-and-connection/mind-and-body-together',
		budget: 'diagram'
	},
	{
		name: 'lesson: RewardCircuit, signed in',
		path: '/learn/reward-system/what-reward-is',
		budget: 'diagram',
		as: 'learner'
	},
	{ name: 'quiz', path: '/learn/reward-system/quiz', budget: 'page' },
	{ name: 'My progress', path: '/me', budget: 'page', as: 'learner' },
	{ name: 'glossary', path: '/glossary', budget: 'page' },
	{ name: 'help', path: '/help', budget: 'page' },
	{ name: 'log in', path: '/login', budget: 'page' },
	{ name: 'sign up', path: '/signup', budget: 'page' },
	{ name: 'counselor dashboard', path: '/counselor', budget: 'page', as: 'counselor' },
	{ name: 'client page', path: '/counselor/clients/:client', budget: 'page', as: 'counselor' }
];

/** The page's address, with the measured counselor's client in it where the path asks. */
export const pathFor = (page: PageToMeasure, clientId = '') =>
	page.path.replace(':client', encodeURIComponent(clientId));
