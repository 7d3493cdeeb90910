import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

// Learners write their own words into the tools; long ones must wrap, never widen the page.
const LONG = {
	trigger: 'Walking past the corner store on Fifth Street after a very long shift',
	road: 'Go for a long walk around the reservoir with the neighbour’s dog',
	// The longest a support's name may be (40 characters).
	support: 'My cousin Alexandria from over the river',
	where: 'The community centre on the far side of the river, by the library',
	withWhom: 'My sponsor and the Tuesday evening walking group from the clinic'
};

/** The lessons with tools a learner writes in. */
const TOOL_LESSONS = [
	'/learn/fire-together/cues-and-triggers',
	'/learn/moving-to-heal/make-your-plan',
	'/learn/stories-and-connection/mind-and-body-together'
];

/** Every lesson the course page links to. */
async function lessonPaths(page: Page): Promise<string[]> {
	await page.goto('/learn');
	const hrefs = await page
		.locator('main a[href^="/learn/"]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	return [
		...new Set(hrefs.filter((h) => /^\/learn\/[^/]+\/[^/]+$/.test(h) && !h.endsWith('/quiz')))
	];
}

async function fillTools(page: Page): Promise<void> {
	const triggers = page.getByRole('region', { name: 'My triggers', exact: true });
	if (await triggers.count()) {
		const trigger = triggers.getByRole('textbox', { name: 'Trigger', exact: true });
		await trigger.fill(LONG.trigger);
		await trigger.press('Enter');
		const roads = triggers.getByRole('region', { name: 'My new roads' });
		await roads.getByRole('textbox', { name: 'Your own idea' }).fill(LONG.road);
		await roads.getByRole('button', { name: 'Add' }).click();
		await expect(roads.getByRole('checkbox', { name: LONG.road })).toBeChecked();
	}
	const map = page.getByRole('figure', { name: /support map/i });
	if (await map.count()) {
		await map.getByRole('textbox', { name: 'Name' }).fill(LONG.support);
		await map.getByRole('radio', { name: /A person/ }).check();
		await map.getByRole('radio', { name: 'Very close' }).check();
		await map.getByRole('button', { name: 'Add to my map' }).click();
		await expect(map.locator('svg[role="img"] desc')).toContainText('1 support');
	}
	const builder = page.getByRole('figure', { name: /Weekly plan builder/ });
	if (await builder.count()) {
		await builder.getByRole('checkbox', { name: 'Monday' }).check();
		await builder.getByLabel('Where (optional)').fill(LONG.where);
		await builder.getByLabel('With whom (optional)').fill(LONG.withWhom);
		await builder.getByRole('button', { name: 'Add to my week' }).click();
		await expect(builder.locator('[aria-live="polite"]')).toContainText('on Monday');
	}
}

const overflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const width of [320, 360]) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 740 }, reducedMotion: 'reduce' });

		test('no lesson with a tool is wider than the screen, with long words of the learner’s own in it', async ({
			page
		}) => {
			for (const path of TOOL_LESSONS) {
				await page.goto(path);
				await fillTools(page);
				expect(await overflow(page), path).toBeLessThanOrEqual(0);
			}
		});

		test('no other lesson is wider than the screen', async ({ page }) => {
			const paths = (await lessonPaths(page)).filter((p) => !TOOL_LESSONS.includes(p));
			expect(paths.length).toBeGreaterThan(5);
			for (const path of paths) {
				await page.goto(path);
				expect(await overflow(page), path).toBeLessThanOrEqual(0);
			}
		});
	});
}
