/**
 * Word-wraps a label into lines for <tspan>s, so a learner's own words are drawn in full rather
 * than cut with an ellipsis. A word longer than a line is split, never dropped.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
	const width = Math.max(1, Math.floor(maxChars));
	const lines: string[] = [];
	let line = '';
	for (const word of text.trim().split(/\s+/).filter(Boolean)) {
		const chars = [...word];
		if (line && [...line].length + 1 + chars.length <= width) {
			line = `${line} ${word}`;
			continue;
		}
		if (line) lines.push(line);
		// A word too long for one line is split across lines.
		while (chars.length > width) lines.push(chars.splice(0, width).join(''));
		line = chars.join('');
	}
	if (line) lines.push(line);
	return lines;
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The box a centred, wrapped label takes when its first line's middle is at (cx, top). */
export function labelBox(
	lines: string[],
	cx: number,
	top: number,
	charWidth: number,
	lineHeight: number
): Box {
	const longest = Math.max(0, ...lines.map((l) => [...l].length));
	const width = longest * charWidth;
	return { x: cx - width / 2, y: top, width, height: lines.length * lineHeight };
}

export function boxesOverlap(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The pieces of a vertical reference line at `x`, from `y1` down to `y2`, with a gap wherever it
 * would cross a box of text, so the line never strikes through a word.
 */
export function lineSegments(
	x: number,
	y1: number,
	y2: number,
	boxes: Box[],
	gap = 3
): { y1: number; y2: number }[] {
	const hits = boxes
		.filter((b) => b.x - gap < x && x < b.x + b.width + gap)
		.map((b) => [b.y - gap, b.y + b.height + gap] as const)
		.sort((a, b) => a[0] - b[0]);
	const out: { y1: number; y2: number }[] = [];
	let from = y1;
	for (const [start, end] of hits) {
		if (start > from) out.push({ y1: from, y2: Math.min(start, y2) });
		from = Math.max(from, end);
		if (from >= y2) break;
	}
	if (from < y2) out.push({ y1: from, y2 });
	return out.filter((s) => s.y2 > s.y1);
}
