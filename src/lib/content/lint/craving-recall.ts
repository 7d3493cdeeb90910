/**
 * Rule `craving-recall` (CONTENT.md, "Safety content every deployment shows"): a prompt that asks a
 * learner to recall craving moments says first that it may stir cravings, that skipping is fine,
 * and where help is.
 *
 * A `<Reflection>` or `<TryThis>` is a craving-recall prompt when it is flagged with the comment
 * `<!-- craving-recall -->` just before it, or when its words ask the learner to think back to an
 * urge or a craving (then it must be flagged, so the next author sees why the preface is there).
 * A flagged prompt needs a preface, in the text just before it or at the start of the activity,
 * that names cravings, says it can be skipped and points to help.
 */
import { findElements, lineAt } from './markdown';
import type { LintContext, LintProblem } from './types';

const FLAG = /<!--\s*craving-recall\s*-->\s*$/;
/** "Think of a time … urge", "write down any moment you felt a pull toward using", … */
const RECALL =
	/\b(?:think (?:of|back|about)|remember|recall|write down|look back)\b[^.?!]*?\b(?:urges?|crav\w*|pull toward using)\b/i;
/** How far before a prompt its preface may start: about one short paragraph. */
const PREFACE_CHARS = 400;

export function prefaceProblem(preface: string): string | null {
	const missing = [
		/crav/i.test(preface) ? null : 'that it may stir up cravings',
		/\bskip/i.test(preface) ? null : 'that it is fine to skip',
		/get help now|help line|helpline|\b988\b|\(\/help\)/i.test(preface) ? null : 'where help is'
	].filter((m): m is string => m !== null);
	return missing.length ? missing.join(', ') : null;
}

export function cravingRecall({ docs }: LintContext): LintProblem[] {
	return docs.flatMap((doc) => {
		const prompts = [
			...findElements(doc.masked, 'Reflection', 'prompt').map((e) => ({
				...e,
				name: 'Reflection'
			})),
			...findElements(doc.masked, 'TryThis', 'title').map((e) => ({ ...e, name: 'TryThis' }))
		];
		return prompts.flatMap(({ offset, value, inner, name }) => {
			const before = doc.raw.slice(Math.max(0, offset - PREFACE_CHARS), offset);
			const flagged = FLAG.test(before);
			const line = lineAt(doc.raw, offset);
			if (!flagged) {
				if (!RECALL.test(`${value ?? ''}\n${inner}`)) return [];
				return [
					{
						file: doc.file,
						line,
						rule: 'craving-recall' as const,
						message: `this <${name}> asks the learner to recall a craving: put <!-- craving-recall --> just before it, and a preface`
					}
				];
			}
			// The preface is the prose just before the flag, or the start of the activity itself.
			const preface = `${before.replace(FLAG, '')}\n${inner.slice(0, PREFACE_CHARS)}`;
			const missing = prefaceProblem(preface);
			if (!missing) return [];
			return [
				{
					file: doc.file,
					line,
					rule: 'craving-recall' as const,
					message: `a craving-recall <${name}> needs a preface first saying ${missing}`
				}
			];
		});
	});
}
