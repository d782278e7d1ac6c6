// The composite index (equal, entropy and custom weights): the reference function on a hand-worked
// example and, on the real data, against the entropy method written out in DuckDB SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	compositeIndex,
	type CompositeComponent,
	type CompositeDefinition,
	type CompositeIndex,
	type CompositeObservation
} from '$lib/metrics/composite-index';
import { entropy, entropyWeights } from '$lib/metrics/entropy-weights';
import type { NodeDatabase } from '$lib/db/node';
import { realDatabase } from './support/real-data';

const index = (r: ReturnType<typeof compositeIndex>): CompositeIndex => {
	if (!r.ok) throw new Error(`no index: ${r.reason}`);
	return r.value;
};
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const component = (
	id: string,
	higher_is_better = true,
	weight: number | null = null
): CompositeComponent => ({
	id,
	higher_is_better,
	weight
});
/** Observations of one indicator in 2020, province i + 1 getting values[i]. */
const series = (indicator: string, values: (number | null)[], year = 2020): CompositeObservation[] =>
	values.map((value, i) => ({ indicator, year, adcode: i + 1, value }));

// The hand example: provinces 1, 2, 3; a = 1, 2, 4 (higher is better), b = 10, 20, 30 (lower is better).
//   z_a = (x − 1)/3 = 0, 1/3, 1;  Σz = 4/3, p = 0, 1/4, 3/4;
//   e_a = −(¼ ln ¼ + ¾ ln ¾)/ln 3 = (ln 4 − ¾ ln 3)/ln 3 = 2L − ¾, L = log₃ 2 = ln 2/ln 3;
//   z_b = (30 − x)/20 = 1, ½, 0;  Σz = 3/2, p = ⅔, ⅓, 0;
//   e_b = −(⅔ ln ⅔ + ⅓ ln ⅓)/ln 3 = 1 − ⅔L;
//   d_a = 1.75 − 2L = 0.488140, d_b = ⅔L = 0.420620; w_a = d_a/(d_a + d_b) = 0.537150, w_b = 0.462850;
//   index = 100(w_a z_a + w_b z_b) = 100 w_b, 100(w_a/3 + w_b/2), 100 w_a = 46.2850, 41.0475, 53.7150.
const L = Math.log(2) / Math.log(3);
const handObservations = [...series('a', [1, 2, 4]), ...series('b', [10, 20, 30])];
const hand = (
	method: CompositeDefinition['method'],
	weights: [number | null, number | null] = [null, null]
) =>
	compositeIndex(handObservations, {
		method,
		components: [component('a', true, weights[0]), component('b', false, weights[1])]
	});

describe('entropy(z) and entropyWeights(columns)', () => {
	it('gives e = 1 for equal values and 0·ln 0 = 0 for zeros: [0, 1] over n = 2 has e = 0', () => {
		expect(entropy([2, 2, 2])).toBeCloseTo(1, 15);
		expect(entropy([0, 1])).toBe(0);
		expect(entropy([0, 1 / 3, 1])).toBeCloseTo(2 * L - 0.75, 15);
	});

	it('weighs the components by d = 1 − e, scaled to sum to 1', () => {
		const w = entropyWeights([
			[0, 1 / 3, 1],
			[1, 0.5, 0]
		]);
		expect(w.map((c) => c.divergence)).toEqual([
			expect.closeTo(1.75 - 2 * L, 15),
			expect.closeTo((2 / 3) * L, 15)
		]);
		expect(w[0]?.weight).toBeCloseTo(0.53715, 5);
		expect(sum(w.map((c) => c.weight))).toBeCloseTo(1, 15);
	});
});

