import { type APIRequestContext, type Page, type Route } from '@playwright/test';
import { AccountPages } from '../pages/AccountPages';
import { ProgressPage } from '../pages/ProgressPage';
import { QuizPage, rightAnswers, secretTexts, startHereQuiz } from '../pages/QuizPage';
import { expect, expectNoA11yViolations, test } from '../fixtures';

const quizUrl = '/learn/start-here/quiz';
const [first, , , , predict] = startHereQuiz.questions;
const wrongFirst = first!.kind === 'order' ? null : first!.options.find((o) => !o.correct)!;

/** Posts a quiz form as a browser without JavaScript does (same origin, wants HTML back). */
function postQuiz(page: Page, request: APIRequestContext, form: URLSearchParams) {
	return request.post(quizUrl, {
		data: form.toString(),
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: new URL(page.url()).origin,
			accept: 'text/html'
		}
	});
}

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('a guest takes the quiz; a wrong answer shows its feedback and the section to reread', async ({
		page
	}) => {
		const quiz = new QuizPage(page, { javaScript: false });
		await quiz.open();
		await expect(page.getByText('Log in to keep your scores')).toBeVisible();

		await quiz.answerAll((n) => (n === 1 || n === 5 ? 'wrong' : 'right'));
		await quiz.submit();

		await expect(quiz.resultHeading()).toHaveText("Not yet — 60%. Here's why…");
		const feedback = quiz.feedback(1);
		await expect(feedback.getByText(wrongFirst!.feedback)).toBeVisible();
		// Every option explains itself, not just the one chosen.
		if (first!.kind !== 'order') {
			for (const option of first!.options) {
				await expect(feedback.getByText(option.feedback)).toBeVisible();
			}
		}
		const link = feedback.getByRole('link', { name: /again$/ });
		await expect(link).toHaveAttribute(
			'href',
			`/learn/start-here/${first!.section.lesson}#${first!.section.heading}`
		);
		// The prediction is revealed once the learner has committed to it.
		if (predict!.kind === 'predict') {
			await expect(quiz.feedback(5).getByText(predict!.reveal.text)).toBeVisible();
		}
		await expect(page.getByRole('link', { name: 'Log in to keep your scores' })).toBeVisible();

		await link.click();
		await expect(page).toHaveURL(new RegExp(`/learn/start-here/${first!.section.lesson}#`));
	});

	test('a skipped question is asked again beside it, with the other choices kept', async ({
		page
	}) => {
		const quiz = new QuizPage(page, { javaScript: false });
		await quiz.open();
		await quiz.answerAll((n) => (n === 1 ? 'skip' : 'right'));
		await quiz.submit();

		await expect(
			page.getByRole('heading', { name: 'One question needs another look' })
		).toBeVisible();
		await expect(quiz.question(1)).toHaveAccessibleDescription('Choose an answer.');
		for (const n of [2, 3, 5]) {
			await expect(quiz.question(n).locator('input:checked').first()).toBeVisible();
		}

		await quiz.answer(1, 'right');
		await quiz.submit();
		await expect(quiz.resultHeading()).toHaveText('Well done — 100%.');
	});
});

// axe runs as a script in the page, which a JavaScript-off browser cannot do. Blocking the
// app's own scripts gives the same server-rendered, unenhanced pages, with axe still able to run.
test.describe("when the app's scripts do not load", () => {
	test.use({ waitForApp: false });
	test.beforeEach(async ({ page }) => {
		await page.route('**/_app/**/*.js', (route) => route.abort());
	});

	test('the plain form, its "another look" state and its result have no axe violations', async ({
		page
	}) => {
		// Several axe runs and a sign-up: on a busy 2-core machine this needs more than 30 s.
		test.slow();
		const quiz = new QuizPage(page, { javaScript: false });
		await quiz.open();
		await expectNoA11yViolations(page);
		await quiz.answerAll((n) => (n === 2 ? 'skip' : 'wrong'));
		await quiz.submit();
		await expect(quiz.question(2)).toHaveAccessibleDescription(
			'Choose every answer that fits. Choose at least one answer.'
		);
		await expectNoA11yViolations(page);
		await quiz.answer(2, 'wrong');
		await quiz.submit();
		await expect(quiz.resultHeading()).toHaveText("Not yet — 0%. Here's why…");
		await expectNoA11yViolations(page);
	});
});

