import { expect, type Locator, type Page } from '@playwright/test';

/** My progress (/me), read as a person reads it. */
export class ProgressPage {
	constructor(readonly page: Page) {}

	async open() {
		await this.page.goto('/me');
		await expect(this.page.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible();
	}

	section(name: string): Locator {
		return this.page.getByRole('region', { name });
	}

	/** How many quiz attempts the page says there are. */
	async attemptCount(): Promise<number> {
		const text = (await this.section('Your quiz attempts').textContent()) ?? '';
		if (/No quiz attempts yet/.test(text)) return 0;
		if (/One quiz attempt so far/.test(text)) return 1;
		const match = /(\d+) quiz attempts so far/.exec(text);
		if (!match) throw new Error(`cannot read the attempt count from: ${text}`);
		return Number(match[1]);
	}

	progressBar(moduleTitle: string): Locator {
		return this.page.getByRole('progressbar', { name: `Your progress in ${moduleTitle}` });
	}
}
