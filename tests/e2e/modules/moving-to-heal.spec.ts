import { type Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from '../fixtures';
import { LessonPage } from '../pages/LessonPage';
import { QuizPage } from '../pages/QuizPage';
import movingQuiz from '../../../lessons/03-moving-to-heal/quiz';

const MODULE = '/learn/moving-to-heal';
const LESSONS = [
	`${MODULE}/what-moving-does`,
	`${MODULE}/starting-safely`,
	`${MODULE}/make-your-plan`
];

/** The diagrams only answer keys once the page has hydrated. */
async function openLesson(page: Page, path: string) {
	await new LessonPage(page).open(path);
	await page.waitForLoadState('networkidle');
}

for (const path of LESSONS) {
	test(`${path} has no axe violations on a phone and on desktop`, async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await openLesson(page, path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await expectNoA11yViolations(page);
		// Opened tables and "more detail" boxes must not widen the page either.
		await page.evaluate(() => {
			for (const d of document.querySelectorAll('details')) d.open = true;
		});
		const openOverflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(openOverflow).toBeLessThanOrEqual(0);
		await expectNoA11yViolations(page);
		await page.setViewportSize({ width: 1280, height: 800 });
		await expectNoA11yViolations(page);
	});
}

test('the evidence explorer explains each result by keyboard', async ({ page }) => {
	await openLesson(page, LESSONS[0]!);
	const explorer = page.getByRole('figure', { name: /Evidence explorer/ });
	const meaning = explorer.locator('[aria-live="polite"]');
	await expect(meaning).toContainText('Choose a row');

	const abstinence = explorer.getByRole('button', { name: /^Staying off drugs: odds ratio 1\.69/ });
	await abstinence.focus();
	await expect(abstinence).toHaveAttribute('aria-pressed', 'true');
	await expect(meaning).toContainText('more likely to stay abstinent');
	await expect(meaning).toContainText('odds ratio 1.69, 95% confidence interval 1.44 to 1.99');

	await page.keyboard.press('ArrowDown');
	const withdrawal = explorer.getByRole('button', { name: /^Withdrawal symptoms/ });
	await expect(withdrawal).toBeFocused();
	await expect(meaning).toContainText('milder withdrawal symptoms');
	await expect(meaning).toContainText('−2.46 to −0.02');
	await expect(abstinence).toHaveAttribute('aria-pressed', 'false');

	await page.keyboard.press('End');
	const byExercise = explorer.getByRole('button', { name: 'By the kind of exercise' });
	await expect(byExercise).toBeFocused();
	await expect(meaning).toContainText('no numbers');

	await page.keyboard.press('Home');
	await expect(abstinence).toBeFocused();

	// The table says the same numbers as the chart.
	const summary = explorer.getByText('Show the numbers as a table');
	await summary.focus();
	await page.keyboard.press('Enter');
	const table = explorer.getByRole('table');
	await expect(table).toBeVisible();
	await expect(table.getByRole('row', { name: /Anxiety/ })).toContainText('−0.45 to −0.16');
	await expect(table.getByRole('row', { name: /Depression/ })).toContainText('−0.80 to −0.14');
	await expectNoA11yViolations(page);
});

test('the weekly plan builder works by keyboard and its table follows the chart', async ({
	page
}) => {
	await page.addInitScript(() => {
		// Record the print request instead of opening the browser's print dialog.
		window.print = () => document.body.setAttribute('data-printed', 'yes');
	});
	await openLesson(page, LESSONS[2]!);
	const builder = page.getByRole('figure', { name: /Weekly plan builder/ });
	const week = builder.getByText(/^This week:/).filter({ visible: true });
	await expect(week).toContainText('0 minutes');

	// Choose cycling with the keyboard, then Monday and Wednesday, 30 minutes.
	await builder.getByLabel('What').focus();
	await page.keyboard.press('ArrowDown');
	await expect(builder.getByLabel('What')).toHaveValue('cycling');
	await builder.getByRole('checkbox', { name: 'Monday' }).focus();
	await page.keyboard.press('Space');
	await builder.getByRole('checkbox', { name: 'Wednesday' }).focus();
	await page.keyboard.press('Space');
	await builder.getByLabel(/Minutes each day/).focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('30');
	await page.keyboard.press('Enter');

	await expect(week).toContainText('60 minutes');
	const status = builder.locator('[aria-live="polite"]');
	await expect(status).toContainText('Added Cycling, 30 minutes on Monday, Wednesday.');
	await expect(status).toContainText('90 more would reach 150');

	await builder.getByText('Show the week as a table').focus();
	await page.keyboard.press('Enter');
	const table = builder.getByRole('table');
	await expect(table.getByRole('row', { name: /Monday/ })).toContainText('30');
	await expect(
		builder.getByRole('listitem').filter({ hasText: 'Monday: Cycling, 30 min.' })
	).toBeVisible();
	await expect(table.getByRole('row', { name: /^Week/ })).toContainText('60');

	// Five more minutes on Monday: the chart, the total and the table all change.
	await builder.getByRole('button', { name: '+5 minutes, Cycling on Monday' }).focus();
	await page.keyboard.press('Enter');
	await expect(week).toContainText('65 minutes');
	await expect(table.getByRole('row', { name: /Monday/ })).toContainText('35');
	await expect(
		builder.getByRole('img', { name: /Minutes planned for each day/ })
	).toHaveAccessibleDescription(/Monday: 35 moderate/);

	// A bad entry is refused with a message tied to its field.
	await builder.getByLabel(/Minutes each day/).fill('400');
	await builder.getByRole('checkbox', { name: 'Friday' }).check();
	await builder.getByRole('button', { name: 'Add to my week' }).press('Enter');
	await expect(builder.getByLabel(/Minutes each day/)).toHaveAccessibleDescription(
		'Keep it to 300 minutes or less.'
	);
	await expect(week).toContainText('65 minutes');

	await builder.getByRole('button', { name: 'Remove Cycling on Wednesday' }).press('Enter');
	await expect(week).toContainText('35 minutes');
	await expect(builder.getByRole('button', { name: 'Remove Cycling on Monday' })).toBeFocused();

	await builder.getByRole('button', { name: 'Add an if-then plan' }).press('Enter');
	await expect(builder.getByLabel('If…')).toBeFocused();
	await page.keyboard.type('it rains');
	await builder.getByLabel('Then…').focus();
	await page.keyboard.type('I walk laps in the mall');
	await page.keyboard.press('Tab');
	await expectNoA11yViolations(page);

	// "Print my plan" prints only the one-page plan.
	await builder.getByRole('button', { name: 'Print my plan' }).press('Enter');
	await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
	await page.emulateMedia({ media: 'print' });
	const sheet = page.locator('.plan-sheet');
	await expect(sheet).toBeVisible();
	await expect(sheet).toContainText('If it rains, then I walk laps in the mall.');
	await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
});

test('the quiz reveals show both diagrams in the state the answer describes', async ({ page }) => {
	const quiz = new QuizPage(page, { javaScript: true, module: 'moving-to-heal' });
	await quiz.open();
	for (const [i, q] of movingQuiz.questions.entries()) {
		const group = quiz.question(i + 1);
		if (q.kind !== 'order') {
			for (const o of q.options.filter((o) => o.correct))
				await group.getByLabel(o.text, { exact: true }).check();
			continue;
		}
		// Put the steps in order with the keyboard, as a person would.
		for (const [at, item] of q.items.entries()) {
			let now = (await quiz.stepOrder(i + 1)).indexOf(item.id);
			while (now > at) {
				await group.getByRole('button', { name: `Move up: ${item.text}` }).press('Enter');
				now -= 1;
				await expect.poll(() => quiz.stepOrder(i + 1).then((o) => o.indexOf(item.id))).toBe(now);
			}
		}
	}
	await quiz.submit();
	await expect(quiz.resultHeading()).toContainText('100%');
	// Answered right, so their feedback is folded away until opened.
	for (const n of [1, 8]) await quiz.unfold(n);

	const explorer = quiz.feedback(1).getByRole('figure', { name: /Evidence explorer/ });
	await expect(explorer.getByRole('button', { name: /^Withdrawal symptoms/ })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(explorer.locator('[aria-live="polite"]')).toContainText('−2.46 to −0.02');

	const builder = quiz.feedback(8).getByRole('figure', { name: /Weekly plan builder/ });
	await expect(builder.getByText(/^This week:/).filter({ visible: true })).toContainText(
		'100 minutes'
	);
	await expect(
		builder
			.getByText(/50 more would reach 150/)
			.filter({ visible: true })
			.first()
	).toBeVisible();
	await expectNoA11yViolations(page);
});
