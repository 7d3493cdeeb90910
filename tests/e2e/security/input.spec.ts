import fc from 'fast-check';
import { AccountPages } from '../pages/AccountPages';
import { expect, test } from '../fixtures';
import { ACTIONS } from './targets';

// Hostile input at every form action and the JSON tools endpoint of the built server: whatever
// arrives, the answer is a page or a refusal, never a server error. (The readers themselves get
// thousands of cases each in src/lib/server/input.property.test.ts.)

const hostile = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 60 }),
	fc.constantFrom(
		'',
		'\u0000',
		'a\u0000b@example.com',
		'\ud83d',
		'\u202e',
		'<script>alert(1)</script>',
		"' OR 1=1 --",
		// Long, but a whole form of them stays under adapter-node's 512 kB body limit, which
		// refuses bigger posts (413) before the app sees them.
		'x'.repeat(60_000),
		'how-this-course-works/why-here',
		'q:x:y'
	)
);

/** The action's own field names with hostile values, some left out, plus a stray field. */
function hostileForms(fields: string[], seed: number) {
	const form = fc.record({
		values: fc.tuple(...fields.map(() => fc.option(hostile, { nil: undefined }))),
		extra: hostile
	});
	return fc.sample(form, { numRuns: 12, seed }).map(({ values, extra }) => {
		const out: Record<string, string> = { stray: extra };
		fields.forEach((name, i) => {
			if (values[i] !== undefined) out[name] = values[i];
		});
		return out;
	});
}

test('hostile form posts to every action never cause a server error', async ({ page }) => {
	test.setTimeout(240_000);
	await new AccountPages(page).signUp('Tatum');
	const origin = new URL(page.url()).origin;
	// Log-out last, so the rest is tried signed in.
	const actions = Object.entries(ACTIONS).sort(
		([a], [b]) => Number(a.startsWith('/logout')) - Number(b.startsWith('/logout'))
	);
	let seed = 1;
	for (const [name, action] of actions) {
		const fields = Object.keys(action.fields).concat(name.includes('quiz') ? ['q:x'] : []);
		for (const form of hostileForms(fields, seed++)) {
			for (const asMultipart of [false, true]) {
				const response = await page.request.post(action.url, {
					headers: { origin, accept: 'text/html' },
					...(asMultipart
						? {
								multipart: {
									...form,
									upload: { name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from('x') }
								}
							}
						: { form }),
					maxRedirects: 0
				});
				expect(
					response.status(),
					`${name} with ${JSON.stringify(form).slice(0, 200)}`
				).toBeLessThan(500);
			}
		}
	}
});

test('hostile JSON to the tools endpoint never causes a server error', async ({ page }) => {
	await new AccountPages(page).signUp('Lane');
	const origin = new URL(page.url()).origin;
	const bodies = [
		'{"data":[{"id":"t1","kind":"place","label":"\\u0000"}]}',
		'{"data":[{"id":"t1","kind":"place","label":"\\ud83d"}]}',
		'{"data":{"entries":[],"ifThen":[{"if":"\\udc00","then":"\\u0000"}]}}',
		'{"data":[{"id":"s1","name":"\\ud83d","kind":"person","closeness":1}]}',
		'{"data":null}',
		'{"data":{"__proto__":{"x":1}}}',
		'[1,2,3]',
		'not json',
		JSON.stringify({ data: 'x'.repeat(60_000) }),
		...fc.sample(fc.jsonValue(), { numRuns: 20, seed: 7 }).map((data) => JSON.stringify({ data }))
	];
	for (const kind of ['triggers', 'weekly-plan', 'support-map', 'nope']) {
		for (const data of bodies) {
			const response = await page.request.put(`/api/items/${kind}`, {
				headers: { origin, 'content-type': 'application/json' },
				data
			});
			expect(response.status(), `${kind}: ${data.slice(0, 120)}`).toBeLessThan(500);
		}
	}
});