test('with JavaScript, feedback shows in place, focus moves to the score and it is announced', async ({
	page
}) => {
	// Several axe runs and a sign-up: on a busy 2-core machine this needs more than 30 s.
	test.slow();
	await new AccountPages(page).signUp('Avery');
	const quiz = new QuizPage(page);
	await quiz.open();
	await quiz.answerAll((n) => (n === 1 ? 'wrong' : 'right'));
	await quiz.submit();

	const heading = quiz.resultHeading();
	await expect(heading).toHaveText('Well done — 80%.');
	await expect(heading).toBeFocused();
	await expect(page.locator('[aria-live="polite"][aria-atomic="true"]')).toHaveText(
		/^Well done — 80%\. Feedback for every question follows\./
	);
	// The result has an address of its own, so Back from a lesson finds it.
	await expect(page).toHaveURL(new RegExp(`${quizUrl}/result$`));
	await expect(quiz.feedback(1).getByText(wrongFirst!.feedback)).toBeVisible();
	await expect(page.getByText('Your score is saved.')).toBeVisible();
	await expectNoA11yViolations(page);

	// Mastery (80%) shows on My progress and on the course overview.
	const progress = new ProgressPage(page);
	await progress.open();
	expect(await progress.attemptCount()).toBe(1);
	await expect(progress.section('Quizzes you have mastered')).toContainText('Start here: best 80%');
	await expect(progress.section('Your quiz attempts')).toContainText('80%, mastered');
	// "Start here" has one lesson (not marked complete yet) and a quiz: 1 of 2 steps done.
	await expect(progress.progressBar('Start here')).toHaveAttribute('value', '1');
	await expectNoA11yViolations(page);

	await page.goto('/learn');
	await expect(
		page.getByRole('progressbar', { name: 'Your progress in Start here' })
	).toBeVisible();
	await expect(page.getByText('Mastered', { exact: true })).toBeVisible();
	await expectNoA11yViolations(page);
});

test('a learner may retry after passing; My progress keeps every attempt and the best', async ({
	page
}) => {
	// Several axe runs and a sign-up: on a busy 2-core machine this needs more than 30 s.
	test.slow();
	await new AccountPages(page).signUp('Rowan');
	const progress = new ProgressPage(page);
	await progress.open();
	expect(await progress.attemptCount()).toBe(0);
	await expect(progress.section('Quizzes you have mastered')).toContainText('None yet');
	await expect(progress.progressBar('Start here')).toHaveAttribute('value', '0');

	const quiz = new QuizPage(page);
	await quiz.open();
	await expectNoA11yViolations(page);
	await quiz.answerAll(() => 'right');
	await quiz.submit();
	await expect(quiz.resultHeading()).toHaveText('Well done — 100%.');

	await page.getByRole('link', { name: 'Try again' }).click();
	await quiz.waitForForm();
	await quiz.answerAll((n) => (n <= 3 ? 'wrong' : 'right'));
	await quiz.submit();
	await expect(quiz.resultHeading()).toHaveText("Not yet — 40%. Here's why…");

	await progress.open();
	expect(await progress.attemptCount()).toBe(2);
	await expect(progress.section('Quizzes you have mastered')).toContainText(
		'Start here: best 100%'
	);
	await expect(progress.section('Your quiz attempts')).toContainText('40%');
	await expect(progress.progressBar('Start here')).toHaveAttribute('value', '1');
});

test('a retry shows the options in a new order, and steps never start in the right order', async ({
	page
}) => {
	const quiz = new QuizPage(page, { javaScript: false });
	const order = startHereQuiz.questions.find((q) => q.kind === 'order')!;
	const orderNumber = startHereQuiz.questions.indexOf(order) + 1;
	const rightOrder = order.kind === 'order' ? order.items.map((i) => i.id) : [];
	const seen = new Set<string>();
	for (let i = 0; i < 8; i++) {
		await quiz.open();
		seen.add(JSON.stringify([await quiz.optionOrder(1), await quiz.optionOrder(2)]));
		expect(await quiz.stepOrder(orderNumber)).not.toEqual(rightOrder);
	}
	// Orders can coincide by chance; over 8 loads at least two must differ.
	expect(seen.size).toBeGreaterThan(1);
});

