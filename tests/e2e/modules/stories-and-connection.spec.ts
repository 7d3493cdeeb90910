import { type Page } from '@playwright/test';
import storiesQuiz from '../../../lessons/04-stories-and-connection/quiz';
import { expect, expectNoA11yViolations, test } from '../fixtures';
import { QuizPage } from '../pages/QuizPage';

const LESSONS = [
	'/learn/stories-and-connection/why-stories-help',
	'/learn/stories-and-connection/not-a-straight-line',
	'/learn/stories-and-connection/mind-and-body-together'
];

const recoveryPath = (page: Page) =>
	page.getByRole('figure', { name: /The real shape of recovery/ });
const supportMap = (page: Page) => page.getByRole('figure', { name: /My support map/ });
/** The text version of the path: one list item per step walked so far. */
const pathList = (page: Page) => recoveryPath(page).getByRole('list').last();
/** The map's list view: one list per ring, named by the ring. */
const ring = (page: Page, name: string) =>
	supportMap(page).getByRole('list', { name, exact: true });

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

test('the real shape of recovery steps through the story by keyboard, and its text follows', async ({
	page
}) => {
	await page.goto(LESSONS[1]!);
	const figure = recoveryPath(page);
	await expect(figure.getByText('Illustration, not measurement')).toBeVisible();
	await expect(figure.getByText(/Marcus is a composite written for this course/)).toBeVisible();
	await expect(figure.getByText('Step 1 of 7', { exact: true })).toBeVisible();
	await expect(pathList(page).getByRole('listitem')).toHaveCount(1);
	await expect(figure.locator('desc')).toContainText('drawn up to step 1 of 7');

	const next = figure.getByRole('button', { name: 'Next' });
	await next.focus();
	await page.keyboard.press('Enter');
	await expect(figure.getByText('Step 2 of 7', { exact: true })).toBeVisible();
	await expect(pathList(page).getByRole('listitem')).toHaveCount(2);
	await expect(pathList(page).getByRole('listitem').last()).toHaveText(
		'Month 1: Some steadier days. The path goes up, above the straight line.'
	);
	await expect(figure.locator('[aria-live="polite"]')).toContainText('Step 2 of 7');

	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(figure.getByText('Step 5 of 7', { exact: true })).toBeVisible();
	await expect(pathList(page).getByRole('listitem').last()).toHaveText(
		'Month 7: A lapse. The path goes down, far below the straight line.'
	);
	await expect(pathList(page).getByRole('listitem').last()).toHaveAttribute('aria-current', 'step');
	await expect(figure.locator('p', { hasText: /^What helped:/ })).toHaveText(
		'What helped: Telling his counselor instead of hiding it and still going to the clinic.'
	);
	await expect(figure.locator('desc')).toContainText('Now at Month 7: A lapse.');

	await page.keyboard.press('End');
	await expect(figure.getByText('Step 7 of 7', { exact: true })).toBeVisible();
	await expect(pathList(page).getByRole('listitem')).toHaveCount(7);
	await expect(figure.locator('desc')).toContainText('The whole path is drawn');
	await expect(next).toHaveAttribute('aria-disabled', 'true');
	await expect(next).toBeFocused();

	await page.keyboard.press('ArrowLeft');
	await expect(figure.getByText('Step 6 of 7', { exact: true })).toBeVisible();
	await page.keyboard.press('Home');
	await expect(figure.getByText('Step 1 of 7', { exact: true })).toBeVisible();
	await expect(pathList(page).getByRole('listitem')).toHaveCount(1);
	await expectNoA11yViolations(page);
});

