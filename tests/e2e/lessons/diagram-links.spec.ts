import { expect, expectNoA11yViolations, test } from '../fixtures';

// Without JavaScript (or before a part's script has run) a stepped diagram's controls are links
// to `?scene=`, `?time=` or `?step=`, which the server draws.
test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the reward circuit, the timeline and the recovery path still step', async ({ page }) => {
		await page.goto('/learn/reward-system/what-reward-is');
		const circuit = page.getByRole('figure', { name: /reward circuit explorer/i });
		await circuit.getByRole('link', { name: 'Next' }).click();
		await expect(page).toHaveURL(/\?scene=2#/);
		await expect(circuit.getByText('Scene 2 of 5', { exact: true })).toBeVisible();
		await circuit.getByRole('link', { name: /^Scene 4:/ }).click();
		await expect(circuit.getByText('Scene 4 of 5', { exact: true })).toBeVisible();
		await expect(circuit.getByRole('link', { name: /^Scene 4:/ })).toHaveAttribute(
			'aria-current',
			'step'
		);

		await page.goto('/learn/reward-system/healing-takes-time');
		const timeline = page.getByRole('figure', { name: /Recovery over time/ });
		await timeline.getByRole('link', { name: 'Later' }).click();
		await expect(timeline.getByText('Time 2 of', { exact: false })).toBeVisible();
		await expect(timeline.getByText(/^What the studies found at/)).toHaveText(
			'What the studies found at 2 weeks without use:'
		);

		await page.goto('/learn/stories-and-connection/not-a-straight-line');
		const path = page.getByRole('figure', { name: /real shape of recovery/ });
		await path.getByRole('link', { name: 'Next' }).click();
		await expect(path.getByText('Step 2 of 7', { exact: true })).toBeVisible();
		await path.getByRole('link', { name: 'Previous' }).click();
		await expect(path.getByText('Step 1 of 7', { exact: true })).toBeVisible();
		await expect(path.getByRole('link', { name: 'Previous' })).toHaveCount(0);
	});

	test('a view out of range or not a number opens the diagram at an end, never an error', async ({
		page
	}) => {
		for (const [query, shown] of [
			['?scene=abc', 'Scene 1 of 5'],
			['?scene=99', 'Scene 5 of 5'],
			['?scene=-3', 'Scene 1 of 5'],
			['?scene=2.5', 'Scene 1 of 5']
		] as const) {
			const response = await page.goto(`/learn/reward-system/what-reward-is${query}`);
			expect(response?.status(), query).toBe(200);
			await expect(page.getByText(shown, { exact: true })).toBeVisible();
		}
	});

	test('the ruts and roads picture says its buttons need JavaScript', async ({ page }) => {
		const html = await (await page.request.get('/learn/fire-together/how-brains-learn')).text();
		expect(html).toMatch(/<noscript><p[^>]*>These buttons need JavaScript/);
	});
});

test.describe('before the script runs', () => {
	test.use({ waitForApp: false });

	test('the links a diagram shows before its script runs have no axe violations', async ({
		page
	}) => {
		// Stop the page's script, so the parts stay as the server drew them (links), then check.
		await page.route(/lesson-page-script/, (route) => route.abort());
		await page.goto('/learn/reward-system/what-reward-is', { waitUntil: 'load' });
		const circuit = page.getByRole('figure', { name: /reward circuit explorer/i });
		await expect(circuit.getByRole('link', { name: 'Next' })).toBeVisible();
		await expectNoA11yViolations(page);
	});
});

test('once its script runs, a stepped diagram steps in place with buttons', async ({ page }) => {
	await page.goto('/learn/stories-and-connection/not-a-straight-line?step=3');
	const path = page.getByRole('figure', { name: /real shape of recovery/ });
	await expect(path.getByText('Step 3 of 7', { exact: true })).toBeVisible();
	await path.getByRole('button', { name: 'Next' }).click();
	await expect(path.getByText('Step 4 of 7', { exact: true })).toBeVisible();
	await expect(page).toHaveURL(/\?step=3$/);
});
