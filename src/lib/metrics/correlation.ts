import { measure, withData, type Measured } from './measured';
import { ols, type Point } from './ols';
import { pearson } from './pearson';
import { ranks } from './ranks';
import { correlationPValue } from './t-test';

export interface Correlation {
	/** Provinces with both values. */
	n: number;
	pearson_r: number;
	/** Pearson r of the ranks (ties averaged). */
	spearman_rho: number;
	/** Two-sided p-value of Pearson r: t = r·√((n−2)/(1−r²)), Student's t with n−2 df (0 when |r| = 1). */
	p_value: number;
	/** OLS of y on x: y = intercept + slope·x. */
	slope: number;
	intercept: number;
}

/**
 * How x and y go together over the data items with both values (a value is as in withData: null,
 * undefined, NaN and ±Infinity are none): Pearson r with its p-value, Spearman ρ and the OLS line.
 *
 * Not reported (see measured.ts) for fewer than 3 items with both values, or when x or y does not vary.
 */
export function correlation<T>(
	data: Iterable<T>,
	x: (d: T) => number | null | undefined,
	y: (d: T) => number | null | undefined
): Measured<Correlation> {
	const withX = withData(data, x);
	const points: Point[] = withData(withX, (d) => y(d.datum)).map((d) => ({ x: d.datum.value, y: d.value }));
	const first = points[0];
	const varies =
		first !== undefined && points.some((p) => p.x !== first.x) && points.some((p) => p.y !== first.y);
	const profile = { provinces: points.length, negative: 0, zero: 0, varies };
	return measure(profile, 'real', () => {
		const r = pearson(points);
		const xr = ranks(points.map((p) => p.x));
		const yr = ranks(points.map((p) => p.y));
		return {
			n: points.length,
			pearson_r: r,
			spearman_rho: pearson(xr.map((rx, i) => ({ x: rx, y: yr[i] as number }))),
			p_value: correlationPValue(r, points.length),
			...ols(points)
		};
	});
}
