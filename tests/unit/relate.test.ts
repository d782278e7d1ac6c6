// The relate page's data and its pure helpers: the one query of both indicators (against the real data and
// DuckDB's own corr()), the years and scale it draws, the TypeScript path of the statistics, the marks, the
// scales, the words and the rows it downloads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node';
import { correlation } from '$lib/metrics/correlation';
import { queryIndicatorPairs, type IndicatorPair } from '$lib/queries/indicator-pairs';
import { nonPositive, relateYear, yearCorrelations } from '$lib/state/relate-data.svelte';
import { extremes, trails } from '$lib/charts/relate/scatter-marks';
import { axisScale, labelledTick } from '$lib/charts/relate/scatter-scale';
import {
	correlationFinding,
	correlationStatement,
	fitEquation,
	pValueText,
	strengthOf
} from '$lib/charts/relate/correlation-words';
import { correlationRows, scatterRows } from '$lib/charts/relate/relate-rows';
import { realDatabase } from './support/real-data';

const CPS = 'cps_online_service_index';
const AGGREGATE = 'pku_dfiic_index_aggregate';
const BREADTH = 'pku_dfiic_coverage_breadth';
const DEPTH = 'pku_dfiic_usage_depth';
const PAYMENT = 'pku_dfiic_payment';

let db: NodeDatabase;
beforeAll(async () => {
	db = await realDatabase();
});
afterAll(() => db.close());

const pairsOf = (x: string, y: string) => queryIndicatorPairs(db, { x, y, scheme: 'region4' });

/** A pair for the pure helpers: only year, adcode and the two values matter. */
const pair = (year: number, adcode: number, x: number, y: number): IndicatorPair => ({
	year,
	adcode,
	name_zh: String(adcode),
	name_en: String(adcode),
	region: 'east',
	x,
	y
});

