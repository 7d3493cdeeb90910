import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { mailSettings, sendMail } from './mail';

describe('mailSettings', () => {
	it.each([
		[{}, null],
		[{ SMTP_URL: 'smtp://127.0.0.1:2525' }, null],
		[{ ORIGIN: 'https://rewire.example.org' }, null],
		[{ SMTP_URL: ' ', ORIGIN: 'https://rewire.example.org' }, null],
		[{ SMTP_URL: 'smtp://127.0.0.1:2525', ORIGIN: 'not a url' }, null],
		[
			{ SMTP_URL: 'smtp://127.0.0.1:2525', ORIGIN: 'https://rewire.example.org/' },
			{
				url: 'smtp://127.0.0.1:2525',
				origin: 'https://rewire.example.org',
				from: 'Rewire <no-reply@rewire.example.org>'
			}
		],
		[
			{
				SMTP_URL: 'smtp://127.0.0.1:2525',
				ORIGIN: 'https://rewire.example.org',
				SMTP_FROM: 'Help <help@example.org>'
			},
			{
				url: 'smtp://127.0.0.1:2525',
				origin: 'https://rewire.example.org',
				from: 'Help <help@example.org>'
			}
		]
	])('%j → %j', (env, settings) => expect(mailSettings(env)).toEqual(settings));
});

describe('sendMail, to a real SMTP server on localhost', () => {
	const received: string[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, _session, done) {
			let text = '';
			stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
			stream.on('end', () => {
				received.push(text);
				done();
			});
		}
	});
	let port = 0;
	beforeAll(async () => {
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
		port = (server.server.address() as AddressInfo).port;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	it('delivers the message with its sender, subject and text', async () => {
		const settings = mailSettings({
			SMTP_URL: `smtp://127.0.0.1:${port}`,
			ORIGIN: 'http://rewire.test'
		})!;
		await sendMail(settings, { to: 'sam@example.com', subject: 'Hello', text: 'A line.' });
		expect(received).toHaveLength(1);
		expect(received[0]).toMatch(/^From: Rewire <no-reply@rewire\.test>/m);
		expect(received[0]).toMatch(/^To: sam@example\.com/m);
		expect(received[0]).toMatch(/^Subject: Hello/m);
		expect(received[0]).toContain('A line.');
	});
});
