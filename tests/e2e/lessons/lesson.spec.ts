import type { Page } from '@playwright/test';
import { AccountPages } from '../pages/AccountPages';
import { acceptByLink, adminPage, grantCounselor, makeInvitation } from '../pages/CounselorPages';
import { LessonPage, START_LESSON } from '../pages/LessonPage';
import { expect, expectNoA11yViolations, test, newPersonPage, uniqueEmail } from '../fixtures';

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the table of contents is collapsed above the text and jumps to a section', async ({
		page
	}) => {
		const lesson = new LessonPage(page);
		await lesson.open();
		await expect(page.getByRole('heading', { name: 'You will learn' })).toBeVisible();
		await expect(page.getByText('About 5 minutes')).toBeVisible();
		const toggle = page.getByText('In this lesson', { exact: true }).filter({ visible: true });
		await toggle.click();
		await lesson.toc().getByRole('link', { name: 'How to use it' }).click();
		await expect(page).toHaveURL(/#how-to-use-it$/);
		await expect(page.getByRole('heading', { name: 'How to use it' })).toBeInViewport();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await expectNoA11yViolations(page);
	});

	test.describe('left to load by itself', () => {
		test.use({ waitForApp: false });

		test('a part further down comes to life only as the reader nears it', async ({ page }) => {
			const scripts: string[] = [];
			page.on('request', (r) => {
				if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
			});
			await page.goto('/learn/reward-system/what-reward-is');
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			const complete = page.locator('[data-island="CompleteLesson"]');
			await expect(complete).not.toHaveAttribute('data-hydrated');
			// Only the page's own script so far: no Svelte, no diagram.
			expect(scripts).toHaveLength(1);
			await page
				.getByRole('button', { name: 'Mark this lesson complete' })
				.scrollIntoViewIfNeeded();
			await expect(complete).toHaveAttribute('data-hydrated');
			expect(scripts.length).toBeGreaterThan(1);
		});
	});
});

test('on desktop the table of contents sits beside the text', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	const lesson = new LessonPage(page);
	await lesson.open();
	const toc = lesson.toc();
	await expect(toc).toBeVisible();
	await toc.getByRole('link', { name: 'If today is hard' }).click();
	await expect(page.getByRole('heading', { name: 'If today is hard' })).toBeInViewport();
	await expectNoA11yViolations(page);
});

test('a citation and a glossary word open and close by keyboard', async ({ page }) => {
	const lesson = new LessonPage(page);
	await lesson.open();
	const cite = page.getByRole('button', { name: 'Reference 2' });
	await cite.focus();
	await page.keyboard.press('Enter');
	await expect(cite).toHaveAttribute('aria-expanded', 'true');
	const note = page.getByRole('note').filter({ hasText: 'Carroll KM' });
	await expect(note).toBeVisible();
	await expect(note.getByRole('link', { name: /doi.org/ })).toBeVisible();
	await expectNoA11yViolations(page);
	await page.keyboard.press('Escape');
	await expect(note).toBeHidden();
	await expect(cite).toBeFocused();

	const term = page.getByRole('button', { name: /neuron: what it means/ });
	await term.press('Enter');
	await expect(page.getByRole('note').filter({ hasText: 'nerve cell' })).toBeVisible();
	await page.getByRole('button', { name: 'Close' }).filter({ visible: true }).click();
	await expect(term).toBeFocused();

	// The full reference list is at the end of the lesson too.
	await expect(page.getByRole('heading', { name: 'References' })).toBeVisible();
});

for (const path of [
	START_LESSON,
	'/learn/reward-system/what-reward-is',
	'/learn/fire-together/cues-and-triggers'
]) {
	test(`${path} is plain HTML whose interactive parts hydrate in place, without the app`, async ({
		page
	}) => {
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
		});
		// The server's first node of each island, kept before any script runs.
		await page.addInitScript(() =>
			document.addEventListener('DOMContentLoaded', () => {
				(window as { serverParts?: Element[] }).serverParts = [
					...document.querySelectorAll('[data-island] > *')
				];
			})
		);
		await page.goto(path);
		await expect(page.locator('link[rel="modulepreload"]')).toHaveCount(0);
		expect(scripts.filter((s) => s.includes('/_app/immutable/entry/'))).toEqual([]);
		// Hydrated, not drawn again: the nodes the server sent are the live ones.
		const kept = await page.evaluate(() => {
			const before = (window as { serverParts?: Element[] }).serverParts ?? [];
			const now = [...document.querySelectorAll('[data-island] > *')];
			return { count: before.length, same: before.every((node, i) => node === now[i]) };
		});
		expect(kept.count).toBeGreaterThanOrEqual(2);
		expect(kept.same).toBe(true);
		// The complete button is an island: it works without reloading the page.
		await page.getByRole('button', { name: 'Mark this lesson complete' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'You have finished' })).toBeVisible();
		// Citations are plain HTML with a few lines of script.
		const cite = page.getByRole('button', { name: 'Reference 1', exact: true }).first();
		await cite.click();
		await expect(cite).toHaveAttribute('aria-expanded', 'true');
	});
}

