import { describe, expect, it } from 'vitest';
import { pathForLog } from './log-path';

describe('pathForLog', () => {
	it.each([
		['/invite/abc123secret', '/invite/…'],
		['/invite/abc123secret/__data.json', '/invite/…/__data.json'],
		['/invite', '/invite'],
		['/reset/abc123secret', '/reset/…'],
		['/reset/abc123secret/__data.json', '/reset/…/__data.json'],
		['/learn/reward-system/what-reward-is', '/learn/reward-system/what-reward-is'],
		['/counselor/clients/u1', '/counselor/clients/u1']
	])('%s → %s', (path, logged) => expect(pathForLog(path)).toBe(logged));
});