test.describe('my support map', () => {
	test.use({ reducedMotion: 'reduce' });

	test('adds, checks, edits and removes a support by keyboard, and the list and picture follow', async ({
		page
	}) => {
		await page.goto(LESSONS[2]!);
		const figure = supportMap(page);
		const desc = figure.locator('svg[role="img"] desc');
		const live = figure.locator('[aria-live="polite"]');
		const name = figure.getByRole('textbox', { name: 'Name' });
		await expect(desc).toHaveText(/only you in the middle/);
		await expect(figure.getByText('Nothing here yet.')).toHaveCount(3);

		// An empty form says what is missing and puts focus on the first problem.
		await name.focus();
		await page.keyboard.press('Enter');
		await expect(figure.getByText('Write a name, a nickname or a place.')).toBeVisible();
		await expect(figure.getByText('Choose what it is.')).toBeVisible();
		await expect(figure.getByText('Choose how close.')).toBeVisible();
		await expect(name).toBeFocused();
		await expect(name).toHaveAttribute('aria-invalid', 'true');

		// Name, then the first kind (a person), then the first closeness (very close), then Add.
		await page.keyboard.type('Aunt Jo');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect(figure.getByRole('radio', { name: /A person/ })).toBeChecked();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect(figure.getByRole('radio', { name: 'Very close' })).toBeChecked();
		await page.keyboard.press('Tab');
		await expect(figure.getByRole('button', { name: 'Add to my map' })).toBeFocused();
		await page.keyboard.press('Enter');

		await expect(live).toHaveText('Added Aunt Jo: a person, very close.');
		await expect(ring(page, 'Very close').getByRole('listitem')).toHaveText(/Aunt Jo \(a person\)/);
		await expect(desc).toHaveText(
			'Your map has 1 support around you. Very close: Aunt Jo (a person).'
		);
		await expect(figure.locator('svg[role="img"] text', { hasText: 'Aunt Jo' })).toHaveCount(1);
		await expect(name).toBeFocused();
		await expect(name).toHaveValue('');
		await expect(figure.getByText('Choose what it is.')).toHaveCount(0);

		// A second support, added the same way, to a different ring and kind.
		await page.keyboard.type('Tuesday group');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await page.keyboard.press('ArrowDown');
		await expect(figure.getByRole('radio', { name: /A group/ })).toBeChecked();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(figure.getByRole('radio', { name: 'A bit further' })).toBeChecked();
		await page.keyboard.press('Enter');
		await expect(ring(page, 'A bit further').getByRole('listitem')).toHaveText(
			/Tuesday group \(a group\)/
		);
		await expect(desc).toHaveText(
			'Your map has 2 supports around you. Very close: Aunt Jo (a person). A bit further: Tuesday group (a group).'
		);

		// A duplicate name is refused.
		await page.keyboard.type('aunt jo');
		await page.keyboard.press('Enter');
		await expect(figure.getByText('aunt jo is already on your map.')).toBeVisible();
		await page.keyboard.press('Control+A');
		await page.keyboard.press('Delete');

		// Edit: the form fills in, and saving moves Aunt Jo to another ring.
		const edit = figure.getByRole('button', { name: 'Edit Aunt Jo' });
		await edit.focus();
		await page.keyboard.press('Enter');
		await expect(name).toBeFocused();
		await expect(name).toHaveValue('Aunt Jo');
		await expect(figure.getByText('Change Aunt Jo')).toBeVisible();
		await page.keyboard.press('Tab'); // the checked kind
		await page.keyboard.press('Tab'); // the checked closeness
		await page.keyboard.press('ArrowDown');
		await expect(figure.getByRole('radio', { name: 'Close', exact: true })).toBeChecked();
		await page.keyboard.press('Tab');
		await expect(figure.getByRole('button', { name: 'Save changes' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(live).toHaveText('Updated Aunt Jo: a person, close.');
		await expect(ring(page, 'Close').getByRole('listitem')).toHaveText(/Aunt Jo/);
		await expect(ring(page, 'Very close')).toHaveCount(0);
		await expect(desc).toHaveText(/Close: Aunt Jo \(a person\)/);
		await expect(edit).toBeFocused();

		// Reduced motion: the layout is settled at once, so marks do not move afterwards.
		const mark = figure.locator('svg[role="img"] g[transform]').first();
		const before = await mark.getAttribute('transform');
		await page.waitForTimeout(400);
		expect(await mark.getAttribute('transform')).toBe(before);

		await expectNoA11yViolations(page);

		// Remove.
		await figure.getByRole('button', { name: 'Remove Aunt Jo' }).focus();
		await page.keyboard.press('Enter');
		await expect(live).toHaveText('Removed Aunt Jo from your map.');
		await expect(figure.getByRole('button', { name: 'Edit Aunt Jo' })).toHaveCount(0);
		await expect(desc).toHaveText(
			'Your map has 1 support around you. A bit further: Tuesday group (a group).'
		);
		await expect(figure.locator('svg[role="img"] text', { hasText: 'Aunt Jo' })).toHaveCount(0);
	});
});

test('the support map is drawn on the server without running the layout', async ({ request }) => {
	const html = await (await request.get(LESSONS[2]!)).text();
	expect(html).toContain('My support map');
	expect(html).toContain('only you in the middle');
});

test('the quiz reveals the path after the lapse once the learner has predicted it', async ({
	page
}) => {
	const quiz = new QuizPage(page, { javaScript: true, module: 'stories-and-connection' });
	await quiz.open();
	for (const [i, q] of storiesQuiz.questions.entries()) {
		const group = quiz.question(i + 1);
		if (q.kind !== 'order') {
			for (const o of q.options.filter((o) => o.correct))
				await group.getByLabel(o.text, { exact: true }).check();
			continue;
		}
		// Keyboard only: "Move up" on each step until it is in place.
		for (const [to, item] of q.items.entries()) {
			const up = group.getByRole('button', { name: `Move up: ${item.text}` });
			let at = (await quiz.stepOrder(i + 1)).indexOf(item.id);
			while (at > to) {
				await up.focus();
				await page.keyboard.press('Enter');
				at -= 1;
				await expect.poll(() => quiz.stepOrder(i + 1).then((o) => o.indexOf(item.id))).toBe(at);
			}
		}
	}
	await quiz.submit();
	await expect(quiz.resultHeading()).toHaveText(/^Well done — 100%/);

	const number = storiesQuiz.questions.findIndex((q) => q.kind === 'predict') + 1;
	// Answered right, so its feedback is folded away until opened.
	await quiz.unfold(number);
	const feedback = quiz.feedback(number);
	await expect(feedback.getByText(/his path rose again/)).toBeVisible();
	const figure = recoveryPath(page);
	await expect(figure.getByText('Step 6 of 7', { exact: true })).toBeVisible();
	await expect(pathList(page).getByRole('listitem').last()).toHaveText(
		'Month 8: Getting back on the road. The path goes up, below the straight line.'
	);
	await figure.getByRole('button', { name: 'Next' }).focus();
	await page.keyboard.press('Enter');
	await expect(figure.getByText('Step 7 of 7', { exact: true })).toBeVisible();
	await expectNoA11yViolations(page);
});