test('without JavaScript a citation links to the reference list', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(START_LESSON);
	await page.getByRole('link', { name: 'Reference 2' }).click();
	await expect(page).toHaveURL(/#ref-carroll2008$/);
	await context.close();
});

test('"Continue" brings a learner back to the section they were reading', async ({ page }) => {
	const account = new AccountPages(page);
	const { email } = await account.signUp('Quinn');
	const lesson = new LessonPage(page);
	await lesson.open();
	await lesson.readSection('How to use it', true);
	await account.logOut();

	await account.logIn(email);
	await page.getByRole('link', { name: 'Continue' }).click();
	await expect(page).toHaveURL(new RegExp(`${START_LESSON}#how-to-use-it$`));
	await expect(page.getByRole('heading', { name: 'How to use it' })).toBeInViewport();
});

/** The page's cumulative layout shift so far, as Lighthouse counts it. */
function layoutShift(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((done) => {
				let total = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries()) total += (entry as { value?: number }).value ?? 0;
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => done(total), 300);
			})
	);
}

test('a guest finds "Continue" on the pages served without the app, back to their section', async ({
	page
}) => {
	const lesson = new LessonPage(page);
	await lesson.open();
	await lesson.readSection('How to use it', false);
	await page.waitForFunction(() => localStorage.getItem('rewire:guest')?.includes('how-to-use-it'));
	// A phone on a slow line: the page shows before its script has run.
	await page.setViewportSize({ width: 360, height: 740 });
	await page.route(/plain-page-script/, async (route) => {
		await new Promise((done) => setTimeout(done, 400));
		await route.continue();
	});
	for (const path of ['/', '/learn', '/glossary', '/help']) {
		await page.goto(path);
		// Plain pages: no app chunks.
		await expect(page.locator('link[rel="modulepreload"]'), path).toHaveCount(0);
		const resume = page.getByRole('link', { name: 'Continue' });
		await expect(resume, path).toHaveAttribute('href', /#how-to-use-it$/);
		// The server draws the link (from the cookie the browser keeps), so nothing moves when
		// the page's script runs: no layout shift at all.
		const shifted = await layoutShift(page);
		expect(shifted, path).toBe(0);
		// Styled as the header's own link: bold, with the same padding for a thumb.
		await expect(resume).toHaveCSS('font-weight', '700');
		await expect(resume).toHaveCSS('padding-top', /^[1-9]/);
	}
	const html = await (await page.request.get('/help')).text();
	expect(html).toMatch(/<a class="continue[^"]*" href="[^"]*#how-to-use-it">Continue<\/a>/);
	await page.getByRole('link', { name: 'Continue' }).click();
	await expect(page).toHaveURL(new RegExp(`${START_LESSON}#how-to-use-it$`));
	// The lesson's Log in link loads the page whole, so its script makes the offer.
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Log in' })
		.click();
	await expect(page.getByRole('group', { name: 'What you did before signing in' })).toContainText(
		'opened 1 lesson.'
	);
	// Drawn open by the server too, so filling it in moves nothing.
	expect(await layoutShift(page)).toBe(0);
});

test('a lesson can be marked complete, and stays complete', async ({ page }) => {
	await new AccountPages(page).signUp('Avery');
	const lesson = new LessonPage(page);
	await lesson.open();
	await page.getByRole('button', { name: 'Mark this lesson complete' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'finished this lesson' })).toBeVisible();
	await page.reload();
	await expect(page.getByText('You have finished this lesson.')).toBeVisible();
});

test('a reflection saves privately and survives a reload; bad input keeps the text', async ({
	page
}) => {
	await new AccountPages(page).signUp('Harper');
	const lesson = new LessonPage(page);
	await lesson.open();
	const box = lesson.reflection(/What made you open this course today/);
	const form = page.locator('form', { has: box });

	await box.fill('   ');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(box).toHaveAccessibleDescription(/Write something before saving/);

	const long = 'x'.repeat(5001);
	await box.fill(long);
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(box).toHaveAccessibleDescription(/Keep it under 5000 characters/);
	await expect(box).toHaveValue(long);

	await box.fill('My sister asked me to try it.');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form.getByRole('status')).toHaveText('Saved.');
	await page.reload();
	await expect(lesson.reflection(/What made you open this course today/)).toHaveValue(
		'My sister asked me to try it.'
	);
});

