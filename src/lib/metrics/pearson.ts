import { moments, type Point } from './ols';

/**
 * Pearson's r = Σ(x−x̄)(y−ȳ) / √(Σ(x−x̄)² Σ(y−ȳ)²), kept within [−1, 1] against rounding.
 * NaN for fewer than 2 points or when x or y does not vary; the caller checks that first.
 */
export function pearson(points: readonly Point[]): number {
	const { sxx, syy, sxy } = moments(points);
	const r = sxy / Math.sqrt(sxx * syy);
	return Math.max(-1, Math.min(1, r));
}
