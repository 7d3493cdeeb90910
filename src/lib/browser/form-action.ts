import { parse } from 'devalue';

/** What a SvelteKit form action answers to a script's post (the shape `use:enhance` reads). */
export type ActionResult =
	| { type: 'success' | 'failure'; status: number; data?: Record<string, unknown> }
	| { type: 'redirect'; status: number; location: string }
	| { type: 'error'; status: number };

/**
 * Posts a form to its action the way `use:enhance` does, for the islands of pages that run
 * without SvelteKit's client router (a lesson's reflections and "complete", the quiz). The action
 * answers with JSON whose `data` is devalue-encoded. A network failure comes back as an `error`
 * result, never thrown.
 */
export async function postForm(form: HTMLFormElement): Promise<ActionResult> {
	try {
		const response = await fetch(form.action, {
			method: 'POST',
			body: new FormData(form),
			headers: { accept: 'application/json', 'x-sveltekit-action': 'true' },
			cache: 'no-store'
		});
		const result = await response.json();
		if (typeof result.data === 'string') result.data = parse(result.data);
		return result as ActionResult;
	} catch {
		return { type: 'error', status: 0 };
	}
}
