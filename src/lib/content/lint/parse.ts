import { splitFrontmatter, type SourceFile } from '../course';
import { headingId, headingTitle } from '../slug';
import { findElements, findHeadings, findLinks, maskSource } from './markdown';
import type { ParsedDoc } from './types';

/**
 * The line of a frontmatter field, e.g. `minutes` or `objectives.2` (the third list item).
 * Falls back to the field's own line, then to line 1, when the exact spot cannot be found.
 */
export function frontmatterLine(raw: string, field: string | undefined): number {
	if (!field) return 1;
	const [key, index] = field.split('.');
	const all = raw.split('\n');
	// Only the frontmatter block: a body line may look like `key:` or `- item` too.
	const close = all.findIndex((line, i) => i > 0 && /^---\s*$/.test(line));
	const lines = all.slice(0, close < 0 ? all.length : close);
	const keyAt = lines.findIndex((line, i) => i > 0 && line.startsWith(`${key}:`));
	if (keyAt < 0) return 1;
	const item = Number(index);
	if (index === undefined || !Number.isInteger(item)) return keyAt + 1;
	let seen = -1;
	for (let i = keyAt + 1; i < lines.length && /^(\s|-)/.test(lines[i] ?? ''); i++) {
		if (/^\s*- /.test(lines[i] ?? '') && ++seen === item) return i + 1;
	}
	return keyAt + 1;
}

/** The references a lesson lists, read leniently so the citation rules work even when another
 * frontmatter field is invalid (the frontmatter rule reports that one). */
function listedReferences(file: SourceFile): { key: string; line: number }[] {
	let data: unknown;
	try {
		data = splitFrontmatter(file.raw)?.data;
	} catch {
		return [];
	}
	const list = (data as { references?: unknown } | null | undefined)?.references;
	if (!Array.isArray(list)) return [];
	return list.flatMap((key, index) =>
		typeof key === 'string' ? [{ key, line: frontmatterLine(file.raw, `references.${index}`) }] : []
	);
}

/** `lessons/01-reward-system/02-what-opioids-do.md` → module and lesson slugs, numbers dropped. */
function place(path: string): { moduleSlug: string; slug: string | null } | null {
	const parts = path.split('/');
	if (parts.length !== 3 || parts[0] !== 'lessons' || !parts[2]?.endsWith('.md')) return null;
	const moduleSlug = (parts[1] ?? '').replace(/^\d+-/, '');
	if (parts[2] === 'module.md') return { moduleSlug, slug: null };
	return { moduleSlug, slug: parts[2].replace(/\.md$/, '').replace(/^\d+-/, '') };
}

/** Every module page and lesson under `lessons/`, with citations, terms, links and headings. */
export function parseDocs(files: SourceFile[]): ParsedDoc[] {
	const docs: ParsedDoc[] = [];
	for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
		const where = place(file.path);
		if (!where) continue;
		const masked = maskSource(file.raw);
		const headings = findHeadings(masked);
		docs.push({
			file: file.path,
			kind: where.slug === null ? 'module' : 'lesson',
			...where,
			raw: file.raw,
			masked,
			listed: where.slug === null ? [] : listedReferences(file),
			cites: findElements(masked, 'Cite', 'key'),
			terms: findElements(masked, 'Term', 'id'),
			links: findLinks(masked),
			headings,
			headingIds: new Set(headings.map((h) => headingId(headingTitle(h.text))))
		});
	}
	return docs;
}