test('a guest’s progress and notes are offered and saved at sign-up', async ({ page }) => {
	const lesson = new LessonPage(page);
	await lesson.open();
	const box = lesson.reflection(/What made you open this course today/);
	await box.fill('Written before I had an account.');
	await page.locator('form', { has: box }).getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText(/Saved on this device only/)).toBeVisible();
	await page.getByRole('button', { name: 'Mark this lesson complete' }).click();
	await lesson.readSection('How to use it', false);
	await page.waitForFunction(() => localStorage.getItem('rewire:guest')?.includes('how-to-use-it'));

	await page.goto('/signup');
	const offer = page.getByRole('group', { name: 'What you did before signing in' });
	await expect(offer).toContainText('opened 1 lesson and wrote 1 note');
	await expect(offer.getByRole('checkbox')).toBeChecked();
	await expectNoA11yViolations(page);
	await new AccountPages(page).signUp('Sage');

	// The device copy is cleared once it is in the account.
	await expect.poll(() => page.evaluate(() => localStorage.getItem('rewire:guest'))).toBeNull();
	await page.getByRole('link', { name: 'Continue' }).click();
	await expect(page).toHaveURL(/#how-to-use-it$/);
	await expect(page.getByText('You have finished this lesson.')).toBeVisible();
	await expect(lesson.reflection(/What made you open this course today/)).toHaveValue(
		'Written before I had an account.'
	);
});

test('module and glossary pages have no accessibility problems', async ({ page }) => {
	await page.goto('/learn/start-here');
	await expect(page.getByRole('link', { name: 'How this course works' })).toBeVisible();
	await expectNoA11yViolations(page);
	await page.goto('/glossary');
	await expect(page.getByRole('heading', { name: 'Glossary' })).toBeVisible();
	await expect(page.locator('#term-neuron')).toContainText('nerve cell');
	await expectNoA11yViolations(page);
});

test('a lesson prints as a clean handout', async ({ page }) => {
	const lesson = new LessonPage(page);
	await lesson.open();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.getByRole('contentinfo')).toBeHidden();
	await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Mark this lesson complete' })).toBeHidden();
	await expect(page.getByRole('heading', { name: 'References' })).toBeVisible();
	await expect(page.getByText('Start here', { exact: true }).filter({ visible: true })).toHaveCount(
		1
	);
});

test('a learner’s own trigger list saves privately to their account', async ({ page, browser }) => {
	await new AccountPages(page).signUp('Rowan');
	await page.goto('/learn/fire-together/cues-and-triggers');
	const tool = page.getByRole('region', { name: 'My triggers', exact: true });
	await tool.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Places' });
	await tool
		.getByRole('textbox', { name: 'Trigger', exact: true })
		.fill('The corner by the station');
	const saved = page.waitForResponse(
		(r) => r.url().endsWith('/api/items/triggers') && r.status() === 204
	);
	await tool
		.getByRole('region', { name: 'Your list' })
		.getByRole('button', { name: 'Add' })
		.click();
	await saved;
	await expect(tool.getByRole('status').last()).toHaveText(/Saved to your account/);
	await page.reload();
	await expect(page.getByText('The corner by the station').first()).toBeVisible();

	// Someone else, and a guest, see an empty list; a cross-site save is refused.
	const other = await newPersonPage(browser);
	await other.goto('/learn/fire-together/cues-and-triggers');
	await expect(other.getByText('The corner by the station')).toHaveCount(0);
	const forged = await other.request.put('/api/items/triggers', {
		headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
		data: { data: [] }
	});
	expect(forged.status()).toBe(403);
	await other.context().close();
});

test('a weekly plan saves to the account and comes back', async ({ page }) => {
	await new AccountPages(page).signUp('Blake');
	await page.goto('/learn/moving-to-heal/make-your-plan');
	await page.getByRole('group', { name: 'Which days' }).getByRole('checkbox').first().check();
	await page.getByLabel(/Minutes each day/).fill('20');
	const saved = page.waitForResponse(
		(r) => r.url().endsWith('/api/items/weekly-plan') && r.status() === 204
	);
	await page.getByRole('button', { name: 'Add to my week' }).click();
	await saved;
	await expect(
		page.getByRole('status').filter({ hasText: 'Saved to your account.' })
	).toBeVisible();
	await page.reload();
	await expect(page.getByText(/20 minutes/).first()).toBeVisible();
});

const WHY_HERE = /What made you open this course today/;