describe('queryIndicatorPairs(db, { x, y, scheme })', () => {
	it('gives the 31 provinces of 2019 and Anhui alone in 2020 for the online-service index against the PKU aggregate', async () => {
		const pairs = await pairsOf(CPS, AGGREGATE);
		expect(pairs.filter((p) => p.year === 2019)).toHaveLength(31);
		expect(pairs.filter((p) => p.year === 2020).map((p) => [p.adcode, p.name_zh])).toEqual([
			[340000, '安徽']
		]);
		expect(new Set(pairs.map((p) => p.year))).toEqual(new Set([2019, 2020]));
		const beijing = pairs.find((p) => p.year === 2019 && p.adcode === 110000);
		expect(beijing).toMatchObject({ x: 91.33, y: 399.002577, region: 'east', name_en: 'Beijing' });
	});

	it('holds every province and year with both values, and no other (breadth and depth: 31 × 13)', async () => {
		const pairs = await pairsOf(BREADTH, DEPTH);
		expect(pairs).toHaveLength(31 * 13);
		expect(pairs.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
	});

	it('gives the region of the scheme asked for: Liaoning is northeast in region4, east in region3', async () => {
		const region3 = await queryIndicatorPairs(db, { x: BREADTH, y: DEPTH, scheme: 'region3' });
		expect(region3.find((p) => p.adcode === 210000)?.region).toBe('east');
		expect((await pairsOf(BREADTH, DEPTH)).find((p) => p.adcode === 210000)?.region).toBe('northeast');
	});
});

describe('yearCorrelations(pairs, years, log): the TypeScript path of the statistics', () => {
	it("equals DuckDB's corr() and regr_slope() over the same rows to 1e-12 in every year (breadth against depth)", async () => {
		const pairs = await pairsOf(BREADTH, DEPTH);
		const years = [...new Set(pairs.map((p) => p.year))];
		const sql = await db.query<{ year: number; r: number; slope: number; intercept: number }>(
			`SELECT a.year::INTEGER AS year, corr(b.value, a.value) AS r, regr_slope(b.value, a.value) AS slope,
			        regr_intercept(b.value, a.value) AS intercept
			 FROM observations a JOIN observations b ON b.adcode = a.adcode AND b.year = a.year AND b.indicator = ?
			 WHERE a.indicator = ? GROUP BY a.year ORDER BY a.year`,
			[DEPTH, BREADTH]
		);
		const ts = yearCorrelations(pairs, years, false);
		expect(ts.map((m) => m.year)).toEqual(sql.map((r) => r.year));
		ts.forEach((m, i) => {
			if (!m.ok) throw new Error(`${m.year}: ${m.reason}`);
			expect(Math.abs(m.value.pearson_r - sql[i]!.r)).toBeLessThan(1e-12);
			expect(Math.abs(m.value.slope - sql[i]!.slope)).toBeLessThan(1e-12);
			expect(Math.abs(m.value.intercept - sql[i]!.intercept)).toBeLessThan(1e-12);
		});
	});

	it('has r = 0.749084, ρ = 0.690865 and n = 31 for the online-service index against the PKU aggregate in 2019 (as metrics/correlation)', async () => {
		const [y2019, y2020] = yearCorrelations(await pairsOf(CPS, AGGREGATE), [2019, 2020], false);
		if (!y2019?.ok) throw new Error('2019 not measured');
		expect(y2019.value.n).toBe(31);
		expect(y2019.value.pearson_r).toBeCloseTo(0.749084, 6);
		expect(y2019.value.spearman_rho).toBeCloseTo(0.690865, 6);
		// 2020: Anhui only, no correlation, and n said.
		expect(y2020).toEqual({ year: 2020, ok: false, reason: 'too_few_provinces', provinces: 1 });
	});

	it('takes the base-10 logarithms of both values when log: r on logs, not on the values', async () => {
		const pairs = (await pairsOf(BREADTH, DEPTH)).filter((p) => p.year === 2015);
		const [logged] = yearCorrelations(pairs, [2015], true);
		const reference = correlation(
			pairs,
			(p) => Math.log10(p.x),
			(p) => Math.log10(p.y)
		);
		expect(logged).toEqual({ year: 2015, ...reference });
		const [plain] = yearCorrelations(pairs, [2015], false);
		expect(logged?.ok && plain?.ok && logged.value.pearson_r !== plain.value.pearson_r).toBe(true);
	});

	it('gives a year with no pair n = 0 rather than leaving it out', () => {
		expect(yearCorrelations([], [2011], false)).toEqual([
			{ year: 2011, ok: false, reason: 'too_few_provinces', provinces: 0 }
		]);
	});
});

describe('the years and scale drawn', () => {
	it('relateYear(years, asked) keeps a year both have, else takes the latest both have, else null', () => {
		expect(relateYear([2019, 2020], 2019)).toBe(2019);
		expect(relateYear([2019, 2020], 2015)).toBe(2020);
		expect(relateYear([], 2015)).toBeNull();
	});

	it('nonPositive(pairs) counts the values ≤ 0 on each axis: payment has 2 zeros (Tibet and Qinghai, 2011)', async () => {
		expect(nonPositive(await pairsOf(PAYMENT, AGGREGATE))).toEqual({ x: 2, y: 0 });
		expect(nonPositive(await pairsOf(AGGREGATE, PAYMENT))).toEqual({ x: 0, y: 2 });
		expect(nonPositive(await pairsOf(BREADTH, DEPTH))).toEqual({ x: 0, y: 0 });
	});
});

describe('the scatter marks', () => {
	it('extremes(points) names the provinces with the lowest and highest x and y, each once', () => {
		const points = [pair(2019, 1, 5, 50), pair(2019, 2, 1, 10), pair(2019, 3, 9, 90), pair(2019, 4, 4, 40)];
		expect(extremes(points)).toEqual([2, 3]);
		expect(extremes([...points, pair(2019, 5, 6, 100)])).toEqual([2, 3, 5]);
		expect(extremes([])).toEqual([]);
	});

	it('trails(pairs, years, year) runs through the 2 years before the year to its dot, oldest first; none without an earlier point', () => {
		const pairs = [
			pair(2014, 1, 1, 1),
			pair(2015, 1, 2, 2),
			pair(2016, 1, 3, 3),
			pair(2013, 1, 0, 0),
			pair(2016, 2, 5, 5),
			pair(2015, 3, 4, 4)
		];
		const paths = trails(pairs, [2013, 2014, 2015, 2016], 2016);
		expect([...paths.keys()]).toEqual([1]);
		expect(paths.get(1)!.map((p) => p.year)).toEqual([2014, 2015, 2016]);
		expect(trails(pairs, [2013, 2014, 2015, 2016], 2013).size).toBe(0);
	});
});

describe('the scatter scales', () => {
	it('axisScale(values, range, false) is linear, padded and rounded to ticks around the values', () => {
		const scale = axisScale([74.07, 96.82], [0, 100], false);
		expect(scale.domain()).toEqual([72, 98]);
		expect(scale(85)).toBeCloseTo(50);
	});

	it('axisScale(values, range, true) is logarithmic, padded 4 % of the ratio either way, not rounded to decades', () => {
		const scale = axisScale([100, 400], [0, 100], true);
		const [lo, hi] = scale.domain() as [number, number];
		expect(lo).toBeCloseTo(100 / 4 ** 0.04, 9);
		expect(hi).toBeCloseTo(400 * 4 ** 0.04, 9);
		expect(scale(200) - scale(100)).toBeCloseTo(scale(400) - scale(200), 9);
	});

	it('labelledTick labels every linear tick, and on a log scale over 1–1,000 only the powers of ten', () => {
		const linear = axisScale([0, 10], [0, 100], false);
		expect(linear.ticks(5).every(labelledTick(linear, 5, false))).toBe(true);
		const log = axisScale([1.2, 800], [0, 100], true);
		expect(log.ticks(5).filter(labelledTick(log, 5, true))).toEqual([1, 10, 100, 1000]);
	});
});

describe('the statistics in words', () => {
	const fit = {
		n: 31,
		pearson_r: 0.749084,
		spearman_rho: 0.690865,
		p_value: 1.247405e-6,
		slope: 3.829,
		intercept: 1.593
	};

	it('strengthOf(r) calls |r| ≥ 0.7 strong, ≥ 0.4 moderate, ≥ 0.2 weak, else none, whatever the sign', () => {
		expect([0.75, -0.7, 0.5, -0.4, 0.3, 0.19, 0].map(strengthOf)).toEqual([
			'strong',
			'strong',
			'moderate',
			'moderate',
			'weak',
			'none',
			'none'
		]);
	});

	it('pValueText writes p below 0.001 as "p < 0.001" and others to two significant figures', () => {
		expect(pValueText('zh', 1.247405e-6)).toBe('p < 0.001');
		expect(pValueText('en', 0.023456)).toBe('p = 0.023');
		expect(pValueText('en', 0.5)).toBe('p = 0.50');
	});

	it('correlationStatement states coverage, strength, r, ρ, p and the degrees of freedom, and says when they are on logarithms', () => {
		expect(correlationStatement('zh', fit, { year: 2019, total: 31, log: false })).toBe(
			'2019 年，31/31 个省份两项指标都有数据。两者呈较强的正相关：Pearson r = 0.749，Spearman ρ = 0.691（按平均秩计算），双侧检验 p < 0.001（t 检验，自由度 29）。'
		);
		expect(
			correlationStatement(
				'en',
				{ ...fit, pearson_r: -0.31, p_value: 0.09 },
				{ year: 2015, total: 31, log: true }
			)
		).toBe(
			'In 2015, 31 of 31 provinces have both values. The two show a weak negative correlation: Pearson r = −0.310, Spearman ρ = 0.691 (average ranks), two-sided p = 0.090 (t test, 29 degrees of freedom); r, ρ, p and the fitted line are computed on the base-10 logarithms of both indicators.'
		);
		expect(correlationFinding('zh', fit, 2019)).toBe('2019 年两者呈较强的正相关（r = 0.749，n = 31）');
	});

	it('fitEquation writes the line with four significant figures and a minus sign for a negative slope', () => {
		expect(fitEquation('en', fit, false)).toBe('y = 1.593 + 3.829 · x');
		expect(fitEquation('en', { ...fit, slope: -0.5, intercept: -2 }, true)).toBe(
			'log₁₀ y = −2.000 − 0.5000 · log₁₀ x'
		);
	});
});

describe('the rows downloaded', () => {
	it('scatterRows holds one row per dot with both ids, the province in the language and the values as given', () => {
		const [row] = scatterRows([{ ...pair(2019, 110000, 91.33, 399), name_zh: '北京', name_en: 'Beijing' }], {
			x: CPS,
			y: AGGREGATE,
			lang: 'en'
		});
		expect(row).toEqual({
			indicator_x: CPS,
			indicator_y: AGGREGATE,
			year: 2019,
			adcode: 110000,
			province: 'Beijing',
			region: 'east',
			x: 91.33,
			y: 399
		});
	});

	it('correlationRows gives a year without a correlation its n only', () => {
		const rows = correlationRows(
			[
				{
					year: 2019,
					ok: true,
					value: { n: 31, pearson_r: 0.7, spearman_rho: 0.6, p_value: 0.01, slope: 2, intercept: 1 }
				},
				{ year: 2020, ok: false, reason: 'too_few_provinces', provinces: 1 }
			],
			{ x: CPS, y: AGGREGATE }
		);
		expect(rows).toEqual([
			{
				indicator_x: CPS,
				indicator_y: AGGREGATE,
				year: 2019,
				n: 31,
				pearson_r: 0.7,
				spearman_rho: 0.6,
				p_value: 0.01,
				slope: 2,
				intercept: 1
			},
			{ indicator_x: CPS, indicator_y: AGGREGATE, year: 2020, n: 1 }
		]);
	});
});
