import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

// A learner's own words in the pictures are drawn in full: no label may cover another or run off
// the picture, even with the longest words the tools accept.
const SUPPORTS = [
	'My cousin who drives me to group on Tues',
	'Dr Lee at the Tuesday clinic on Main St',
	'Aunt Marguerite and Uncle Bartholomew B',
	'The Thursday evening walking group here',
	'Neighbourhood community centre library',
	'Supercalifragilisticexpialidocious mate'
];
const TRIGGER = 'When my cousin who drives me home from the clinic talks about the old days';
const ROAD = 'Call Dr Lee at the clinic and then my sponsor before the evening gets long';

async function fillSupports(page: Page): Promise<void> {
	const map = page.getByRole('figure', { name: /support map/i });
	for (const [i, name] of SUPPORTS.entries()) {
		await map.getByRole('textbox', { name: 'Name' }).fill(name);
		await map.getByRole('radio', { name: /A person/ }).check();
		await map
			.getByRole('radio', { name: ['Very close', 'Close', 'A bit further'][i % 3]!, exact: true })
			.check();
		await map.getByRole('button', { name: 'Add to my map' }).click();
		await expect(map.locator('svg[role="img"] desc')).toContainText(`${i + 1} support`);
	}
}

async function fillTriggers(page: Page): Promise<void> {
	const triggers = page.getByRole('region', { name: 'My triggers', exact: true });
	const trigger = triggers.getByRole('textbox', { name: 'Trigger', exact: true });
	await trigger.fill(TRIGGER);
	await trigger.press('Enter');
	const roads = triggers.getByRole('region', { name: 'My new roads' });
	await roads.getByRole('textbox', { name: 'Your own idea' }).fill(ROAD);
	await roads.getByRole('button', { name: 'Add' }).click();
	await expect(roads.getByRole('checkbox', { name: ROAD })).toBeChecked();
}

/** Problems with the text of every picture in the lesson: overlaps, and text outside its picture. */
function textProblems(page: Page): Promise<string[]> {
	return page.locator('main svg[role="img"]').evaluateAll((svgs) => {
		const out: string[] = [];
		const slack = 0.5;
		for (const svg of svgs) {
			const frame = svg.getBoundingClientRect();
			const texts = [...svg.querySelectorAll('text')]
				.filter((t) => (t.textContent ?? '').trim() !== '')
				.map((t) => ({ text: t.textContent!.trim(), r: t.getBoundingClientRect() }));
			for (const { text, r } of texts) {
				if (
					r.left < frame.left - slack ||
					r.right > frame.right + slack ||
					r.top < frame.top - slack ||
					r.bottom > frame.bottom + slack
				)
					out.push(`"${text}" runs off its picture`);
			}
			for (let i = 0; i < texts.length; i++)
				for (let j = i + 1; j < texts.length; j++) {
					const a = texts[i]!.r;
					const b = texts[j]!.r;
					const apart =
						a.right <= b.left + slack ||
						b.right <= a.left + slack ||
						a.bottom <= b.top + slack ||
						b.bottom <= a.top + slack;
					if (!apart) out.push(`"${texts[i]!.text}" covers "${texts[j]!.text}"`);
				}
		}
		return out;
	});
}

const LESSONS: { path: string; fill?: (page: Page) => Promise<void> }[] = [
	{ path: '/learn/stories-and-connection/mind-and-body-together', fill: fillSupports },
	{ path: '/learn/fire-together/cues-and-triggers', fill: fillTriggers },
	{ path: '/learn/fire-together/how-brains-learn' },
	{ path: '/learn/moving-to-heal/what-moving-does' },
	{ path: '/learn/reward-system/healing-takes-time' }
];

for (const width of [360, 1280]) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });

		for (const { path, fill } of LESSONS) {
			test(`no label in ${path} covers another or runs off its picture`, async ({ page }) => {
				await page.goto(path);
				if (fill) await fill(page);
				expect(await textProblems(page)).toEqual([]);
			});
		}
	});
}