test('no answer key or feedback reaches the browser before answering', async ({ page }) => {
	const scripts = new Set<string>();
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.add(response.url());
	});
	await new QuizPage(page).open();
	await page.waitForLoadState('networkidle');
	expect(scripts.size).toBeGreaterThan(0);

	// Also every script the HTML names (module preloads), whether or not it was fetched yet.
	const html = await (await page.request.get(quizUrl)).text();
	for (const [path] of html.matchAll(/\/_app\/[^"'\s]+\.js/g)) scripts.add(path);

	const bodies: [string, string][] = [];
	for (const url of [quizUrl, `${quizUrl}/__data.json`, ...scripts]) {
		const response = await page.request.get(url);
		expect(response.status(), url).toBe(200);
		bodies.push([url, await response.text()]);
	}
	const secrets = secretTexts();
	expect(secrets.length).toBeGreaterThan(10);
	for (const [url, body] of bodies) {
		expect(body, url).not.toMatch(/"correct"\s*:/);
		expect(body, url).not.toMatch(/\bcorrect\s*:\s*(?:!0|!1|true|false)\b/);
		for (const secret of secrets)
			expect(body.includes(secret), `${url} holds "${secret}"`).toBe(false);
	}
	// The page itself does hold the questions, so the check above is looking at the right thing.
	expect(bodies[0]![1]).toContain(startHereQuiz.questions[0]!.prompt);
});

test('a tampered submission gets a 400, and nothing is stored', async ({ page }) => {
	await new AccountPages(page).signUp('Quinn');
	const progress = new ProgressPage(page);
	await progress.open();

	const forged = rightAnswers();
	forged.append('score', '5');
	const unknownOption = rightAnswers();
	unknownOption.set(`q:${first!.id}`, 'not-an-option');
	const duplicated = rightAnswers();
	duplicated.append(`q:${first!.id}`, wrongFirst!.id);

	for (const form of [forged, unknownOption, duplicated]) {
		const response = await postQuiz(page, page.request, form);
		expect(response.status()).toBe(400);
		expect(await response.text()).toContain('Nothing was saved.');
	}
	// The same refusal when the form is sent the way JavaScript sends it.
	const enhanced = await page.request.post(quizUrl, {
		data: forged.toString(),
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: new URL(page.url()).origin,
			'x-sveltekit-action': 'true'
		}
	});
	expect(await enhanced.json()).toMatchObject({ type: 'failure', status: 400 });

	await progress.open();
	expect(await progress.attemptCount()).toBe(0);

	// Two tabs submitting honest answers at once: both are stored, once each.
	const [one, two] = await Promise.all([
		postQuiz(page, page.request, rightAnswers()),
		postQuiz(page, page.request, rightAnswers())
	]);
	expect([one.status(), two.status()]).toEqual([200, 200]);
	await progress.open();
	expect(await progress.attemptCount()).toBe(2);
});

test('a form from another site is refused', async ({ page }) => {
	await page.goto(quizUrl);
	const response = await page.request.post(quizUrl, {
		data: rightAnswers().toString(),
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: 'https://elsewhere.example',
			accept: 'text/html'
		}
	});
	expect(response.status()).toBe(403);
});

test.describe('on a 320 px wide phone', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	test('the quiz and its result do not scroll sideways', async ({ page }) => {
		const quiz = new QuizPage(page);
		await quiz.open();
		const overflow = () =>
			page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
		expect(await overflow()).toBeLessThanOrEqual(0);
		await quiz.answerAll(() => 'wrong');
		await quiz.submit();
		await expect(quiz.resultHeading()).toHaveText("Not yet — 0%. Here's why…");
		expect(await overflow()).toBeLessThanOrEqual(0);
	});
});

test('a module without a quiz, or an unknown one, gets a friendly 404', async ({ page }) => {
	const response = await page.goto('/learn/no-such-module/quiz');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('link', { name: 'Go to the course' })).toBeVisible();
});

test('a choice made before the page has finished loading is kept', async ({ page }) => {
	let release = () => {};
	const scriptsHeld = new Promise<void>((done) => (release = done));
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		await scriptsHeld;
		await route.continue();
	});
	await page.goto(quizUrl, { waitUntil: 'commit' });
	const option = page.getByRole('radio', { name: wrongFirst!.text });
	await option.check();
	release();
	await page.waitForLoadState('networkidle');
	await expect(option).toBeChecked();
});

test('if the check cannot reach the site, the answers stay and it says so', async ({ page }) => {
	const quiz = new QuizPage(page);
	await quiz.open();
	await quiz.answerAll(() => 'right');
	const offline = (route: Route) =>
		route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue();
	await page.route(`**${quizUrl}`, offline);
	await quiz.submit();
	await expect(page.getByRole('alert')).toContainText('could not reach the site');
	await expect(page.getByRole('button', { name: 'Check my answers' })).toBeEnabled();

	await page.unroute(`**${quizUrl}`, offline);
	await quiz.submit();
	await expect(quiz.resultHeading()).toHaveText('Well done — 100%.');
});

const orderQuestion = startHereQuiz.questions.find((q) => q.kind === 'order')!;
const orderNumber = startHereQuiz.questions.indexOf(orderQuestion) + 1;
const rightSteps = orderQuestion.kind === 'order' ? orderQuestion.items.map((i) => i.id) : [];
/** The right order with its first two steps swapped: every other step is in place. */
const twoSwapped = [rightSteps[1]!, rightSteps[0]!, ...rightSteps.slice(2)];

