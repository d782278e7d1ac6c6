// The rows behind the dispersion-trend, β-convergence and density charts of the analysis page, on the real
// data (the same SQL as the browser): what the CSV holds is what the chart draws. Expected figures were
// computed independently (Python, from data/observations/pku_dfiic.csv) for the measures' own tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node';
import { queryDispersion } from '$lib/queries/dispersion';
import { queryProvinceValues } from '$lib/queries/province-values';
import {
	DISPERSION_TREND_COLUMNS,
	dispersionTrendRows,
	gapRuns,
	measureSeries,
	usualProvinces
} from '$lib/charts/analysis/dispersion-trend';
import {
	BETA_CONVERGENCE_COLUMNS,
	betaConvergenceRows,
	betaOutcome,
	betaStats
} from '$lib/charts/analysis/beta-convergence';
import { DENSITY_COLUMNS, densityRows } from '$lib/charts/analysis/density';
import { densityYears } from '$lib/metrics/density-years';
import { realDatabase } from './support/real-data';

const AGGREGATE = 'pku_dfiic_index_aggregate';
const PAYMENT = 'pku_dfiic_payment';
const CPS = 'cps_online_service_index';

let db: NodeDatabase;
beforeAll(async () => {
	db = await realDatabase();
});
afterAll(() => db.close());

const dispersionOf = (indicator: string) => queryDispersion(db, { indicator, scheme: 'region4' });
const provinces = (indicator: string, year: number) =>
	queryProvinceValues(db, { indicator, year, scheme: 'region4' });

describe('dispersionTrendRows: the dispersion-trend chart and its CSV', () => {
	it('gives the aggregate index one row a year, 2011–2023, with 2011 CV 0.465174, sd of logs 0.449683, max/min 4.943896, East/West 2.180976 and 2023 CV 0.083356', async () => {
		const rows = dispersionTrendRows(await dispersionOf(AGGREGATE), { indicator: AGGREGATE, lang: 'en' });
		expect(rows.map((r) => r.year)).toEqual(Array.from({ length: 13 }, (_, i) => 2011 + i));
		const [first] = rows;
		expect(first).toMatchObject({ indicator: AGGREGATE, year: 2011, provinces: 31, note: '' });
		expect(first?.cv).toBeCloseTo(0.465174, 6);
		expect(first?.sd_log).toBeCloseTo(0.449683, 6);
		expect(first?.max_min_ratio).toBeCloseTo(4.943896, 6);
		expect(first?.east_west_ratio).toBeCloseTo(2.180976, 6);
		expect(first?.mean).toBeCloseTo(40.004194, 6);
		expect(first?.sd).toBeCloseTo(18.608925, 6);
		expect(rows.at(-1)?.cv).toBeCloseTo(0.083356, 6);
		expect(
			rows.every((r) =>
				Object.keys(r).every((k) => (DISPERSION_TREND_COLUMNS as readonly string[]).includes(k))
			)
		).toBe(true);
	});

	it('leaves the sd of logs and max/min of the payment index empty in 2011 (zeros) and says why, keeping its CV', async () => {
		const measured = await dispersionOf(PAYMENT);
		const [first] = dispersionTrendRows(measured, { indicator: PAYMENT, lang: 'en' });
		expect(first?.sd_log).toBeNull();
		expect(first?.max_min_ratio).toBeNull();
		expect(first?.cv).toBeCloseTo(0.549620221150215, 12);
		expect(first?.note).toBe(
			'sd_log, max_min_ratio: a province has a value of 0 or below, which has no logarithm and cannot be divided by'
		);
		// The chart's series: a gap in 2011 with its reason, values from 2012.
		const series = measureSeries(measured, 'sd_log');
		expect(series[0]).toEqual({ year: 2011, provinces: 31, value: null, reason: 'non_positive_values' });
		expect(series.slice(1).every((p) => p.value !== null)).toBe(true);
		expect(gapRuns(series)).toEqual([
			{ first: 2011, last: 2011, reason: 'non_positive_values', provinces: 31 }
		]);
		expect(gapRuns(measureSeries(measured, 'cv'))).toEqual([]);
	});

	it('flags the Party School index of 2020 (one province) as too few provinces and as a year with an unusual n', async () => {
		const measured = await dispersionOf(CPS);
		const rows = dispersionTrendRows(measured, { indicator: CPS, lang: 'zh' });
		expect(rows.map((r) => [r.year, r.provinces])).toEqual([
			[2019, 31],
			[2020, 1]
		]);
		expect(rows[1]).toEqual({
			indicator: CPS,
			year: 2020,
			provinces: 1,
			note: '该年只有 1 个省份有数据（其他年份为 31 个）; 只有 1 个省份有数据（至少需要 3 个）'
		});
		expect(measureSeries(measured, 'east_west_ratio')[1]).toMatchObject({
			value: null,
			reason: 'too_few_provinces'
		});
	});

	it('takes the most common number of provinces as the usual one, the larger on a tie', () => {
		expect(usualProvinces([{ provinces: 31 }, { provinces: 30 }, { provinces: 31 }])).toBe(31);
		expect(usualProvinces([{ provinces: 1 }, { provinces: 31 }])).toBe(31);
		expect(usualProvinces([])).toBeNull();
	});
});