describe('compositeIndex(observations, definition) on the hand example', () => {
	it('works the entropy method out as in the comment: e, d, w and the index of each province', () => {
		const c = index(hand('entropy'));
		expect(c.pool).toBe(3);
		const [a, b] = c.weights;
		expect(a).toMatchObject({ id: 'a', higher_is_better: true, min: 1, max: 4 });
		expect(b).toMatchObject({ id: 'b', higher_is_better: false, min: 10, max: 30 });
		expect(a?.entropy).toBeCloseTo(2 * L - 0.75, 15);
		expect(b?.entropy).toBeCloseTo(1 - (2 / 3) * L, 15);
		expect(a?.divergence).toBeCloseTo(0.488140492857085, 15);
		expect(b?.divergence).toBeCloseTo(0.420619835714305, 15);
		expect(a?.weight).toBeCloseTo(0.537149870554388, 15);
		expect(b?.weight).toBeCloseTo(0.462850129445612, 15);
		expect(c.values.map((v) => v.adcode)).toEqual([1, 2, 3]);
		expect(c.values.map((v) => v.value)).toEqual([
			expect.closeTo(46.2850129445612, 12),
			expect.closeTo(41.0475021574269, 12),
			expect.closeTo(53.7149870554388, 12)
		]);
	});

	it('reverses a lower-is-better component: the lowest b (10) scores z = 1, the highest (30) z = 0', () => {
		const c = index(hand('equal'));
		expect(c.values.map((v) => v.contributions[1])).toEqual([50, 25, 0]);
		const flipped = index(
			compositeIndex(handObservations, { method: 'equal', components: [component('a'), component('b')] })
		);
		expect(flipped.values.map((v) => v.contributions[1])).toEqual([0, 25, 50]);
	});

	it('gives equal weights 1/m and the index 50·(z_a + z_b): 50, 41.667, 50', () => {
		const c = index(hand('equal'));
		expect(c.weights.map((w) => w.weight)).toEqual([0.5, 0.5]);
		expect(c.values.map((v) => v.value)).toEqual([50, expect.closeTo(125 / 3, 13), 50]);
	});

	it('scales custom weights 3 and 1 to 0.75 and 0.25: the index is 75 z_a + 25 z_b = 25, 37.5, 75', () => {
		const c = index(hand('custom', [3, 1]));
		expect(c.weights.map((w) => w.weight)).toEqual([0.75, 0.25]);
		expect(c.values.map((v) => v.value)).toEqual([25, 37.5, 75]);
	});

	it('states the entropy and divergence of the data whatever the method', () => {
		for (const c of [index(hand('equal')), index(hand('custom', [3, 1]))]) {
			expect(c.weights[0]?.entropy).toBeCloseTo(2 * L - 0.75, 15);
			expect(c.weights[1]?.divergence).toBeCloseTo((2 / 3) * L, 15);
		}
	});

	it('has weights that sum to 1 and contributions that sum to each value, for every method', () => {
		for (const c of [index(hand('entropy')), index(hand('equal')), index(hand('custom', [0.5, 0.3]))]) {
			expect(sum(c.weights.map((w) => w.weight))).toBeCloseTo(1, 15);
			for (const v of c.values) expect(sum(v.contributions)).toBe(v.value);
		}
	});

	it('pools only the province-years where every component has a value, by year then adcode', () => {
		const observations = [
			...handObservations,
			...series('a', [5, 6, null, 8], 2019), // province 3 has no a in 2019 (null), province 4 no b at all
			...series('b', [15, NaN, 25], 2019), // province 2 has no b (NaN)
			{ indicator: 'other', year: 2020, adcode: 4, value: 1 }
		];
		const c = index(
			compositeIndex(observations, { method: 'entropy', components: [component('a'), component('b', false)] })
		);
		expect(c.pool).toBe(4);
		expect(c.values.map((v) => [v.year, v.adcode])).toEqual([
			[2019, 1],
			[2020, 1],
			[2020, 2],
			[2020, 3]
		]);
		expect(c.weights[0]).toMatchObject({ min: 1, max: 5 });
	});

	it('fails with empty_pool when no province-year has every component', () => {
		const observations = [...series('a', [1, 2, 3]), ...series('b', [1, 2, 3], 2019)];
		expect(
			compositeIndex(observations, { method: 'equal', components: [component('a'), component('b')] })
		).toEqual({ ok: false, reason: 'empty_pool' });
		expect(compositeIndex([], { method: 'entropy', components: [] })).toEqual({
			ok: false,
			reason: 'empty_pool'
		});
	});

	it('fails with single_value, naming the first component, for a pool of one province-year', () => {
		const observations = [...series('a', [1, 2]), ...series('b', [null, 5])];
		expect(
			compositeIndex(observations, { method: 'entropy', components: [component('a'), component('b')] })
		).toEqual({ ok: false, reason: 'single_value', component: 'a' });
	});

	it('fails with no_variation, naming the component that is constant over the pool', () => {
		const observations = [...series('a', [1, 2, 3]), ...series('b', [7, 7, 7, 9])];
		expect(
			compositeIndex(observations, { method: 'entropy', components: [component('a'), component('b')] })
		).toEqual({ ok: false, reason: 'no_variation', component: 'b' });
	});

	it('fails with invalid_weight, naming the component, for a custom weight that is not a positive number', () => {
		for (const bad of [null, 0, -1, NaN, Infinity]) {
			expect(hand('custom', [2, bad])).toEqual({ ok: false, reason: 'invalid_weight', component: 'b' });
		}
	});
});

