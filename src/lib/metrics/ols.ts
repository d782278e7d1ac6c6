/** A point of a scatter. */
export interface Point {
	x: number;
	y: number;
}

/** A fitted line y = intercept + slope·x. */
export interface Line {
	slope: number;
	intercept: number;
}

/**
 * The ordinary least-squares line of y on x: slope = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)², intercept = ȳ − slope·x̄.
 * NaN for fewer than 2 points or when every x is equal (no slope is defined); the caller checks that first.
 */
export function ols(points: readonly Point[]): Line {
	const { mx, my, sxx, sxy } = moments(points);
	const slope = sxy / sxx;
	return { slope, intercept: my - slope * mx };
}

/** Means and centred sums of squares and products, two-pass for accuracy. */
export function moments(points: readonly Point[]) {
	const n = points.length;
	let mx = 0;
	let my = 0;
	for (const p of points) {
		mx += p.x;
		my += p.y;
	}
	mx /= n;
	my /= n;
	let sxx = 0;
	let syy = 0;
	let sxy = 0;
	for (const p of points) {
		const dx = p.x - mx;
		const dy = p.y - my;
		sxx += dx * dx;
		syy += dy * dy;
		sxy += dx * dy;
	}
	return { n, mx, my, sxx, syy, sxy };
}
