import { describe, expect, it } from 'vitest';
import { assignedByLabel } from './due';

describe('assignedByLabel', () => {
	it.each([
		[{ counselorName: 'Dana', dueDate: '2026-12-01' }, 'Assigned by Dana, due Dec 1, 2026'],
		[{ counselorName: 'Dana', dueDate: null }, 'Assigned by Dana']
	])('%j → %s', (assignment, label) => {
		expect(assignedByLabel(assignment)).toBe(label);
	});
});