describe('betaConvergenceRows: the β-convergence chart and its CSV', () => {
	it('fits the aggregate index 2011 → 2023 over 31 provinces: β −0.069633, intercept 0.448508, R² 0.992396, λ 0.150451', async () => {
		const span = { from: 2011, to: 2023 };
		const start = await provinces(AGGREGATE, 2011);
		const end = await provinces(AGGREGATE, 2023);
		const outcome = betaOutcome(start, end, span);
		if (outcome.kind !== 'fit') throw new Error(`no fit: ${outcome.kind}`);
		const rows = betaConvergenceRows(outcome, {
			indicator: AGGREGATE,
			scheme: 'region4',
			lang: 'en',
			...span
		});
		expect(rows).toHaveLength(31);
		for (const row of rows) {
			expect(Object.keys(row)).toEqual([...BETA_CONVERGENCE_COLUMNS]);
			expect(row.beta).toBeCloseTo(-0.069633, 6);
			expect(row.intercept).toBeCloseTo(0.448508, 6);
			expect(row.r2).toBeCloseTo(0.992396, 6);
			expect(row.speed).toBeCloseTo(0.150451, 6);
			expect(row).toMatchObject({ provinces: 31, from: 2011, to: 2023, scheme: 'region4', note: '' });
		}
		// A point is the province's own values: Beijing 79.41 in 2011.
		const beijing = rows.find((r) => r.adcode === 110000);
		const beijing2023 = end.find((p) => p.adcode === 110000)?.value as number;
		expect(beijing).toMatchObject({ province: 'Beijing', region: 'east', initial: 79.41 });
		expect(beijing?.log_initial).toBeCloseTo(Math.log(79.41), 12);
		expect(beijing?.growth).toBeCloseTo(Math.log(beijing2023 / 79.41) / 12, 12);
		expect(betaStats(outcome.fit, 'en')).toBe('β = −0.0696, λ = 15.0%/yr, R² = 0.99, n = 31');
		expect(betaStats(outcome.fit, 'zh')).toBe('β = −0.0696，λ = 15.0%/年，R² = 0.99，n = 31');
	});

	it('gives the payment index 2011 → 2015 no fit, one row saying why (zeros in 2011)', async () => {
		const span = { from: 2011, to: 2015 };
		const outcome = betaOutcome(await provinces(PAYMENT, 2011), await provinces(PAYMENT, 2015), span);
		expect(outcome).toEqual({ kind: 'failed', reason: 'non_positive_values', provinces: 31 });
		expect(
			betaConvergenceRows(outcome, { indicator: PAYMENT, scheme: 'region4', lang: 'en', ...span })
		).toEqual([
			{
				indicator: PAYMENT,
				scheme: 'region4',
				from: 2011,
				to: 2015,
				provinces: 31,
				note: 'β-convergence is not defined for 2011–2015: a province has a value of 0 or below, which has no logarithm and cannot be divided by.'
			}
		]);
	});

	it('asks for a start year before the end year when from ≥ to, and says when there is no implied speed', async () => {
		const values = await provinces(AGGREGATE, 2023);
		const span = { from: 2023, to: 2023 };
		const outcome = betaOutcome(values, values, span);
		expect(outcome).toEqual({ kind: 'no_span' });
		expect(
			betaConvergenceRows(outcome, { indicator: AGGREGATE, scheme: 'region4', lang: 'zh', ...span })
		).toEqual([
			{
				indicator: AGGREGATE,
				scheme: 'region4',
				from: 2023,
				to: 2023,
				note: '请选择早于结束年份（2023 年）的起始年份：当前起始年份为 2023 年。'
			}
		]);
		const steep = { provinces: 3, beta: -1, intercept: 1, r2: 1, speed: null };
		expect(betaStats(steep, 'en')).toBe('β = −1.0000, no implied speed (1 + βT ≤ 0), R² = 1.00, n = 3');
	});
});