for (const javaScript of [false, true]) {
	test.describe(javaScript ? 'with JavaScript' : 'with JavaScript off', () => {
		test.use({ javaScriptEnabled: javaScript });

		test('an order question left as shown is not answered, and is asked again', async ({
			page
		}) => {
			const quiz = new QuizPage(page, { javaScript });
			await quiz.open();
			await quiz.answerAll((n) => (n === orderNumber ? 'skip' : 'right'));
			await quiz.submit();
			await expect(
				page.getByRole('heading', { name: 'One question needs another look' })
			).toBeVisible();
			await expect(quiz.question(orderNumber)).toHaveAccessibleDescription(
				/Not answered yet: put the steps in order/
			);
			await expect(quiz.resultHeading()).toHaveCount(0);
		});

		test('steps in place earn credit and are shown; the result survives a lesson and Back', async ({
			page
		}) => {
			const quiz = new QuizPage(page, { javaScript });
			await quiz.open();
			await quiz.answerAll((n) => (n === 1 ? 'wrong' : n === orderNumber ? 'skip' : 'right'));
			await quiz.arrange(orderNumber, twoSwapped);
			await quiz.submit();

			// 3 right, half the steps of the order question in place (of 4), one wrong: whole percent.
			const inPlace = rightSteps.length - 2;
			const percent = Math.floor(((3 + inPlace / rightSteps.length) / 5) * 100);
			await expect(quiz.resultHeading()).toHaveText(`Not yet — ${percent}%. Here's why…`);
			await expect(page.getByText('3 of 5 questions right, 1 partly right.')).toBeVisible();
			const order = quiz.feedback(orderNumber);
			await expect(order).toContainText(
				`Partly right: ${inPlace} of ${rightSteps.length} steps in the right place.`
			);
			await expect(order.getByText('In the right place', { exact: true })).toHaveCount(inPlace);
			await expect(order.getByText(/Belongs in place \d/)).toHaveCount(2);
			// The chosen option says in words whether it was right, not by colour alone.
			await expect(quiz.feedback(1).getByText('Your answer: not right')).toBeVisible();
			// The questions answered right are folded away, and open on request.
			const folded = quiz.folded(2);
			await expect(folded).not.toHaveAttribute('open');
			await quiz.unfold(2);
			await expect(folded.getByText('Your answer: right').first()).toBeVisible();
			await expect(page).toHaveURL(/\/learn\/start-here\/quiz\/result/);

			await quiz
				.feedback(1)
				.getByRole('link', { name: /again$/ })
				.click();
			await expect(page).toHaveURL(new RegExp(`/learn/start-here/${first!.section.lesson}#`));
			await page.goBack();
			await expect(quiz.resultHeading()).toHaveText(`Not yet — ${percent}%. Here's why…`);
			await expect(quiz.feedback(1).getByText(wrongFirst!.feedback)).toBeVisible();
		});
	});
}

test('after mastery the next module comes first; the saved result is the owner’s alone', async ({
	page,
	browser
}) => {
	await new AccountPages(page).signUp('Morgan');
	const quiz = new QuizPage(page);
	await quiz.open();
	await quiz.answerAll(() => 'right');
	await quiz.submit();
	await expect(quiz.resultHeading()).toHaveText('Well done — 100%.');
	const links = await page
		.getByRole('region', { name: /^Well done/ })
		.getByRole('link')
		.allTextContents();
	const onwards = links.findIndex((text) => text.startsWith('Next: '));
	expect(onwards).toBeGreaterThanOrEqual(0);
	expect(onwards).toBeLessThan(links.indexOf('Try again'));
	await expectNoA11yViolations(page);

	// Shown again from the server, with JavaScript or without.
	const html = await (await page.request.get(`${quizUrl}/result`)).text();
	expect(html).toContain('Well done — 100%.');
	// Another person, or a guest, has no result there: they are sent to the quiz.
	const other = await browser.newContext();
	const response = await other.request.get(`${quizUrl}/result`, { maxRedirects: 0 });
	expect(response.status()).toBe(303);
	expect(response.headers().location).toBe(quizUrl);
	await other.close();
});

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });
	test('the result page has no axe violations and does not scroll sideways', async ({ page }) => {
		const quiz = new QuizPage(page);
		await quiz.open();
		await quiz.answerAll((n) => (n === 1 ? 'wrong' : 'right'));
		await quiz.submit();
		await expect(quiz.resultHeading()).toBeVisible();
		await page.reload();
		await expect(quiz.resultHeading()).toHaveText('Well done — 80%.');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await expectNoA11yViolations(page);
	});
});
