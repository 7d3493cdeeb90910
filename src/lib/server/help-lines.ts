import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { HelpLines } from '$lib/help';

const phone = z
	.string()
	.trim()
	.regex(/^\+?[0-9][0-9 -]{1,20}$/, 'must be a phone number like 988 or 1-800-662-4357');

const helpLinesSchema: z.ZodType<HelpLines> = z.strictObject({
	region: z.string().trim().min(1),
	emergency: phone,
	lines: z
		.array(
			z.strictObject({
				name: z.string().trim().min(1),
				detail: z.string().trim().min(1),
				call: phone.optional(),
				text: phone.optional()
			})
		)
		.min(1)
});

/** The defaults from the content guide (United States). */
export const US_HELP_LINES: HelpLines = {
	region: 'United States',
	emergency: '911',
	lines: [
		{
			name: '988 Suicide & Crisis Lifeline',
			detail:
				'Call or text any time, day or night, if you are in crisis or thinking about suicide.',
			call: '988',
			text: '988'
		},
		{
			name: 'SAMHSA National Helpline',
			detail:
				'Free, confidential, 24/7 help finding treatment and support, in English and Spanish.',
			call: '1-800-662-4357'
		}
	]
};

/**
 * The help lines this deployment shows. HELP_LINES_FILE may name a JSON file with another
 * region's numbers; a bad file stops start-up with the reason rather than showing wrong numbers.
 */
export function loadHelpLines(file = process.env.HELP_LINES_FILE): HelpLines {
	if (!file) return US_HELP_LINES;
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(`HELP_LINES_FILE ${file} could not be read as JSON: ${error}`);
	}
	const result = helpLinesSchema.safeParse(data);
	if (!result.success) {
		const where = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
		throw new Error(`HELP_LINES_FILE ${file} is not valid: ${where}`);
	}
	return result.data;
}

let configured: HelpLines | undefined;

/** This deployment's help lines, read once per process (start-up, hooks and every page use them). */
export function configuredHelpLines(): HelpLines {
	return (configured ??= loadHelpLines());
}
