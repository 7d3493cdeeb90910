/**
 * Where to send someone after they sign up or log in. Only same-site paths are allowed, so a
 * crafted link cannot bounce a person to another site (open redirect).
 */
export function safeNext(next: string | null | undefined, fallback = '/learn'): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
		return fallback;
	}
	return next;
}
