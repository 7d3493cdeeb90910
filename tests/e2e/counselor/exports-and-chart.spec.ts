import { readFile } from 'node:fs/promises';
import { counselorWithClient, passStartHereQuiz } from '../pages/CounselorPages';
import { expect, expectNoA11yViolations, test } from '../fixtures';

test('a client’s CSV download names the client and the day, in the file and its name', async ({
	page,
	browser
}, testInfo) => {
	const { client, clientUrl } = await counselorWithClient(
		page,
		browser,
		testInfo.workerIndex,
		'Zoë Ortiz'
	);
	await page.goto(clientUrl);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download as CSV' }).click()
	]);
	const today = new Date().toISOString().slice(0, 10); // the e2e server runs on UTC (TIME_ZONE unset)
	expect(download.suggestedFilename()).toBe(`rewire-Zoë-Ortiz-${today}.csv`);
	const lines = (await readFile(await download.path(), 'utf8')).split('\r\n');
	expect(lines.slice(0, 3)).toEqual([
		'client,Zoë Ortiz',
		expect.stringMatching(/^email,client-/),
		`exported,${today}`
	]);
	expect(lines).toContain('kind,module,item,date,detail');
	await client.context().close();
});

test('on a phone, a one-day quiz chart labels that day inside the plot, in text 12 px or larger', async ({
	page,
	browser
}, testInfo) => {
	const { client, clientUrl } = await counselorWithClient(
		page,
		browser,
		testInfo.workerIndex,
		'Robin'
	);
	await passStartHereQuiz(client);
	await passStartHereQuiz(client);
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(clientUrl);
	const chart = page.getByRole('figure');
	await expect(page.getByRole('img', { name: 'Quiz scores over time for Robin' })).toBeVisible();
	// The table says the day ("Dec 2, 2026"); the chart's only day label says the same day.
	const tableDay = await page
		.getByRole('table', { name: 'Every quiz attempt, newest first' })
		.getByRole('cell')
		.first()
		.textContent();
	const labels = await chart.evaluate((figure) => {
		const plot = figure.querySelector('svg')!.getBoundingClientRect();
		// Drawn text only: an SVG's <title> and <desc> are read, not drawn.
		const texts = [...figure.querySelectorAll('*')].filter(
			(el) =>
				!['title', 'desc'].includes(el.localName) &&
				[...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
		);
		return {
			plot: { left: plot.left, right: plot.right },
			// Rendered size: an SVG's text shrinks with the drawing.
			sizes: texts.map((el) => {
				const size = parseFloat(getComputedStyle(el).fontSize);
				const svg = el.closest('svg');
				const scale = svg && el !== svg ? (svg.getScreenCTM()?.a ?? 1) : 1;
				return { text: el.textContent!.trim(), px: size * scale };
			}),
			// Each percent label beside its grid line, 100% at the top.
			percents: [...figure.querySelectorAll('[data-percent-label]')].map((el, i) => {
				const box = el.getBoundingClientRect();
				const line = figure.querySelectorAll('line.grid')[i]!.getBoundingClientRect();
				return Math.abs(box.top + box.height / 2 - (line.top + line.height / 2));
			}),
			days: [...figure.querySelectorAll('[data-day-label]')].map((el) => {
				const box = el.getBoundingClientRect();
				return { text: el.textContent!.trim(), left: box.left, right: box.right };
			})
		};
	});
	expect(labels.days).toHaveLength(1);
	expect(tableDay!.trim().startsWith(labels.days[0]!.text + ',')).toBe(true);
	expect(labels.days[0]!.left).toBeGreaterThanOrEqual(labels.plot.left);
	expect(labels.days[0]!.right).toBeLessThanOrEqual(labels.plot.right);
	expect(labels.percents).toHaveLength(6);
	for (const off of labels.percents) expect(off).toBeLessThanOrEqual(2);
	for (const { text, px } of labels.sizes) expect(px, text).toBeGreaterThanOrEqual(12);
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
	).toBeLessThanOrEqual(0);
	await expectNoA11yViolations(page);
	await client.context().close();
});
