/**
 * Where people report a mistake in a lesson or an accessibility problem: CONTACT_EMAIL, or
 * nothing (the pages then point to the project's public issue tracker only). A value that is not
 * an email address stops start-up with the reason, rather than printing it on every page.
 */
export function loadContactEmail(value = process.env.CONTACT_EMAIL): string | null {
	const email = value?.trim();
	if (!email) return null;
	if (!/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email)) {
		throw new Error(`CONTACT_EMAIL ${JSON.stringify(email)} is not an email address`);
	}
	return email;
}

let configured: string | null | undefined;

/** This deployment's contact address, read once per process. */
export function contactEmail(): string | null {
	if (configured === undefined) configured = loadContactEmail();
	return configured;
}
