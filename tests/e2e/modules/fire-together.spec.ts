import { type Locator, type Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test, waitForHydration } from '../fixtures';
import { AccountPages } from '../pages/AccountPages';

const MODULE = '/learn/fire-together';
const LESSONS = ['how-brains-learn', 'cues-and-triggers', 'building-new-roads'];
const WITH_DIAGRAM = ['how-brains-learn', 'building-new-roads'];

/** The diagram only answers keys once the page has hydrated. */
async function openLesson(page: Page, lesson: string) {
	await page.goto(`${MODULE}/${lesson}`);
	await page.waitForLoadState('networkidle');
}

/** The "Ruts and roads" figure, found by its caption, with the parts a person reads. */
function diagram(page: Page) {
	const figure = page.getByRole('figure', { name: /Ruts and roads/ });
	return {
		figure,
		button: (name: string | RegExp): Locator => figure.getByRole('button', { name }),
		winner: figure.getByText(/^If a cue comes now/),
		status: figure.getByText(/^Day \d+ ·/),
		steps: figure.getByRole('list', { name: 'The last cue, step by step:' }),
		live: figure.locator('[aria-live="polite"]')
	};
}

for (const lesson of LESSONS) {
	test(`${lesson} opens with no accessibility violations`, async ({ page }) => {
		await page.goto(`${MODULE}/${lesson}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNoA11yViolations(page);
	});
}

test.describe('the ruts and roads diagram, by keyboard only', () => {
	test.use({ reducedMotion: 'reduce' });

	for (const lesson of WITH_DIAGRAM) {
		test(`cue, practice, stress, days and reset change the text alternative (${lesson})`, async ({
			page
		}) => {
			await openLesson(page, lesson);
			const d = diagram(page);
			await expect(d.figure.getByText('Illustration, not measurement')).toBeVisible();
			await expect(d.figure.getByRole('img', { name: /Ruts and roads/ })).toBeVisible();
			await expect(d.winner).toHaveText(/the old road wins: use 90, “Take a walk” 15/);

			// Focus the first control, then use only the keyboard.
			await d.button('Set off a cue').focus();
			await page.keyboard.press('Enter');
			await expect(d.steps.getByRole('listitem').first()).toHaveText('“Payday” fires.');
			await expect(d.live).toHaveText(/“Payday” set off the old road/);

			// Tab to the next button and press it with the space bar: one practice.
			await page.keyboard.press('Tab');
			await expect(d.button('Practise the new response')).toBeFocused();
			await page.keyboard.press('Space');
			await expect(d.status).toHaveText('Day 1 · 1 practice · a calm day');
			await expect(d.steps).toHaveCount(0);
			await expect(d.live).toHaveText(/^Practice 1: “Take a walk”/);

			// Letter keys while a button has focus: four more practices make the new road win.
			for (let i = 0; i < 4; i++) await page.keyboard.press('p');
			await expect(d.status).toHaveText('Day 5 · 5 practices · a calm day');
			await expect(d.winner).toHaveText(/the new road to “Take a walk” wins/);
			await page.keyboard.press('c');
			await expect(d.live).toHaveText(/set off the new road/);
			await expect(d.figure.getByRole('row', { name: /New road to “Take a walk”/ })).toContainText(
				'86 (strong)'
			);

			// A stressful day wakes the old road.
			await page.keyboard.press('s');
			await expect(d.status).toHaveText(/a stressful day$/);
			await expect(d.winner).toHaveText(/the old road wins: use 100/);

			// A week passes: stress is over; time alone does not weaken the old road.
			await page.keyboard.press('d');
			await expect(d.status).toHaveText('Day 12 · 5 practices · a calm day');
			await expect(d.live).toHaveText(
				/^A week passes with no practice\. Day 12\. Time alone does not weaken the old road/
			);

			await page.keyboard.press('r');
			await expect(d.status).toHaveText('Day 0 · 0 practices · a calm day');
			await expect(d.winner).toHaveText(/the old road wins: use 90/);
			await expectNoA11yViolations(page);
		});
	}
});

test('with motion allowed, a cue spreads step by step and then names the outcome', async ({
	page
}) => {
	// A controlled clock makes "step by step" checkable however busy the machine is.
	await page.clock.install();
	await openLesson(page, 'how-brains-learn');
	const d = diagram(page);
	await d.button('Set off a cue').focus();
	await page.keyboard.press('Enter');
	await expect(d.steps.getByRole('listitem')).toHaveCount(1);
	await page.clock.runFor(5_000);
	await expect(d.steps.getByRole('listitem')).toHaveCount(5);
	await expect(
		d.figure.getByText(/The strongest signal \(90\) reached “Use”/).first()
	).toBeVisible();
	await expect(d.live).toHaveText(/“Payday” set off the old road/);
});

test.describe('on a 320 px wide phone', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	test('the diagram fits the screen and its labels stay readable', async ({ page }) => {
		for (const lesson of WITH_DIAGRAM) {
			await page.goto(`${MODULE}/${lesson}`);
			const d = diagram(page);
			const box = await d.figure.boundingBox();
			expect(box, lesson).not.toBeNull();
			expect(box!.x).toBeGreaterThanOrEqual(0);
			expect(box!.x + box!.width, lesson).toBeLessThanOrEqual(320);
			// The labels inside the picture scale with it: check their size as drawn.
			const smallest = await d.figure
				.locator('svg[role="img"] text')
				.evaluateAll((texts) =>
					Math.min(...texts.map((t) => (t as SVGTextElement).getBoundingClientRect().height))
				);
			expect(smallest, lesson).toBeGreaterThanOrEqual(14);
		}
	});
});

test.describe('my own cues and new roads', () => {
	test.use({ reducedMotion: 'reduce' });

	test('seed the picture, save privately and come back after a reload', async ({ page }) => {
		await new AccountPages(page).signUp('Sage');
		await openLesson(page, 'cues-and-triggers');
		const tool = page.getByRole('region', { name: 'My triggers', exact: true });
		const roads = tool.getByRole('region', { name: 'My new roads' });
		const saved = () =>
			page.waitForResponse((r) => r.url().endsWith('/api/items/triggers') && r.status() === 204);

		await tool.getByRole('textbox', { name: 'Trigger', exact: true }).fill('Friday nights');
		await tool.getByRole('textbox', { name: 'Trigger', exact: true }).press('Enter');
		await roads.getByRole('checkbox', { name: 'Call a friend' }).check();
		await roads.getByRole('textbox', { name: 'Your own idea' }).fill('Swim at the pool');
		let done = saved();
		await roads.getByRole('button', { name: 'Add' }).press('Enter');
		await done;
		await expect(roads.getByRole('checkbox', { name: 'Swim at the pool' })).toBeChecked();

		// The picture now uses the learner's own cue and practises their roads in turn.
		const d = diagram(page);
		await expect(d.winner).toHaveText(/the old road wins: use 90, “Call a friend” 15/);
		await d.button('Set off a cue').press('Enter');
		await expect(d.steps.getByRole('listitem').first()).toHaveText('“Friday nights” fires.');
		await d.button('Practise the new response').press('p');
		await expect(d.live).toHaveText(/^Practice 1: “Call a friend”/);
		await d.button('Practise the new response').press('p');
		await expect(d.live).toHaveText(/^Practice 2: “Swim at the pool”/);

		// A fourth road is refused with a reason, and nothing is lost.
		await roads.getByRole('checkbox', { name: 'Take a walk' }).check();
		await roads.getByRole('checkbox', { name: 'Play music' }).click();
		await expect(roads.getByText(/You have 3 already/)).toBeVisible();
		await expect(roads.getByRole('checkbox', { name: 'Play music' })).not.toBeChecked();
		done = saved();
		await roads.getByRole('checkbox', { name: 'Take a walk' }).uncheck();
		await done;

		await page.reload();
		await expect(roads.getByRole('checkbox', { name: 'Call a friend' })).toBeChecked();
		await expect(roads.getByRole('checkbox', { name: 'Swim at the pool' })).toBeChecked();
		await expect(roads.getByRole('checkbox', { name: 'Take a walk' })).not.toBeChecked();
		await expect(tool.getByText('Friday nights').first()).toBeVisible();
		await expectNoA11yViolations(page);
	});
});

test('the tools wait for the page to be ready, so nothing typed early is lost', async ({
	page
}) => {
	let release = () => {};
	const scriptsHeld = new Promise<void>((done) => (release = done));
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		await scriptsHeld;
		await route.continue();
	});
	await page.goto(`${MODULE}/cues-and-triggers`, { waitUntil: 'commit' });
	const trigger = page.getByRole('textbox', { name: 'Trigger', exact: true });
	const form = page.locator('form', { has: page.getByLabel('Trigger', { exact: true }) });
	// Before the scripts arrive the form cannot be used (its submit would only reload the page).
	await expect(form).toHaveAttribute('inert', '');
	release();
	await waitForHydration(page);
	await expect(form).not.toHaveAttribute('inert');
	await trigger.fill('Sunday evenings');
	await trigger.press('Enter');
	await expect(page.getByText('Sunday evenings').first()).toBeVisible();
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	test('the tools say they need it instead of looking usable', async ({ page }) => {
		await page.goto(`${MODULE}/cues-and-triggers`);
		await expect(page.getByText(/This tool needs JavaScript/).first()).toBeVisible();
	});
});