describe('compositeIndex on the real data', () => {
	let db: NodeDatabase;
	let observations: CompositeObservation[];
	beforeAll(async () => {
		db = await realDatabase();
		observations = await db.query<CompositeObservation & Record<string, unknown>>(
			`SELECT o.indicator, o.year, o.adcode, o.value FROM observations o JOIN provinces p ON p.adcode = o.adcode`
		);
	});
	afterAll(() => db.close());

	const BREADTH = 'pku_dfiic_coverage_breadth';
	const DEPTH = 'pku_dfiic_usage_depth';
	const DIGITIZATION = 'pku_dfiic_digitization_level';
	// The entropy method in SQL, step by step over the pool of province-years with all three values.
	const ENTROPY_SQL = `
WITH x AS (
  SELECT o.indicator, o.year, o.adcode, o.value
  FROM observations o JOIN provinces p ON p.adcode = o.adcode
  WHERE o.indicator IN (?, ?, ?) AND o.value IS NOT NULL
), pool AS (
  SELECT year, adcode FROM x GROUP BY year, adcode HAVING count(DISTINCT indicator) = 3
), pooled AS (
  SELECT x.indicator, x.value,
         min(x.value) OVER (PARTITION BY x.indicator) AS lo,
         max(x.value) OVER (PARTITION BY x.indicator) AS hi,
         count(*) OVER (PARTITION BY x.indicator) AS n
  FROM x JOIN pool USING (year, adcode)
), z AS (
  SELECT indicator, n, lo, hi, (value - lo) / (hi - lo) AS z FROM pooled
), p AS (
  SELECT indicator, n, lo, hi, z / sum(z) OVER (PARTITION BY indicator) AS p FROM z
), e AS (
  SELECT indicator, any_value(n)::INTEGER AS n, any_value(lo) AS lo, any_value(hi) AS hi,
         -sum(CASE WHEN p > 0 THEN p * ln(p) ELSE 0 END) / ln(any_value(n)) AS e
  FROM p GROUP BY indicator
)
SELECT indicator, n, lo, hi, e, 1 - e AS d, (1 - e) / sum(1 - e) OVER () AS w FROM e`;

	it('gives coverage breadth, usage depth and digitization level (2011–2023, 31 provinces) entropy weights 0.399987, 0.339236, 0.260777', () => {
		// Hand-checked with numpy over data/observations/pku_dfiic.csv.
		const c = index(
			compositeIndex(observations, {
				method: 'entropy',
				components: [component(BREADTH), component(DEPTH), component(DIGITIZATION)]
			})
		);
		expect(c.pool).toBe(403);
		expect(c.values).toHaveLength(403);
		expect(c.weights.map((w) => w.weight)).toEqual([
			expect.closeTo(0.399987, 6),
			expect.closeTo(0.339236, 6),
			expect.closeTo(0.260777, 6)
		]);
		expect(c.weights.map((w) => w.entropy)).toEqual([
			expect.closeTo(0.976426, 6),
			expect.closeTo(0.980007, 6),
			expect.closeTo(0.984631, 6)
		]);
	});

	it('equals the entropy method written out in DuckDB SQL to 1e-12 (n, min, max, e, d, w)', async () => {
		const c = index(
			compositeIndex(observations, {
				method: 'entropy',
				components: [component(BREADTH), component(DEPTH), component(DIGITIZATION)]
			})
		);
		const sql = await db.query<{
			indicator: string;
			n: number;
			lo: number;
			hi: number;
			e: number;
			d: number;
			w: number;
		}>(ENTROPY_SQL, [BREADTH, DEPTH, DIGITIZATION]);
		expect(sql).toHaveLength(3);
		for (const w of c.weights) {
			const row = sql.find((r) => r.indicator === w.id);
			expect(row?.n).toBe(c.pool);
			expect(row?.lo).toBe(w.min);
			expect(row?.hi).toBe(w.max);
			expect(Math.abs((row?.e ?? NaN) - w.entropy)).toBeLessThan(1e-12);
			expect(Math.abs((row?.d ?? NaN) - w.divergence)).toBeLessThan(1e-12);
			expect(Math.abs((row?.w ?? NaN) - w.weight)).toBeLessThan(1e-12);
		}
	});

	it('pools 2013–2018 × 31 provinces = 186 rows for monetary funds (2013–2018 only) with payment', () => {
		const c = index(
			compositeIndex(observations, {
				method: 'entropy',
				components: [component('pku_dfiic_monetary_fund'), component('pku_dfiic_payment')]
			})
		);
		expect(c.pool).toBe(6 * 31);
		expect([...new Set(c.values.map((v) => v.year))]).toEqual([2013, 2014, 2015, 2016, 2017, 2018]);
		expect(new Set(c.values.map((v) => v.adcode)).size).toBe(31);
	});
});
