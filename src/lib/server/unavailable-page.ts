import type { HelpLines } from '$lib/help';
import { RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from './db/availability';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const tel = (number: string) => number.replace(/[^0-9+]/g, '');

/**
 * The page served when the database cannot be reached before the app can render (a signed-in
 * person's session cannot be checked). Plain HTML with no script, so it cannot fail in turn,
 * and it still carries the help lines every page must show.
 */
export function unavailableResponse(help: HelpLines, path: string): Response {
	const lines = help.lines
		.map((line) => {
			const ways = [
				line.call ? `<a href="tel:${tel(line.call)}">Call ${escape(line.call)}</a>` : '',
				line.text ? `<a href="sms:${tel(line.text)}">Text ${escape(line.text)}</a>` : ''
			].filter(Boolean);
			return `<li><strong>${escape(line.name)}</strong>: ${escape(line.detail)} ${ways.join(' · ')}</li>`;
		})
		.join('\n');
	const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Please try again in a minute — Rewire</title>
<style>
body { font: 1.1rem/1.6 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #1d232b; background: #fdfcf9; }
a { color: #1a4f8b; }
@media (prefers-color-scheme: dark) { body { color: #eceae4; background: #15181d; } a { color: #9cc4ff; } }
</style>
</head>
<body>
<main>
<h1>Please try again in a minute</h1>
<p>${escape(UNAVAILABLE_MESSAGE)}</p>
<p><a href="${escape(path)}">Try again</a></p>
<h2>Need help now?</h2>
<p>In an emergency call <a href="tel:${tel(help.emergency)}">${escape(help.emergency)}</a>.</p>
<ul>
${lines}
</ul>
<p>This course is education, not treatment or an emergency service.</p>
</main>
</body>
</html>`;
	return new Response(html, {
		status: 503,
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'retry-after': String(RETRY_AFTER_SECONDS),
			'cache-control': 'no-store',
			'content-security-policy':
				"default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
		}
	});
}
