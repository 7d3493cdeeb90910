import { expect, type Page } from '@playwright/test';

export const START_LESSON = '/learn/start-here/how-this-course-works';

/** The lesson page, driven by role and label. */
export class LessonPage {
	constructor(readonly page: Page) {}

	async open(path = START_LESSON) {
		await this.page.goto(path);
		await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
	}

	toc() {
		return this.page.getByRole('navigation', { name: 'In this lesson' }).filter({ visible: true });
	}

	/** Scrolls a section heading to the top and waits until the page has saved it as the place to continue. */
	async readSection(name: string, signedIn: boolean) {
		const heading = this.page.getByRole('heading', { level: 2, name });
		const saved = signedIn
			? this.page.waitForResponse((r) => r.url().endsWith('/api/progress') && r.status() === 204)
			: null;
		await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
		await this.page.mouse.wheel(0, 10);
		await saved;
	}

	reflection(prompt: RegExp) {
		return this.page.getByRole('textbox', { name: prompt });
	}
}
