import { describe, expect, it } from 'vitest';
import { isFallingBehind } from './rules';

const NOW = new Date('2026-06-15T12:00:00Z');
const ago = (days: number, hours = 0) => new Date(NOW.getTime() - (days * 24 + hours) * 3_600_000);

describe('isFallingBehind', () => {
	it.each([
		{ name: 'nothing assigned, never active', assigned: [], active: null, behind: false },
		{ name: 'nothing assigned, long quiet', assigned: [], active: ago(60), behind: false },
		{
			name: 'assigned a minute ago, never active',
			assigned: [ago(0, 0.02)],
			active: null,
			behind: false
		},
		{
			name: 'assigned 6 days 23 h ago, never active',
			assigned: [ago(6, 23)],
			active: null,
			behind: false
		},
		{ name: 'assigned 7 days ago, never active', assigned: [ago(7)], active: null, behind: true },
		{
			name: 'assigned 30 days ago, active 6 days 23 h ago',
			assigned: [ago(30)],
			active: ago(6, 23),
			behind: false
		},
		{
			name: 'assigned 30 days ago, active 7 days ago',
			assigned: [ago(30)],
			active: ago(7),
			behind: true
		},
		{
			name: 'quiet for 60 days, then assigned today',
			assigned: [ago(0, 1)],
			active: ago(60),
			behind: false
		},
		{
			name: 'an old open assignment is not reset by a new one',
			assigned: [ago(0, 1), ago(8)],
			active: null,
			behind: true
		},
		{
			name: 'activity today resets an old assignment',
			assigned: [ago(40)],
			active: ago(0, 2),
			behind: false
		}
	])('$name', ({ assigned, active, behind }) => {
		expect(isFallingBehind(assigned, active, NOW)).toBe(behind);
	});
});
