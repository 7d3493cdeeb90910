// Plain-HTTP helpers for the load runs: what a browser with JavaScript off sends.

/** Signs a learner up through the form post; returns the `name=value` session cookie. */
export async function signUpOverHttp(
	baseURL: string,
	email: string,
	password: string,
	address: string
): Promise<string> {
	const response = await fetch(`${baseURL}/signup`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			accept: 'text/html',
			origin: baseURL,
			'content-type': 'application/x-www-form-urlencoded',
			'x-forwarded-for': address
		},
		body: new URLSearchParams({ email, displayName: 'Load', password, next: '/me' })
	});
	const cookie = response.headers
		.getSetCookie()
		.map((c) => c.split(';')[0] ?? '')
		.find((c) => c.startsWith('rewire_session='));
	if (response.status !== 303 || !cookie) {
		throw new Error(`sign-up of ${email} answered ${response.status}: ${await response.text()}`);
	}
	return cookie;
}

/**
 * A complete set of answers for a quiz page as served without JavaScript: the first option of
 * each choice question, and each order question's steps in the order shown. Right or wrong does
 * not matter to a load run; complete matters (an incomplete attempt is not saved).
 */
export function answersFromQuizPage(html: string): URLSearchParams {
	const form = new URLSearchParams();
	const chosen = new Set<string>();
	const places = new Map<string, number>();
	for (const tag of html.matchAll(/<(input|select)\b[^>]*>/g)) {
		const name = /\bname="(q:[^"]+)"/.exec(tag[0])?.[1];
		if (!name) continue;
		const [, question, step] = name.split(':');
		if (step !== undefined) {
			if (tag[1] !== 'select' || form.has(name)) continue;
			const place = (places.get(question!) ?? 0) + 1;
			places.set(question!, place);
			form.append(name, String(place));
		} else if (!chosen.has(name)) {
			const value = /\bvalue="([^"]*)"/.exec(tag[0])?.[1];
			if (value === undefined) continue;
			chosen.add(name);
			form.append(name, value);
		}
	}
	return form;
}
