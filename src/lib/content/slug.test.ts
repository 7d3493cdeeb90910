import { describe, expect, it } from 'vitest';
import { headingId } from './slug';

describe('headingId', () => {
	// Expected ids are what github-slugger (rehype-slug, GitHub) gives for the same text.
	it.each([
		['What this course is', 'what-this-course-is'],
		['If today is hard', 'if-today-is-hard'],
		["What's dopamine for?", 'whats-dopamine-for'],
		['Fire together, wire together', 'fire-together-wire-together'],
		['Step 1: notice the cue', 'step-1-notice-the-cue'],
		['Mu-opioid receptors', 'mu-opioid-receptors'],
		['Before & after', 'before--after'],
		['D2/D3 receptors', 'd2d3-receptors'],
		['snake_case stays', 'snake_case-stays'],
		['Café crème', 'café-crème'],
		['  Padded  ', 'padded'],
		['Key ideas 🧠', 'key-ideas-']
	])('%j → %s', (text, id) => {
		expect(headingId(text)).toBe(id);
	});
});
