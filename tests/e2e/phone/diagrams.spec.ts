import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures';

// Each diagram, with the control pressed last in a run of presses (the lowest on the screen):
// a reader who has scrolled down just far enough to see it must also see the picture change.
const DIAGRAMS = [
	{
		path: '/learn/reward-system/what-reward-is',
		figure: /reward circuit explorer/i,
		press: 'Next'
	},
	{ path: '/learn/reward-system/healing-takes-time', figure: /Recovery over time/, press: 'Later' },
	{ path: '/learn/fire-together/how-brains-learn', figure: /Ruts and roads/, press: 'Reset' },
	{ path: '/learn/fire-together/how-brains-learn', figure: /Ruts and roads/, press: /Set off/ },
	{
		path: '/learn/stories-and-connection/not-a-straight-line',
		figure: /real shape of recovery/,
		press: 'Next'
	}
];

/** Whether the whole picture is on screen, below the sticky bar with "Get help now". */
async function pictureOnScreen(figure: Locator): Promise<boolean> {
	return figure
		.locator('svg[role="img"]')
		.first()
		.evaluate((svg) => {
			const r = svg.getBoundingClientRect();
			const bar = document.querySelector('header')!.getBoundingClientRect().bottom;
			return r.top >= bar - 1 && r.bottom <= innerHeight + 1;
		});
}

for (const width of [360, 1280]) {
	test.describe(`at ${width} × 740`, () => {
		test.use({ viewport: { width, height: 740 }, reducedMotion: 'reduce' });

		for (const d of DIAGRAMS) {
			test(`${d.path}: pressing “${d.press}” leaves the picture on screen`, async ({ page }) => {
				await page.goto(d.path);
				const figure = page.getByRole('figure', { name: d.figure });
				const button = figure.getByRole('button', { name: d.press }).first();
				await button.evaluate((b) => b.scrollIntoView({ block: 'end' }));
				await button.click();
				expect(await pictureOnScreen(figure)).toBe(true);
			});
		}
	});
}
