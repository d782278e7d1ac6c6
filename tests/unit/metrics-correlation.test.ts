// Ranks, Pearson r with its p-value, Spearman ρ and the OLS line: the reference functions on hand-worked
// examples and, on the real data, against DuckDB's own corr(), regr_slope() and regr_intercept().
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correlation, type Correlation } from '$lib/metrics/correlation';
import type { Measured } from '$lib/metrics/measured';
import { ols } from '$lib/metrics/ols';
import { ranks } from '$lib/metrics/ranks';
import { correlationPValue } from '$lib/metrics/t-test';
import type { NodeDatabase } from '$lib/db/node';
import { realDatabase } from './support/real-data';

const value = <V>(m: Measured<V>): V => {
	if (!m.ok) throw new Error(`not measured: ${m.reason}`);
	return m.value;
};
type Pair = { x: number | null | undefined; y: number | null | undefined };
const correlate = (pairs: Pair[]) =>
	correlation(
		pairs,
		(d) => d.x,
		(d) => d.y
	);
const pairsOf = (xs: number[], ys: number[]): Pair[] => xs.map((x, i) => ({ x, y: ys[i] }));

describe('ranks(values)', () => {
	it('gives tied values the average of the ranks they span: [10, 20, 20, 30] → [1, 2.5, 2.5, 4]', () => {
		expect(ranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
	});

	it('keeps the input order: [3, 1, 4, 1, 5] → [3, 1.5, 4, 1.5, 5]', () => {
		expect(ranks([3, 1, 4, 1, 5])).toEqual([3, 1.5, 4, 1.5, 5]);
	});

	it('ranks a run of three ties at the top as (3 + 4 + 5)/3 = 4, and negative values below zero', () => {
		expect(ranks([7, -2, 7, 0, 7])).toEqual([4, 1, 4, 2, 4]);
	});

	it('gives every value rank (n + 1)/2 when all are equal, and nothing for no values', () => {
		expect(ranks([5, 5, 5, 5])).toEqual([2.5, 2.5, 2.5, 2.5]);
		expect(ranks([])).toEqual([]);
	});
});

describe('ols(points)', () => {
	it('fits y = 0.5 + 0.8x through (1,1), (2,3), (3,2), (4,4): Σdxdy 4 / Σdx² 5', () => {
		const line = ols(pairsOf([1, 2, 3, 4], [1, 3, 2, 4]) as { x: number; y: number }[]);
		expect(line.slope).toBeCloseTo(0.8, 15);
		expect(line.intercept).toBeCloseTo(0.5, 15);
	});
});

describe('correlationPValue(r, n)', () => {
	it('is 1 − |r| for n = 4 (Student t with 2 df: P(|T| > t) = 1 − t/√(2 + t²), and t/√(2 + t²) = |r|)', () => {
		for (const r of [0.1, 0.5, -0.8, 0.99]) expect(correlationPValue(r, 4)).toBeCloseTo(1 - Math.abs(r), 14);
	});

	it('is 1 − (2/π)·atan|t| for n = 3 (Student t with 1 df is Cauchy)', () => {
		const r = 0.6;
		const t = r * Math.sqrt(1 / (1 - r * r)); // 0.75
		expect(correlationPValue(r, 3)).toBeCloseTo(1 - (2 / Math.PI) * Math.atan(t), 14);
	});

	it('is 1 for r = 0, 0 for |r| = 1, and NaN without degrees of freedom (n < 3)', () => {
		expect(correlationPValue(0, 31)).toBe(1);
		expect(correlationPValue(1, 31)).toBe(0);
		expect(correlationPValue(-1, 5)).toBe(0);
		expect(correlationPValue(0.5, 2)).toBeNaN();
	});
});

describe('correlation(data, x, y) on hand examples', () => {
	it('gives a perfect line r = ρ = 1, p = 0 and its slope and intercept', () => {
		const c = value(correlate(pairsOf([1, 2, 3, 4, 5], [5, 7, 9, 11, 13])));
		expect(c).toEqual({ n: 5, pearson_r: 1, spearman_rho: 1, p_value: 0, slope: 2, intercept: 3 });
	});

	it('gives a falling line r = ρ = −1', () => {
		const c = value(correlate(pairsOf([1, 2, 3], [3, 2, 1])));
		expect(c.pearson_r).toBe(-1);
		expect(c.spearman_rho).toBe(-1);
		expect(c.slope).toBeCloseTo(-1, 15);
	});

	it('works (1,1), (2,3), (3,2), (4,4) by hand: r = 4/√(5·5) = 0.8, ρ = 0.8, p = 1 − 0.8 = 0.2', () => {
		// x̄ = ȳ = 2.5; dx = dy-ranks = −1.5, −0.5, 0.5, 1.5 and dy = −1.5, 0.5, −0.5, 1.5;
		// Σdx² = Σdy² = 5, Σdxdy = 2.25 − 0.25 − 0.25 + 2.25 = 4. The values are their own ranks.
		const c = value(correlate(pairsOf([1, 2, 3, 4], [1, 3, 2, 4])));
		expect(c.n).toBe(4);
		expect(c.pearson_r).toBeCloseTo(0.8, 15);
		expect(c.spearman_rho).toBeCloseTo(0.8, 15);
		expect(c.p_value).toBeCloseTo(0.2, 14);
		expect(c.slope).toBeCloseTo(0.8, 15);
		expect(c.intercept).toBeCloseTo(0.5, 15);
	});

	it('gives ρ from average ranks where values tie: y = 1, 2, 2, 3 against x = 1, 2, 3, 4 → ρ = 4.5/√(5·4.5)', () => {
		// ranks of y: 1, 2.5, 2.5, 4 (dy −1.5, 0, 0, 1.5: Σdy² = 4.5); Σdx·dy = 2.25 + 2.25 = 4.5.
		const c = value(correlate(pairsOf([1, 2, 3, 4], [1, 2, 2, 3])));
		expect(c.spearman_rho).toBeCloseTo(4.5 / Math.sqrt(5 * 4.5), 15);
	});

	it('counts only the items with both values: null, undefined, NaN and ±Infinity are no value', () => {
		const pairs = [
			...pairsOf([1, 2, 3, 4], [1, 3, 2, 4]),
			{ x: null, y: 9 },
			{ x: 9, y: undefined },
			{ x: NaN, y: 1 },
			{ x: 2, y: Infinity },
			{ x: -Infinity, y: 0 }
		];
		expect(value(correlate(pairs)).n).toBe(4);
		expect(value(correlate(pairs)).pearson_r).toBeCloseTo(0.8, 15);
	});

	it('keeps zero and negative values: x = −1, 0, 1 against y = 0, −2, −4 is a line of slope −2', () => {
		const c = value(correlate(pairsOf([-1, 0, 1], [0, -2, -4])));
		expect(c.pearson_r).toBe(-1);
		expect(c.slope).toBeCloseTo(-2, 15);
		expect(c.intercept).toBeCloseTo(-2, 15);
	});

	it('is not reported for fewer than 3 pairs (too_few_provinces) or when x or y does not vary (no_variation)', () => {
		expect(correlate(pairsOf([1, 2], [3, 4]))).toEqual({
			ok: false,
			reason: 'too_few_provinces',
			provinces: 2
		});
		expect(correlate([])).toEqual({ ok: false, reason: 'too_few_provinces', provinces: 0 });
		expect(correlate(pairsOf([1, 1, 1], [1, 2, 3]))).toEqual({
			ok: false,
			reason: 'no_variation',
			provinces: 3
		});
		expect(correlate(pairsOf([1, 2, 3], [4, 4, 4]))).toEqual({
			ok: false,
			reason: 'no_variation',
			provinces: 3
		});
	});
});

/** Student's t density with ν degrees of freedom, ν odd: Γ((ν+1)/2)/(√(νπ) Γ(ν/2)) (1 + s²/ν)^−(ν+1)/2. */
function tDensity(nu: number): (s: number) => number {
	// Γ((ν+1)/2) = ((ν−1)/2)!, Γ(ν/2) = √π·½·(3/2)·…·((ν−2)/2) for odd ν.
	let ratio = 1 / Math.sqrt(Math.PI);
	for (let k = 1; k <= (nu - 1) / 2; k++) ratio *= k / (k - 0.5);
	const c = ratio / Math.sqrt(nu * Math.PI);
	return (s) => c * Math.pow(1 + (s * s) / nu, -(nu + 1) / 2);
}

/** Simpson's rule for ∫_a^b f, 2k intervals. */
function simpson(f: (s: number) => number, a: number, b: number, k: number): number {
	const h = (b - a) / (2 * k);
	let sum = f(a) + f(b);
	for (let i = 1; i < 2 * k; i++) sum += (i % 2 ? 4 : 2) * f(a + i * h);
	return (sum * h) / 3;
}

describe('correlation on the real data: digital-finance index against online government service, 2019', () => {
	let db: NodeDatabase;
	beforeAll(async () => {
		db = await realDatabase();
	});
	afterAll(() => db.close());

	const X = 'pku_dfiic_index_aggregate';
	const Y = 'cps_online_service_index';
	// The 31 provinces with both values; average ranks (rank() + (ties − 1)/2) for Spearman, as rankdata.
	const SQL = `
WITH pairs AS (
  SELECT a.adcode, a.value AS x, b.value AS y
  FROM observations a
  JOIN observations b ON b.adcode = a.adcode AND b.year = a.year
  JOIN provinces p ON p.adcode = a.adcode
  WHERE a.indicator = ? AND b.indicator = ? AND a.year = ? AND a.value IS NOT NULL AND b.value IS NOT NULL
), ranked AS (
  SELECT x, y,
         rank() OVER (ORDER BY x) + (count(*) OVER (PARTITION BY x) - 1) / 2.0 AS rx,
         rank() OVER (ORDER BY y) + (count(*) OVER (PARTITION BY y) - 1) / 2.0 AS ry
  FROM pairs
)
SELECT count(*)::INTEGER AS n, corr(y, x) AS r, corr(ry, rx) AS rho,
       regr_slope(y, x) AS slope, regr_intercept(y, x) AS intercept
FROM ranked`;

	let reference: Correlation;
	let sql: { n: number; r: number; rho: number; slope: number; intercept: number };
	beforeAll(async () => {
		const rows = await db.query<{ adcode: number; x: number | null; y: number | null }>(
			`SELECT p.adcode, a.value AS x, b.value AS y FROM provinces p
			 LEFT JOIN observations a ON a.adcode = p.adcode AND a.indicator = ? AND a.year = ?
			 LEFT JOIN observations b ON b.adcode = p.adcode AND b.indicator = ? AND b.year = ?`,
			[X, 2019, Y, 2019]
		);
		reference = value(
			correlation(
				rows,
				(d) => d.x,
				(d) => d.y
			)
		);
		sql = (await db.query(SQL, [X, Y, 2019]))[0] as typeof sql;
	});

	it('has n = 31, r = 0.749084, ρ = 0.690865, p = 1.247405e-6, y = 36.6861 + 0.146531x', () => {
		// Hand-checked with scipy 1.17 (pearsonr, spearmanr, linregress) over data/observations.
		expect(reference.n).toBe(31);
		expect(reference.pearson_r).toBeCloseTo(0.749084, 6);
		expect(reference.spearman_rho).toBeCloseTo(0.690865, 6);
		expect(reference.p_value / 1e-6).toBeCloseTo(1.247405, 6);
		expect(reference.slope).toBeCloseTo(0.146531, 6);
		expect(reference.intercept).toBeCloseTo(36.6861, 4);
	});

	it('equals DuckDB corr(), regr_slope(), regr_intercept() and Spearman from SQL average ranks to 1e-12', () => {
		expect(sql.n).toBe(reference.n);
		expect(Math.abs(reference.pearson_r - sql.r)).toBeLessThan(1e-12);
		expect(Math.abs(reference.spearman_rho - sql.rho)).toBeLessThan(1e-12);
		expect(Math.abs(reference.slope - sql.slope)).toBeLessThan(1e-12);
		expect(Math.abs(reference.intercept - sql.intercept)).toBeLessThan(1e-12);
	});

	it('has the p-value of t = r√(29/(1 − r²)) = 6.0892: below 0.001 (table value 3.659 at 29 df) and equal to a Simpson integral of the t density', () => {
		const t = reference.pearson_r * Math.sqrt(29 / (1 - reference.pearson_r ** 2));
		expect(t).toBeCloseTo(6.0892, 4);
		expect(t).toBeGreaterThan(3.659);
		expect(reference.p_value).toBeLessThan(0.001);
		// 2·∫_t^∞ f; the tail beyond 400 is below 400^−29 and is left out.
		const p = 2 * simpson(tDensity(29), t, 400, 200_000);
		expect(Math.abs(reference.p_value - p) / p).toBeLessThan(1e-9);
	});
});
