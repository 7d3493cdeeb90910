import { type Page } from '@playwright/test';
import rewardQuiz from '../../../lessons/01-reward-system/quiz';
import { expect, expectNoA11yViolations, test } from '../fixtures';
import { QuizPage } from '../pages/QuizPage';

const LESSONS = [
	'/learn/reward-system/what-reward-is',
	'/learn/reward-system/what-opioids-do',
	'/learn/reward-system/healing-takes-time'
];

const explorer = (page: Page) => page.getByRole('figure', { name: /reward circuit explorer/i });
const timeline = (page: Page) => page.getByRole('figure', { name: /Recovery over time/ });
/** The explorer's text alternative: one line per pathway, "name: level". */
const signal = (page: Page, pathway: string) =>
	explorer(page)
		.getByRole('listitem')
		.filter({ hasText: `${pathway}:` });

for (const path of LESSONS) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`${path} has no axe violations (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expectNoA11yViolations(page);
		});
	}
}

test.describe('on a 320 px phone', () => {
	test.use({ viewport: { width: 320, height: 700 } });

	test('no lesson in the module scrolls sideways', async ({ page }) => {
		for (const path of LESSONS) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});
});

test('the reward circuit explorer steps through its scenes by keyboard, and its text follows', async ({
	page
}) => {
	await page.goto(LESSONS[0]!);
	const figure = explorer(page);
	await expect(figure.getByText('Illustration, not measurement')).toBeVisible();
	await expect(figure.getByText('Scene 1 of 5', { exact: true })).toBeVisible();
	await expect(signal(page, 'VTA to nucleus accumbens')).toContainText('high');

	const next = figure.getByRole('button', { name: 'Next' });
	await next.focus();
	await page.keyboard.press('Enter');
	await expect(figure.getByText('Scene 2 of 5', { exact: true })).toBeVisible();
	await expect(figure.getByText('An opioid for the first time', { exact: true })).toBeVisible();
	await expect(signal(page, 'VTA to nucleus accumbens')).toContainText('very high');
	await expect(figure.getByText(/animal work/i).first()).toBeVisible();
	// The live region tells a screen reader what changed.
	await expect(figure.locator('[aria-live="polite"]')).toContainText('Scene 2 of 5');

	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(figure.getByText('Scene 4 of 5', { exact: true })).toBeVisible();
	await expect(signal(page, 'Hippocampus to nucleus accumbens')).toContainText('very high');
	await expect(signal(page, 'Prefrontal cortex to nucleus accumbens')).toContainText('low');

	await page.keyboard.press('End');
	await expect(
		figure.getByText('Months into recovery: an illustration', { exact: true })
	).toBeVisible();
	await expect(
		figure.getByText(/^Illustration\. Based on a study of people who had used methamphetamine/)
	).toBeVisible();
	await expect(next).toHaveAttribute('aria-disabled', 'true');
	await expect(next).toBeFocused();

	await page.keyboard.press('Home');
	await expect(figure.getByText('Scene 1 of 5', { exact: true })).toBeVisible();
	await expect(figure.getByRole('button', { name: /Scene 1: A good meal/ })).toHaveAttribute(
		'aria-current',
		'step'
	);
	await expectNoA11yViolations(page);
});

test('in the reward circuit explorer, focus follows the scene chosen with the arrow keys', async ({
	page
}) => {
	await page.goto(LESSONS[0]!);
	const figure = explorer(page);
	const scene = (n: number) => figure.getByRole('button', { name: new RegExp(`^Scene ${n}:`) });
	await scene(1).focus();
	await page.keyboard.press('ArrowRight');
	await expect(figure.getByText('Scene 2 of 5', { exact: true })).toBeVisible();
	await expect(scene(2)).toBeFocused();
	await page.keyboard.press('End');
	await expect(scene(5)).toBeFocused();
	await page.keyboard.press('ArrowLeft');
	await expect(scene(4)).toBeFocused();
	await expect(scene(4)).toHaveAttribute('aria-current', 'step');
	// One tab stop for the numbered scenes: Tab goes on to Next.
	await page.keyboard.press('Tab');
	await expect(figure.getByRole('button', { name: 'Next' })).toBeFocused();
});

test('the tolerance scene asks for a prediction before it shows the signals', async ({ page }) => {
	await page.goto(LESSONS[1]!);
	const figure = explorer(page);
	await expect(figure.getByText('Scene 3 of 5', { exact: true })).toBeVisible();
	await expect(figure.getByText('hidden until you make your prediction')).toBeVisible();
	await expect(signal(page, 'VTA to nucleus accumbens')).toContainText('hidden');

	const smaller = figure.getByRole('button', { name: 'A smaller signal than the first time' });
	await smaller.focus();
	await page.keyboard.press('Enter');
	await expect(
		figure.getByText('Yes. The brain has adjusted, so the same drug now sends a smaller signal.', {
			exact: true
		})
	).toBeVisible();
	// The pressed button is gone, so focus moves on to the answer.
	await expect(figure.locator('.result')).toBeFocused();
	await expect(signal(page, 'VTA to nucleus accumbens')).toContainText('low');
	await expect(signal(page, 'Amygdala to nucleus accumbens')).toContainText('high');
	await expect(figure.locator('[aria-live="polite"]')).toContainText('smaller signal');
	await expectNoA11yViolations(page);
});

test('the recovery timeline moves through time by keyboard, and its findings follow', async ({
	page
}) => {
	await page.goto(LESSONS[2]!);
	const figure = timeline(page);
	const findings = figure.getByText(/^What the studies found at/);
	await expect(findings).toHaveText('What the studies found at 6 days without use:');
	await expect(figure.getByText(/Methamphetamine:/).first()).toBeVisible();
	await expect(figure.getByText("What we don't know")).toBeVisible();

	const later = figure.getByRole('button', { name: 'Later' });
	await later.focus();
	await page.keyboard.press('ArrowRight');
	await expect(findings).toHaveText('What the studies found at 2 weeks without use:');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(findings).toHaveText('What the studies found at 3 months without use:');
	await expect(
		figure.getByRole('listitem').filter({ hasText: 'was highest in this group' })
	).toBeVisible();

	await page.keyboard.press('End');
	await expect(findings).toHaveText('What the studies found at 14 months without use:');
	await expect(
		figure
			.getByRole('listitem')
			.filter({ hasText: 'Dopamine transporters were back close to normal.' })
	).toBeVisible();
	await expect(figure.locator('[aria-live="polite"]')).toContainText('14 months without use');

	await page.keyboard.press('Enter');
	await expect(findings).toHaveText('What the studies found at 14 months without use:');
	const earlier = figure.getByRole('button', { name: 'Earlier' });
	await earlier.focus();
	await page.keyboard.press('Enter');
	await expect(findings).toHaveText('What the studies found at 1 year without use:');
	await page.keyboard.press('Home');
	await expect(findings).toHaveText('What the studies found at 6 days without use:');
	await expectNoA11yViolations(page);
});

test('the healing lesson states the overdose risk plainly, with naloxone and where to get help', async ({
	page
}) => {
	await page.goto(LESSONS[2]!);
	const safety = page.getByRole('complementary', { name: 'After a break, an old dose can kill' });
	await expect(safety).toContainText('your tolerance is lower');
	await expect(safety).toContainText('A return to your old dose can cause');
	await expect(safety).toContainText('Carry');
	await expect(safety).toContainText('naloxone');
	await expect(safety).toContainText('Get help now');
	await expect(safety.getByRole('link', { name: 'all the ways to get help' })).toHaveAttribute(
		'href',
		'/help'
	);
});

test('the quiz reveals the tolerance prediction with the explorer, signals shown', async ({
	page
}) => {
	await page.goto('/learn/reward-system/quiz');
	// Every question needs an answer: pick the right option of each choice question, and keep
	// the order question's shuffled order as its answer (an untouched order is not one).
	for (const [i, q] of rewardQuiz.questions.entries()) {
		const group = page.getByRole('group', { name: new RegExp(`^Question ${i + 1} of 8`) });
		if (q.kind === 'order') {
			await group.getByRole('button', { name: 'Keep this order as my answer' }).click();
			continue;
		}
		for (const o of q.options.filter((o) => o.correct))
			await group.getByLabel(o.text, { exact: true }).check();
	}
	await expect(page.getByRole('group', { name: /^Question 5 of 8/ })).toContainText('Predict');
	await page.getByRole('button', { name: 'Check my answers' }).click();

	// Answered right, so its feedback is folded away until opened.
	const quiz = new QuizPage(page);
	await quiz.unfold(5);
	const feedback = quiz.feedback(5);
	await expect(feedback.getByText(/the drug itself gives a smaller response/)).toBeVisible();
	const figure = feedback.getByRole('figure', { name: /reward circuit explorer/i });
	await expect(figure.getByText('After tolerance', { exact: true })).toBeVisible();
	// Opened with reveal: the signals are shown, not hidden behind a new prediction.
	await expect(
		figure.getByRole('listitem').filter({ hasText: 'VTA to nucleus accumbens:' })
	).toContainText('low');
	await expect(figure.getByRole('button', { name: /smaller signal/ })).toHaveCount(0);
	await expectNoA11yViolations(page);
});
