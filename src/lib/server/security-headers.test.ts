import { describe, expect, it } from 'vitest';
import { setSecurityHeaders } from './security-headers';

describe('setSecurityHeaders', () => {
	it.each([
		['https://rewire.example/me', true, 'max-age=31536000; includeSubDomains', 'private, no-store'],
		['https://rewire.example/learn', false, 'max-age=31536000; includeSubDomains', null],
		['http://127.0.0.1:4173/me', true, null, 'private, no-store'],
		['http://127.0.0.1:4173/', false, null, null]
	])('%s (personal: %s)', (url, personal, hsts, cache) => {
		const response = new Response('x');
		setSecurityHeaders(response, new URL(url), personal);
		expect(response.headers.get('strict-transport-security')).toBe(hsts);
		expect(response.headers.get('cache-control')).toBe(cache);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('same-origin');
		expect(response.headers.get('x-frame-options')).toBe('DENY');
	});
});
