import type { Message } from '$lib/server/mail';

// The reset email. A shared phone shows the subject on its lock screen, so it names only the
// site and the password; the body says nothing about what the course is about either.

export function resetMessage(to: string, origin: string, token: string): Message {
	const link = `${origin}/reset/${token}`;
	return {
		to,
		subject: 'Your Rewire password',
		text: [
			'Hello,',
			'',
			'Someone asked to set a new password for the Rewire account that uses this email address.',
			'To choose a new password, open this link within 30 minutes:',
			'',
			link,
			'',
			'The link works once. Setting a new password signs the account out on every other device.',
			'',
			'If you did not ask for this, you can ignore this email: your password stays as it is.'
		].join('\n')
	};
}
