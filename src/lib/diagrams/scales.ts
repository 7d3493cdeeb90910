/**
 * The straight, log and square-root maps the diagrams draw with. d3's scaleLinear, scaleLog and
 * scaleSqrt compute the same values (the tests compare them), but each brings d3-interpolate,
 * d3-color and d3-format into the page, about 10 KB gzip measured by bench/js-per-page.ts, for
 * what is one line of maths here. Like d3's defaults, values outside the domain are not clamped.
 */
export type Scale = (value: number) => number;

type Pair = readonly [number, number];

function through(transform: (v: number) => number, [d0, d1]: Pair, [r0, r1]: Pair): Scale {
	const t0 = transform(d0);
	const span = transform(d1) - t0;
	// A collapsed domain maps everything to the middle of the range, as d3 does.
	if (span === 0) return () => (r0 + r1) / 2;
	return (value) => r0 + ((transform(value) - t0) / span) * (r1 - r0);
}

export const linearScale = (domain: Pair, range: Pair): Scale => through((v) => v, domain, range);

/** For positive domains only (odds ratios). */
export const logScale = (domain: Pair, range: Pair): Scale => through(Math.log, domain, range);

export const sqrtScale = (domain: Pair, range: Pair): Scale =>
	through((v) => Math.sign(v) * Math.sqrt(Math.abs(v)), domain, range);
