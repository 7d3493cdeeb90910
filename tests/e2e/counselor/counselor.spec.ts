import type { Page } from '@playwright/test';
import { AccountPages } from '../pages/AccountPages';
import { adminPage, acceptByLink, grantCounselor, makeInvitation } from '../pages/CounselorPages';
import { QuizPage } from '../pages/QuizPage';
import { START_LESSON } from '../pages/LessonPage';
import { expect, expectNoA11yViolations, newPersonPage, test, uniqueEmail } from '../fixtures';

/** A date `days` from now as YYYY-MM-DD (UTC), for the date field. */
const inDays = (days: number) =>
	new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('a counselor invites, assigns and follows progress; the client reads the log and stops sharing', async ({
	page,
	browser
}, testInfo) => {
	// The counselor signs up as a learner, the quickest way (sign-up is not what this tests).
	// An admin grants the role.
	const counselorEmail = uniqueEmail('counselor');
	await new AccountPages(page).signUpQuickly('Dana Counselor', counselorEmail);
	expect((await page.request.get('/counselor')).status()).toBe(404);
	const admin = await adminPage(browser, testInfo.workerIndex);
	await admin.goto('/admin/users');
	await expectNoA11yViolations(admin);
	await grantCounselor(admin, counselorEmail);
	await expectNoA11yViolations(admin);

	await page.goto('/counselor');
	await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Clients' })).toBeVisible();
	await expectNoA11yViolations(page);

	// Two invitations: one link for Robin (who signs up through it), one code for Sam.
	const forRobin = await makeInvitation(page, 'R.');
	await expectNoA11yViolations(page);
	const forSam = await makeInvitation(page, 'S.');

	const robin = await newPersonPage(browser);
	await robin.goto(forRobin.link);
	await expect(robin.getByText('Dana Counselor invited you')).toBeVisible();
	await expectNoA11yViolations(robin);
	await acceptByLink(robin, forRobin.link, 'Robin', uniqueEmail('robin'));
	await expect(robin.getByText('What you write in reflections')).toBeVisible();
	await expectNoA11yViolations(robin);
	await robin.getByRole('button', { name: 'Yes, share my progress with Dana Counselor' }).click();
	await expect(robin.getByRole('status')).toContainText('You are now sharing your progress');
	await expect(robin.getByRole('heading', { name: 'Dana Counselor' })).toBeVisible();

	// The link works once.
	await robin.goto(forRobin.link);
	await expect(robin.getByRole('alert')).toContainText('already been used');

	const sam = await newPersonPage(browser);
	await new AccountPages(sam).signUpQuickly('Sam');
	await sam.goto('/invite');
	await expectNoA11yViolations(sam);
	await sam.getByLabel('Invitation code').fill('ZZZZ-ZZZZ');
	await sam.getByRole('button', { name: 'Continue' }).click();
	await expect(sam.getByText('We could not find that invitation')).toBeVisible();
	// Lower case and no dash: still the code.
	await sam.getByLabel('Invitation code').fill(forSam.code.replace('-', '').toLowerCase());
	await sam.getByRole('button', { name: 'Continue' }).click();
	await expect(
		sam.getByRole('heading', { name: 'Share your progress with Dana Counselor?' })
	).toBeVisible();
	await expectNoA11yViolations(sam);
	await sam.getByRole('button', { name: 'Yes, share my progress with Dana Counselor' }).click();
	await expect(sam.getByRole('status')).toContainText('You are now sharing your progress');

	// The counselor assigns "Start here" to Robin with a due date and a message.
	await page.goto('/counselor/assign');
	await expectNoA11yViolations(page);
	await page.getByRole('button', { name: 'Assign' }).click();
	await expect(page.getByText('Choose at least one client.')).toBeVisible();
	await expect(page.getByText('Choose at least one module.')).toBeVisible();
	await page.getByRole('checkbox', { name: /^Robin/ }).check();
	await page.getByRole('checkbox', { name: 'Start here' }).check();
	await page.getByLabel('Due date (optional)').fill('2020-01-01');
	await page.getByRole('button', { name: 'Assign' }).click();
	await expect(page.getByText('Pick today or a day after today.')).toBeVisible();
	await expect(page.getByRole('checkbox', { name: /^Robin/ })).toBeChecked();
	const due = inDays(10);
	await page.getByLabel('Due date (optional)').fill(due);
	await page
		.getByLabel('Message to your client (optional)')
		.fill('Start with this one, at your pace.');
	await page.getByRole('button', { name: 'Assign' }).click();
	await expect(page).toHaveURL(/\/counselor\?assigned=1/);
	const robinRow = page.getByRole('row', { name: /Robin/ });
	await expect(robinRow).toContainText('Start here');

	// Robin sees it, does a lesson and the quiz.
	await robin.goto('/me');
	const assigned = robin.getByRole('region', { name: 'From your counselor' });
	await expect(assigned).toContainText('Assigned by Dana Counselor, due');
	await expect(assigned).toContainText('Start with this one, at your pace.');
	await expectNoA11yViolations(robin);
	await robin.goto('/learn');
	await expect(robin.getByText('Assigned by Dana Counselor, due')).toBeVisible();
	await robin.getByRole('link', { name: 'Start here', exact: true }).click();
	await expect(robin.getByText('Assigned by Dana Counselor, due')).toBeVisible();
	await expect(robin.getByText('Start with this one, at your pace.')).toBeVisible();
	await expect(robin.getByText('0 of 1 lesson done, quiz not taken yet.')).toBeVisible();
	await expectNoA11yViolations(robin);
	await robin.goto(START_LESSON);
	// Two reflections: one Robin keeps private, one Robin shares later.
	const box = robin.getByRole('textbox', { name: /What made you open this course today/ });
	await box.fill('A friend from group told me about it.');
	await robin.locator('form', { has: box }).getByRole('button', { name: 'Save' }).click();
	await expect(robin.locator('form', { has: box }).getByRole('status')).toHaveText('Saved.');
	await robin.getByRole('button', { name: 'Mark this lesson complete' }).click();
	await expect(robin.getByRole('button', { name: 'Mark this lesson complete' })).toBeHidden();
	const quiz = new QuizPage(robin);
	await quiz.open();
	await quiz.answerAll(() => 'right');
	await quiz.submit();
	await expect(quiz.resultHeading()).toHaveText('Well done — 100%.');

	// Nothing Robin wrote is visible until Robin shares it.
	await page.goto('/counselor');
	await page.getByRole('link', { name: 'Robin' }).click();
	await expect(
		page.getByText('Robin has not shared any reflections or tools with you.')
	).toBeVisible();
	await expect(page.getByText('A friend from group told me about it.')).toHaveCount(0);
	await robin.goto('/me/sharing');
	await robin.getByRole('button', { name: /^Share\s*: reflection/ }).click();
	await expect(robin.getByRole('status')).toContainText('Shared. Your counselors can now see it.');

	// The counselor's dashboard and client page show it.
	await page.goto('/counselor');
	await expect(robinRow).toContainText('Start here: 100%, best 100%');
	await expectNoA11yViolations(page);
	await robinRow.getByRole('link', { name: 'Robin' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Robin' })).toBeVisible();
	await expect(page.getByRole('img', { name: 'Quiz scores over time for Robin' })).toBeVisible();
	await expect(page.getByRole('table', { name: 'Every quiz attempt, newest first' })).toContainText(
		'100%'
	);
	await expect(page.getByText('How this course works: started')).toContainText('completed');
	await expect(page.getByText('A friend from group told me about it.')).toBeVisible();
	await page.getByLabel('Note about Robin').fill('Talked about sleep on Monday.');
	await page.getByRole('button', { name: 'Save note' }).click();
	await expect(page.getByRole('status')).toContainText('Note saved.');
	await expectNoA11yViolations(page);
	const clientUrl = new URL(page.url()).pathname;

	// The page is plain HTML; its small script shows "Print" and wires it. Without JavaScript
	// there is no Print button that would do nothing.
	await page.evaluate(() => {
		window.print = () => document.documentElement.setAttribute('data-printed', '');
	});
	await page.getByRole('button', { name: 'Print' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-printed', '');
	const noScript = await browser.newContext({
		javaScriptEnabled: false,
		storageState: await page.context().storageState()
	});
	const plain = await noScript.newPage();
	await plain.goto(clientUrl);
	await expect(plain.getByRole('heading', { level: 1, name: 'Robin' })).toBeVisible();
	await expect(plain.getByRole('button', { name: 'Print' })).toHaveCount(0);
	await noScript.close();

	// On a 320 px phone no counselor page scrolls sideways (wide tables scroll in their own box).
	await page.setViewportSize({ width: 320, height: 640 });
	for (const path of ['/counselor', clientUrl, '/counselor/assign', '/counselor/invite']) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	await page.setViewportSize({ width: 1280, height: 720 });

	// CSV exports open with the right rows.
	const csv = await page.request.get('/counselor/export.csv');
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-disposition']).toContain('attachment');
	expect(csv.headers()['cache-control']).toContain('no-store');
	const lines = (await csv.text()).trim().split('\r\n');
	expect(lines[0]).toContain('name,email');
	expect(lines).toHaveLength(3);
	expect(lines.some((l) => l.startsWith('Robin,') && l.includes('Start here (due ' + due))).toBe(
		true
	);
	expect(lines.some((l) => l.startsWith('Sam,'))).toBe(true);
	const record = await (await page.request.get(`${clientUrl}/export.csv`)).text();
	expect(record).toContain('quiz attempt,Start here,100%');
	expect(record).toContain('lesson completed,start-here,How this course works');

	// Robin reads who looked, sees a note exists, and stops sharing.
	await robin.goto('/me/sharing');
	const log = robin.getByRole('table', { name: 'Each time a counselor looked at your progress' });
	await expect(log).toContainText('Your progress page');
	await expect(log).toContainText('Your progress, downloaded');
	await expect(robin.getByText('Dana Counselor keeps a private note about you')).toBeVisible();
	await expectNoA11yViolations(robin);
	await robin.getByRole('button', { name: 'Stop sharing with Dana Counselor' }).click();
	await expect(robin.getByRole('status')).toContainText(
		'You have stopped sharing with Dana Counselor'
	);

	// At once: a 404 for Robin's page, and Robin is gone from the dashboard.
	expect((await page.request.get(clientUrl)).status()).toBe(404);
	await page.goto('/counselor');
	await expect(page.getByRole('row', { name: /Robin/ })).toHaveCount(0);
	await expect(page.getByRole('row', { name: /Sam/ })).toBeVisible();
	// Robin keeps the history of what was assigned.
	await robin.goto('/me');
	await expect(assigned).toContainText('you no longer share with Dana Counselor');
	await admin.context().close();
	await robin.context().close();
	await sam.context().close();
});

test('counselor pages are 404 for learners and guests, and a 404 for a client says nothing more', async ({
	page,
	browser
}) => {
	for (const path of ['/counselor', '/counselor/invite', '/counselor/assign', '/admin/users']) {
		expect((await page.request.get(path)).status(), `guest ${path}`).toBe(404);
	}
	const lee = await new AccountPages(page).signUp('Lee');
	for (const path of [
		'/counselor',
		'/counselor/export.csv',
		'/counselor/clients/abc',
		'/admin/users'
	]) {
		expect((await page.request.get(path)).status(), `learner ${path}`).toBe(404);
	}
	// Client-side navigation data carries the same 404 and nothing else.
	const data = await (await page.request.get('/admin/users/__data.json')).json();
	expect(data.nodes.at(-1)).toEqual({
		type: 'error',
		status: 404,
		error: { message: 'We could not find that page.' }
	});
	const posted = await page.request.post('/admin/users?/grant', {
		form: { userId: 'anyone' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(posted.status()).toBe(404);
	await page.goto('/counselor');
	await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
	await expectNoA11yViolations(page);

	// A counselor asking for a stranger and for an id that does not exist gets the same bytes.
	const counselorEmail = uniqueEmail('counselor');
	const counselor = await newPersonPage(browser);
	await new AccountPages(counselor).signUp('Kim', counselorEmail);
	const admin = await adminPage(browser, test.info().workerIndex);
	await grantCounselor(admin, counselorEmail);
	const me = await page.request.get('/me/__data.json');
	expect(me.status()).toBe(200);
	const learnerId = await learnerIdFromAdmin(admin, lee.email);
	for (const suffix of ['', '/__data.json', '/export.csv']) {
		const stranger = await counselor.request.get(`/counselor/clients/${learnerId}${suffix}`);
		const nobody = await counselor.request.get(`/counselor/clients/nobody-at-all${suffix}`);
		// SvelteKit answers __data.json with 200 and the error inside; the page and CSV with 404.
		expect(stranger.status()).toBe(suffix === '/__data.json' ? 200 : 404);
		expect(nobody.status()).toBe(stranger.status());
		expect(await stranger.text()).toBe(await nobody.text());
	}
	await admin.context().close();
	await counselor.context().close();
});

/** A learner's user id, read from the admin page's form (ids are never shown to learners). */
async function learnerIdFromAdmin(admin: Page, email: string) {
	await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
	return admin.locator('input[name=userId]').first().inputValue();
}
