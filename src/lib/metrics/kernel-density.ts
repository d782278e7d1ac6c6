import { deviation, quantile } from 'd3';
import { measure, profileOf, withData, type Measured } from './measured';

export interface KernelDensity<T> {
	/** Silverman's rule-of-thumb bandwidth h. */
	bandwidth: number;
	/** The estimate f̂(x) on an even grid over [min − 3h, max + 3h], starting no lower than `lower` when given. */
	grid: { x: number; density: number }[];
	/** The bound the estimate was reflected at (Schuster 1985), or null for the plain estimate. */
	lower: number | null;
	/** The provinces with a value (the estimate's sample), in input order, with their value x. */
	points: { x: number; datum: T }[];
}

/**
 * Silverman's (1986, eq. 3.31) rule of thumb h = 0.9 · min(sd, IQR/1.34) · n^(−1/5), sd with divisor n − 1
 * and the IQR from d3.quantile (R's type 7). Where the IQR is 0 but sd is not (over half the values tied),
 * sd alone is used, as R's bw.nrd0 does, so h is 0 only when every value is the same.
 */
export function silvermanBandwidth(values: readonly number[]): number {
	const sd = deviation(values) ?? 0;
	const iqr = (quantile(values, 0.75) ?? 0) - (quantile(values, 0.25) ?? 0);
	const spread = Math.min(sd, iqr / 1.34) || sd;
	return 0.9 * spread * values.length ** -0.2;
}

/**
 * Gaussian kernel density estimate f̂(x) = (1/(n h)) Σ φ((x − x_i)/h) with Silverman's bandwidth, evaluated at
 * `gridSize` evenly spaced points (default 100, at least 2) from min − 3h to max + 3h.
 *
 * With `lower` (a bound no value can be below, such as 0 for a count or a length) and every value at or above
 * it, the estimate is reflected at the bound (Schuster 1985): f̂(x) = (1/(n h)) Σ [φ((x − x_i)/h) +
 * φ((x + x_i − 2·lower)/h)] for x ≥ lower, and the grid starts at max(lower, min − 3h). The curve then has no
 * point below the bound and still integrates to 1. A value below `lower` makes the bound void (plain estimate).
 *
 * Not reported (see measured.ts) for fewer than 3 provinces or when every value is the same (h = 0).
 * Any real value is fine otherwise.
 */
export function kernelDensity<T>(
	data: Iterable<T>,
	valueof: (d: T) => number | null | undefined,
	options: { gridSize?: number; lower?: number } = {}
): Measured<KernelDensity<T>> {
	const points = withData(data, valueof).map(({ datum, value }) => ({ x: value, datum }));
	const xs = points.map((p) => p.x);
	const min = Math.min(...xs);
	const max = Math.max(...xs);
	const profile = { ...profileOf(xs), varies: min < max };
	return measure(profile, 'real', () => {
		const h = silvermanBandwidth(xs);
		const size = Math.max(2, Math.floor(options.gridSize ?? 100));
		const lower = options.lower != null && min >= options.lower ? options.lower : null;
		const lo = lower == null ? min - 3 * h : Math.max(lower, min - 3 * h);
		const step = (max + 3 * h - lo) / (size - 1);
		const norm = 1 / (xs.length * h * Math.sqrt(2 * Math.PI));
		const phi = (u: number) => Math.exp(-0.5 * u * u);
		const grid = Array.from({ length: size }, (_, k) => {
			const x = lo + k * step;
			const density =
				norm *
				xs.reduce((s, xi) => s + phi((x - xi) / h) + (lower == null ? 0 : phi((x + xi - 2 * lower) / h)), 0);
			return { x, density };
		});
		return { bandwidth: h, grid, points, lower };
	});
}
