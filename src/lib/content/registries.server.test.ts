import { describe, expect, it } from 'vitest';
import { glossary } from '$lessons/glossary';
import { references } from '$lessons/references';
import { lessonRegistries } from './registries.server';

describe('lessonRegistries', () => {
	it.each([
		{ terms: [], refs: [], glossaryKeys: [], referenceKeys: [] },
		{
			terms: ['dopamine'],
			refs: ['hebb1949'],
			glossaryKeys: ['dopamine'],
			referenceKeys: ['hebb1949']
		},
		{
			terms: ['tolerance', 'no-such-term'],
			refs: ['no-such-key', 'nida-dbb'],
			glossaryKeys: ['tolerance'],
			referenceKeys: ['nida-dbb']
		}
	])('picks $glossaryKeys and $referenceKeys', ({ terms, refs, glossaryKeys, referenceKeys }) => {
		const picked = lessonRegistries({ terms, references: refs });
		expect(Object.keys(picked.glossary)).toEqual(glossaryKeys);
		expect(Object.keys(picked.references)).toEqual(referenceKeys);
		for (const key of glossaryKeys) expect(picked.glossary[key]).toEqual(glossary[key]);
		for (const key of referenceKeys) {
			expect(picked.references[key]).toEqual(references[key as keyof typeof references]);
		}
	});
});
