import { describe, expect, it } from 'vitest';
import { resetMessage } from './reset-mail';

describe('resetMessage', () => {
	const message = resetMessage('sam@example.com', 'https://rewire.example.org', 'tok3n');

	it('carries the link to this site and says how long it works', () => {
		expect(message.to).toBe('sam@example.com');
		expect(message.text).toContain('https://rewire.example.org/reset/tok3n');
		expect(message.text).toContain('30 minutes');
	});

	// A shared phone shows the subject on its lock screen, and the body in a preview.
	it.each(['drug', 'opioid', 'heroin', 'recovery', 'addiction', 'counsel', 'treatment', 'clinic'])(
		'never mentions %s',
		(word) => {
			expect(message.subject.toLowerCase()).not.toContain(word);
			expect(message.text.toLowerCase()).not.toContain(word);
		}
	);
});