test.describe('a learner without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('saves a reflection, lands back at it, and reads it again when the lesson is reopened', async ({
		page
	}) => {
		await new AccountPages(page).signUp('Jordan');
		const lesson = new LessonPage(page);
		await lesson.open();
		const box = lesson.reflection(WHY_HERE);
		const form = page.locator('form', { has: box });

		// A refused save keeps what was typed, with the reason beside the box.
		await box.fill('   ');
		await form.getByRole('button', { name: 'Save' }).click();
		await expect(page).toHaveURL(/#reflection-why-here-part$/);
		await expect(lesson.reflection(WHY_HERE)).toHaveAccessibleDescription(
			/Write something before saving/
		);

		await lesson.reflection(WHY_HERE).fill('I want to understand the cravings.');
		await form.getByRole('button', { name: 'Save' }).click();
		// Back at the part saved, not the top of the page, with the text and "Saved.".
		await expect(page).toHaveURL(/\?\/reflect#reflection-why-here-part$/);
		await expect(form.getByRole('status')).toHaveText('Saved.');
		await expect(lesson.reflection(WHY_HERE)).toHaveValue('I want to understand the cravings.');
		await expect(form).toBeInViewport();

		await lesson.open();
		await expect(lesson.reflection(WHY_HERE)).toHaveValue('I want to understand the cravings.');

		// Marking the lesson complete lands on the message, with the next step.
		await page.getByRole('button', { name: 'Mark this lesson complete' }).click();
		await expect(page).toHaveURL(/#lesson-complete$/);
		await expect(page.getByText('You have finished this lesson.')).toBeInViewport();
		await expect(page.getByRole('link', { name: 'Quiz: Start here' })).toBeVisible();
	});
});

test('the saved reflection is in the server’s HTML, before any script runs', async ({ page }) => {
	await new AccountPages(page).signUp('Casey');
	const lesson = new LessonPage(page);
	await lesson.open();
	const box = lesson.reflection(WHY_HERE);
	await box.fill('Written with scripts on.');
	await page.locator('form', { has: box }).getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('form', { has: box }).getByRole('status')).toHaveText('Saved.');
	const html = await (await page.request.get(START_LESSON)).text();
	expect(html).toMatch(
		/<textarea[^>]*id="reflection-why-here"[^>]*>Written with scripts on\.<\/textarea>/
	);
});

test('after "Mark this lesson complete" focus moves to the message and the next step', async ({
	page
}) => {
	await new AccountPages(page).signUp('Emery');
	const lesson = new LessonPage(page);
	await lesson.open();
	await expect(
		page.getByText('This lesson counts as done when you reach the end of it.')
	).toBeVisible();
	await page.getByRole('button', { name: 'Mark this lesson complete' }).click();
	await expect(page.locator('#lesson-complete')).toBeFocused();
	await expect(page.locator('#lesson-complete')).toContainText('You have finished this lesson.');
	await expect(page.getByRole('link', { name: 'Quiz: Start here' })).toBeVisible();
	await expectNoA11yViolations(page);
});

test('reading to the end counts the lesson done, for the learner and their counselor', async ({
	page,
	browser
}, testInfo) => {
	test.slow();
	const counselorEmail = uniqueEmail('counselor');
	await new AccountPages(page).signUp('Dana Counselor', counselorEmail);
	const admin = await adminPage(browser, testInfo.workerIndex);
	await grantCounselor(admin, counselorEmail);
	await admin.context().close();
	const { link } = await makeInvitation(page, 'T.');
	const taylor = await newPersonPage(browser);
	await acceptByLink(taylor, link, 'Taylor', uniqueEmail('taylor'));
	await taylor.getByRole('button', { name: 'Yes, share my progress with Dana Counselor' }).click();
	await expect(taylor.getByRole('status')).toContainText('You are now sharing your progress');

	await taylor.goto(START_LESSON);
	const reported = taylor.waitForResponse(
		(r) =>
			r.url().endsWith('/api/progress') &&
			r.status() === 204 &&
			r.request().postDataJSON()?.end === true
	);
	// Read to the end, as a reader scrolls; the button is never pressed.
	await taylor.getByRole('heading', { name: 'References' }).scrollIntoViewIfNeeded();
	await taylor.mouse.wheel(0, 400);
	await reported;

	await taylor.goto('/learn');
	await expect(
		taylor.getByRole('progressbar', { name: 'Your progress in Start here' })
	).toHaveAttribute('value', '1');
	await taylor.goto('/learn/start-here');
	await expect(taylor.getByText('1 of 1 lesson done')).toBeVisible();
	await taylor.goto(START_LESSON);
	await expect(taylor.getByText('You have finished this lesson.')).toBeVisible();

	await page.goto('/counselor');
	await page
		.getByRole('row', { name: /Taylor/ })
		.getByRole('link', { name: 'Taylor' })
		.click();
	await expect(page.getByText('How this course works: started')).toContainText('completed');
	await taylor.context().close();
});
