/**
 * Headers every response gets (the Content-Security-Policy comes from `kit.csp` in
 * svelte.config.js). Pages for a signed-in person hold their own health-related data, so no
 * browser or proxy may keep a copy (a shared phone, a clinic computer).
 */
export function setSecurityHeaders(response: Response, url: URL, personal: boolean): void {
	const headers = response.headers;
	headers.set('x-content-type-options', 'nosniff');
	headers.set('referrer-policy', 'same-origin');
	headers.set('x-frame-options', 'DENY');
	headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
	if (url.protocol === 'https:') {
		headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
	}
	if (personal) headers.set('cache-control', 'private, no-store');
}
