/**
 * Keyboard movement for a diagram stepped one view at a time: arrow keys go back and on (kept in
 * range), Home and End jump to the ends; null for keys the diagram leaves alone.
 */
export function indexForKey(key: string, index: number, count: number): number | null {
	const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
	switch (key) {
		case 'ArrowLeft':
		case 'ArrowUp':
			return clamp(index - 1);
		case 'ArrowRight':
		case 'ArrowDown':
			return clamp(index + 1);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}
