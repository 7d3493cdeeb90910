import {
	symbol,
	symbolCircle,
	symbolCross,
	symbolSquare,
	symbolTriangle,
	type SymbolType
} from 'd3';
import type { SupportKind } from './supports';

/** Each kind has its own shape, so the picture never relies on colour alone. */
const SHAPES: Record<SupportKind, SymbolType> = {
	person: symbolCircle,
	group: symbolSquare,
	place: symbolTriangle,
	care: symbolCross
};

/** An SVG path for a kind's shape, centred on 0,0; `area` in square px. */
export function kindShape(kind: SupportKind, area = 320): string {
	return symbol(SHAPES[kind], area)() ?? '';
}
