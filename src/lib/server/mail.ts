import nodemailer, { type Transporter } from 'nodemailer';

// Mail is optional: with SMTP_URL and ORIGIN set the site can send password-reset links; without
// them it offers the other ways back. ORIGIN is required because the link must point at this
// site, never at whatever Host header a request carried (a forged Host would otherwise send
// a victim a working reset link to another site).

export interface MailSettings {
	/** `smtp://user:pass@host:587`, `smtps://…:465`: anything nodemailer's transport URL takes. */
	url: string;
	from: string;
	/** The site's public origin, for links in mail. */
	origin: string;
}

export function mailSettings(env: Record<string, string | undefined>): MailSettings | null {
	const url = env.SMTP_URL?.trim();
	const origin = env.ORIGIN?.trim().replace(/\/+$/, '');
	if (!url || !origin) return null;
	let host: string;
	try {
		host = new URL(origin).hostname;
	} catch {
		return null;
	}
	return { url, origin, from: env.SMTP_FROM?.trim() || `Rewire <no-reply@${host}>` };
}

export interface Message {
	to: string;
	subject: string;
	text: string;
}

const transports = new Map<string, Transporter>();

export async function sendMail(settings: MailSettings, message: Message): Promise<void> {
	let transport = transports.get(settings.url);
	if (!transport) {
		transport = nodemailer.createTransport(settings.url);
		transports.set(settings.url, transport);
	}
	await transport.sendMail({ from: settings.from, ...message });
}
