import { createServer } from 'node:http';
import { SMTPServer } from 'smtp-server';

// A test mailbox: a real SMTP server on localhost that keeps every message it receives, and a
// small HTTP server that lists them, so browser tests can read the mail the site sent and follow
// its links. Started by playwright.config.ts as a web server of its own, before the tests run.
//   npx tsx tests/support/mailbox.ts <smtp port> <http port>

export interface ReceivedMail {
	to: string[];
	subject: string;
	text: string;
}

/** Quoted-printable (RFC 2045), as nodemailer writes long plain-text lines. */
function decodeQuotedPrintable(body: string): string {
	const bytes = body
		.replace(/=\r?\n/g, '')
		.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
	return Buffer.from(bytes, 'latin1').toString('utf8');
}

export function parseMail(raw: string, to: string[]): ReceivedMail {
	const split = raw.indexOf('\r\n\r\n');
	const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
	const body = raw.slice(split + 4);
	const header = (name: string) =>
		head.match(new RegExp(`^${name}:\\s*(.*)$`, 'im'))?.[1]?.trim() ?? '';
	const encoding = header('Content-Transfer-Encoding').toLowerCase();
	const text =
		encoding === 'quoted-printable'
			? decodeQuotedPrintable(body)
			: encoding === 'base64'
				? Buffer.from(body, 'base64').toString('utf8')
				: body;
	return { to, subject: header('Subject'), text: text.replace(/\r\n/g, '\n').trim() };
}

const [smtpPort, httpPort] = process.argv.slice(2).map(Number);
if (smtpPort && httpPort) {
	const mail: ReceivedMail[] = [];
	const smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, done) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
				mail.push(parseMail(Buffer.concat(chunks).toString('latin1'), to));
				done();
			});
		}
	});
	smtp.listen(smtpPort, '127.0.0.1');
	createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://mailbox');
		const to = url.searchParams.get('to')?.toLowerCase();
		const list = to ? mail.filter((m) => m.to.includes(to)) : mail;
		response.writeHead(200, { 'content-type': 'application/json' });
		response.end(JSON.stringify(list));
	}).listen(httpPort, '127.0.0.1');
}