describe('densityRows: the density chart and its CSV', () => {
	it('gives the aggregate index a curve for 2011 (h 5.333010) and 2023 (h 13.577632), each with its 31 provinces', async () => {
		const years = densityYears(await provinces(AGGREGATE, 2011), await provinces(AGGREGATE, 2023), {
			from: 2011,
			to: 2023
		});
		expect(years.map((d) => [d.year, d.role, d.provinces.length])).toEqual([
			[2011, 'start', 31],
			[2023, 'end', 31]
		]);
		const rows = densityRows(years, { indicator: AGGREGATE, lang: 'zh' });
		expect(
			rows.every((r) => Object.keys(r).every((k) => (DENSITY_COLUMNS as readonly string[]).includes(k)))
		).toBe(true);
		for (const [year, h] of [
			[2011, 5.33301],
			[2023, 13.577632]
		] as const) {
			const curve = rows.filter((r) => r.year === year && r.kind === 'curve');
			expect(curve).toHaveLength(100);
			for (const r of curve) expect(r.bandwidth).toBeCloseTo(h, 6);
			const rug = rows.filter((r) => r.year === year && r.kind === 'province');
			expect(rug).toHaveLength(31);
			expect(new Set(rug.map((r) => r.adcode)).size).toBe(31);
		}
		// The curve integrates to about 1 over its grid (min − 3h to max + 3h).
		const curve2011 = rows.filter((r) => r.year === 2011 && r.kind === 'curve');
		const step = (curve2011[1]?.x as number) - (curve2011[0]?.x as number);
		const area = curve2011.reduce((s, r) => s + (r.density as number) * step, 0);
		expect(area).toBeCloseTo(1, 2);
		expect(rows.find((r) => r.adcode === 110000 && r.year === 2011)).toMatchObject({
			x: 79.41,
			province: '北京'
		});
	});

	it('draws one curve when the start year is the end year', async () => {
		const values = await provinces(AGGREGATE, 2023);
		const years = densityYears(values, values, { from: 2023, to: 2023 });
		expect(years.map((d) => d.year)).toEqual([2023]);
		expect(densityRows(years, { indicator: AGGREGATE, lang: 'en' })).toHaveLength(131);
	});

	it('says why there is no curve for the Party School index of 2020 and keeps its one province', async () => {
		const years = densityYears(await provinces(CPS, 2019), await provinces(CPS, 2020), {
			from: 2019,
			to: 2020
		});
		const rows = densityRows(years, { indicator: CPS, lang: 'en' }).filter((r) => r.year === 2020);
		expect(rows).toEqual([
			{
				indicator: CPS,
				year: 2020,
				kind: 'no_curve',
				note: 'No density for 2020: too few provinces with data (1; at least 3 are needed).'
			},
			{ indicator: CPS, year: 2020, kind: 'province', x: 91.02, adcode: 340000, province: 'Anhui' }
		]);
	});
});
