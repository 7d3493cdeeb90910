import { expect, type Locator, type Page } from '@playwright/test';
import startHere from '../../../lessons/00-start-here/quiz';

/** The real "Start here" quiz WITH its keys: the tests answer it as a person who knows. */
export const startHereQuiz = startHere;
type Question = (typeof startHere.questions)[number];

/** Every feedback and reveal text of a quiz: none may reach a browser before it answers. */
export function secretTexts(quiz = startHere): string[] {
	return quiz.questions.flatMap((q) =>
		q.kind === 'order'
			? q.items.map((i) => i.feedback)
			: [...q.options.map((o) => o.feedback), ...(q.kind === 'predict' ? [q.reveal.text] : [])]
	);
}

/** The form fields a browser sends for an attempt that is all right. */
export function rightAnswers(quiz = startHere): URLSearchParams {
	const form = new URLSearchParams();
	for (const q of quiz.questions) {
		if (q.kind === 'order')
			q.items.forEach((item, i) => form.append(`q:${q.id}:${item.id}`, `${i + 1}`));
		else for (const o of q.options.filter((o) => o.correct)) form.append(`q:${q.id}`, o.id);
	}
	return form;
}

/** A module quiz, used as a person does: by role and label. */
export class QuizPage {
	readonly url: string;

	constructor(
		readonly page: Page,
		readonly options: { javaScript: boolean; module?: string } = { javaScript: true }
	) {
		this.url = `/learn/${options.module ?? 'start-here'}/quiz`;
	}

	async open() {
		await this.page.goto(this.url);
		await this.waitForForm();
	}

	/** With JavaScript, the form is ready once hydrated (the order question has its buttons). */
	async waitForForm() {
		await expect(this.question(1)).toBeVisible();
		if (this.options.javaScript) {
			await expect(this.page.getByRole('button', { name: /^Move up/ }).first()).toBeVisible();
		}
	}

	question(number: number): Locator {
		return this.page.getByRole('group', { name: new RegExp(`^Question ${number} of \\d+`) });
	}

	/** Option ids of a choice question in the order shown. */
	async optionOrder(number: number): Promise<string[]> {
		return this.question(number)
			.locator('input[type=radio], input[type=checkbox]')
			.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
	}

	/** Step ids of the order question in the order shown. */
	async stepOrder(number: number): Promise<string[]> {
		const fields = this.question(number).locator('input[type=hidden], select');
		const names = await fields.evaluateAll((els) => els.map((e) => e.getAttribute('name') ?? ''));
		return names.map((n) => n.split(':')[2] ?? '');
	}

	/** Answers question `number` (1-based) rightly or with its first wrong option. */
	async answer(number: number, how: 'right' | 'wrong') {
		const q = startHere.questions[number - 1] as Question;
		const group = this.question(number);
		if (q.kind !== 'order') {
			const picks =
				how === 'right' ? q.options.filter((o) => o.correct) : [q.options.find((o) => !o.correct)!];
			for (const o of picks) await group.getByLabel(o.text, { exact: true }).check();
			return;
		}
		// A wrong order has no step in its place: the right one with the last step moved first.
		const ids = q.items.map((item) => item.id);
		const target = how === 'right' ? ids : [ids.at(-1)!, ...ids.slice(0, -1)];
		await this.arrange(number, target);
	}

	/** Puts the steps of order question `number` in the order `target` (step ids). */
	async arrange(number: number, target: string[]) {
		const q = startHere.questions[number - 1] as Question;
		if (q.kind !== 'order') throw new Error(`question ${number} is not an order question`);
		const group = this.question(number);
		const textOf = new Map(q.items.map((item) => [item.id, item.text]));
		if (!this.options.javaScript) {
			for (const [i, id] of target.entries()) {
				await group
					.getByRole('combobox', { name: `Place for “${textOf.get(id)}”` })
					.selectOption(`${i + 1}`);
			}
			return;
		}
		// With the keyboard: focus "Move up" on each step and press Enter until it is in place;
		// focus must stay on the step that moved.
		for (const [i, id] of target.entries()) {
			let at = (await this.stepOrder(number)).indexOf(id);
			while (at > i) {
				const up = group.getByRole('button', { name: `Move up: ${textOf.get(id)}` });
				await up.focus();
				await this.page.keyboard.press('Enter');
				at -= 1;
				await expect.poll(() => this.stepOrder(number).then((o) => o.indexOf(id))).toBe(at);
				if (at > 0) await expect(up).toBeFocused();
			}
		}
		// Already in that order as shown: say so, since the order shown is not an answer.
		const keep = group.getByRole('button', { name: 'Keep this order as my answer' });
		if (await keep.isVisible()) await keep.click();
	}

	async answerAll(how: (number: number) => 'right' | 'wrong' | 'skip') {
		for (let n = 1; n <= startHere.questions.length; n++) {
			const choice = how(n);
			if (choice !== 'skip') await this.answer(n, choice);
		}
	}

	async submit() {
		await this.page.getByRole('button', { name: 'Check my answers' }).click();
	}

	resultHeading(): Locator {
		return this.page.getByRole('heading', { level: 2, name: /^(Not yet|Well done) — / });
	}

	/** The folded feedback of a question answered right: its summary line. */
	folded(number: number): Locator {
		return this.page.locator('details').filter({
			has: this.page.locator('summary', { hasText: new RegExp(`^Question ${number}: right\\.`) })
		});
	}

	/** Opens the folded feedback of a question answered right. */
	async unfold(number: number) {
		await this.folded(number).locator('summary').first().click();
	}

	/** The feedback block of question `number` after checking. */
	feedback(number: number): Locator {
		return this.page.getByRole('region', { name: new RegExp(`^Question ${number} of \\d+`) });
	}
}
