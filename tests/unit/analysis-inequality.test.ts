// The rows, reading and notes of the Theil and Gini decomposition charts, on the real data through the
// Node connector (the same SQL as the browser) and on made-up rows for the cases the data do not have.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryTheil } from '$lib/queries/theil';
import { queryGini } from '$lib/queries/gini';
import { SCHEME_REGIONS } from '$lib/data/manifest';
import type { YearMeasured } from '$lib/metrics/measured';
import type { TheilDecomposition } from '$lib/metrics/theil';
import type { NodeDatabase } from '$lib/db/node';
import { toCsv } from '$lib/csv/to-csv';
import {
	THEIL_DECOMPOSITION_COLUMNS,
	theilDecompositionRows,
	theilStacks
} from '$lib/charts/analysis/theil-decomposition';
import {
	GINI_DECOMPOSITION_COLUMNS,
	giniDecompositionRows,
	giniStacks
} from '$lib/charts/analysis/gini-decomposition';
import { GINI_MATRIX_COLUMNS, giniMatrix, giniMatrixRows } from '$lib/charts/analysis/gini-matrix';
import { theilReading } from '$lib/charts/analysis/theil-reading';
import {
	coverageNote,
	noFigureMessage,
	undefinedYearsNote,
	unusualCoverage,
	yearList
} from '$lib/charts/analysis/measured-years';
import { labelledYears, stackSegments } from '$lib/charts/analysis/stacked-years';
import { realDatabase } from './support/real-data';

let db: NodeDatabase;
beforeAll(async () => {
	db = await realDatabase();
});
afterAll(() => db.close());

const AGGREGATE = 'pku_dfiic_index_aggregate';
const PAYMENT = 'pku_dfiic_payment';
const CPS = 'cps_online_service_index';
const YEARS = Array.from({ length: 13 }, (_, i) => 2011 + i);

const theilOf = (indicator: string, weighting: 'equal' | 'population' = 'equal') =>
	queryTheil(db, { indicator, scheme: 'region4', weighting });
const giniOf = (indicator: string) => queryGini(db, { indicator, scheme: 'region4' });

/** A Theil year with made-up figures. */
const theilYear = (year: number, total: number, share: number): YearMeasured<TheilDecomposition> => ({
	year,
	ok: true,
	value: { provinces: 31, total, within: total * (1 - share), between: total * share, between_share: share }
});

describe('theilDecompositionRows', () => {
	it('holds one row per year, 2011 for the aggregate index (equal weights) being 0.0982 = 0.0364 + 0.0619', async () => {
		const context = { indicator: AGGREGATE, scheme: 'region4', weighting: 'equal' } as const;
		const rows = theilDecompositionRows(await theilOf(AGGREGATE), context);
		expect(rows.map((r) => r.year)).toEqual(YEARS);
		const first = rows[0]!;
		expect(first).toMatchObject({ ...context, year: 2011, provinces: 31, note: '' });
		expect(first.total).toBeCloseTo(0.0982, 4);
		expect(first.within).toBeCloseTo(0.0364, 4);
		expect(first.between).toBeCloseTo(0.0619, 4);
		expect(first.between_share).toBeCloseTo(0.63, 2);
		for (const r of rows)
			expect((r.within as number) + (r.between as number)).toBeCloseTo(r.total as number, 12);
	});

	it('writes the CSV with exactly the columns indicator…between_share and a note, figures in full', async () => {
		const context = { indicator: AGGREGATE, scheme: 'region4', weighting: 'equal' } as const;
		const csv = toCsv(THEIL_DECOMPOSITION_COLUMNS, theilDecompositionRows(await theilOf(AGGREGATE), context));
		const [header, row2011] = csv.replace(/^\uFEFF/, '').split('\r\n');
		expect(header).toBe('indicator,scheme,weighting,year,provinces,total,within,between,between_share,note');
		const cells = row2011!.split(',');
		expect(cells.slice(0, 5)).toEqual(['pku_dfiic_index_aggregate', 'region4', 'equal', '2011', '31']);
		const [total, within, between, share] = cells.slice(5, 9).map(Number);
		expect(total).toBeCloseTo(0.0982, 4);
		expect(within).toBeCloseTo(0.0364, 4);
		expect(between).toBeCloseTo(0.0619, 4);
		expect(share).toBeCloseTo(0.63, 2);
		expect(cells[5]!.length).toBeGreaterThan(10); // in full, not the chart's rounding
		expect(cells[9]).toBe('');
	});

	it('gives population-weighted figures: 2011 is 0.078793 = 0.034660 + 0.044133', async () => {
		const rows = theilDecompositionRows(await theilOf(AGGREGATE, 'population'), {
			indicator: AGGREGATE,
			scheme: 'region4',
			weighting: 'population'
		});
		expect(rows[0]).toMatchObject({ year: 2011, weighting: 'population' });
		expect(rows[0]!.total).toBeCloseTo(0.078793, 6);
		expect(rows[0]!.within).toBeCloseTo(0.03466, 6);
		expect(rows[0]!.between).toBeCloseTo(0.044133, 6);
	});

	it('keeps a year without a figure as a row with empty figures and the reason id (payment 2011 has zeros)', async () => {
		const rows = theilDecompositionRows(await theilOf(PAYMENT), {
			indicator: PAYMENT,
			scheme: 'region4',
			weighting: 'equal'
		});
		expect(rows).toHaveLength(13);
		expect(rows[0]).toEqual({
			indicator: PAYMENT,
			scheme: 'region4',
			weighting: 'equal',
			year: 2011,
			provinces: 31,
			note: 'non_positive_values'
		});
		const line = toCsv(THEIL_DECOMPOSITION_COLUMNS, rows).split('\r\n')[1];
		expect(line).toBe('pku_dfiic_payment,region4,equal,2011,31,,,,,non_positive_values');
		expect(rows[1]!.note).toBe('');
	});

	it('draws the payment index’s 2011 as an undefined year with its short reason, not as a bar', async () => {
		const stacks = theilStacks(await theilOf(PAYMENT), 'en');
		expect(stacks[0]).toEqual({
			year: 2011,
			provinces: 31,
			values: null,
			total: null,
			reason: 'values ≤ 0: logarithm undefined'
		});
		expect(stacks[1]!.values).toHaveLength(2);
	});
});

describe('giniDecompositionRows', () => {
	it('holds one row per year, 2011 for the aggregate index being 0.247842 = 0.045734 + 0.182597 + 0.019512', async () => {
		const rows = giniDecompositionRows(await giniOf(AGGREGATE), { indicator: AGGREGATE, scheme: 'region4' });
		expect(rows.map((r) => r.year)).toEqual(YEARS);
		expect(Object.keys(rows[0]!)).toEqual([...GINI_DECOMPOSITION_COLUMNS]);
		expect(rows[0]).toMatchObject({ indicator: AGGREGATE, scheme: 'region4', year: 2011, provinces: 31 });
		expect(rows[0]!.total).toBeCloseTo(0.247842, 6);
		expect(rows[0]!.within).toBeCloseTo(0.045734, 6);
		expect(rows[0]!.net_between).toBeCloseTo(0.182597, 6);
		expect(rows[0]!.transvariation).toBeCloseTo(0.019512, 6);
		for (const r of rows) {
			const parts = (r.within as number) + (r.net_between as number) + (r.transvariation as number);
			expect(parts).toBeCloseTo(r.total as number, 12);
		}
	});

	it('has a figure for payment 2011 (zeros are fine without a logarithm)', async () => {
		const stacks = giniStacks(await giniOf(PAYMENT), 'zh');
		expect(stacks[0]!.year).toBe(2011);
		expect(stacks[0]!.values).toHaveLength(3);
		expect(stacks[0]!.reason).toBeNull();
	});

	it('keeps the Party School index’s 2020 (one province) as too_few_provinces and flags it n=1', async () => {
		const gini = await giniOf(CPS);
		const rows = giniDecompositionRows(gini, { indicator: CPS, scheme: 'region4' });
		expect(rows.map((r) => [r.year, r.provinces, r.note])).toEqual([
			[2019, 31, ''],
			[2020, 1, 'too_few_provinces']
		]);
		expect([...unusualCoverage(gini)]).toEqual([[2020, 1]]);
		expect(coverageNote('zh', gini, 31)).toBe('1–31/31 个省份有数据');
		expect(undefinedYearsNote('en', gini)).toBe('Years without a figure: 2020 (too few provinces).');
	});
});

describe('giniMatrix and giniMatrixRows', () => {
	it('give the current year’s 16 region pairs in scheme order, G symmetric and D antisymmetric', async () => {
		const gini = await giniOf(AGGREGATE);
		const { regions, cells } = giniMatrix(
			gini.find((r) => r.year === 2023),
			SCHEME_REGIONS.region4
		);
		expect(regions).toEqual(['east', 'central', 'west', 'northeast']);
		const rows = giniMatrixRows(cells, { indicator: AGGREGATE, scheme: 'region4', year: 2023 });
		expect(rows).toHaveLength(16);
		expect(Object.keys(rows[0]!)).toEqual([...GINI_MATRIX_COLUMNS]);
		expect(rows.slice(0, 4).map((r) => [r.region_j, r.region_h])).toEqual([
			['east', 'east'],
			['east', 'central'],
			['east', 'west'],
			['east', 'northeast']
		]);
		const at = (j: string, h: string) => rows.find((r) => r.region_j === j && r.region_h === h)!;
		for (const r of rows) {
			const mirror = at(r.region_h as string, r.region_j as string);
			expect(r.gini).toBeCloseTo(mirror.gini as number, 12);
			expect(r.affluence).toBeCloseTo(-(mirror.affluence as number), 12);
			if (r.region_j === r.region_h) expect(r.affluence).toBe(0);
		}
		expect(at('east', 'west').affluence as number).toBeGreaterThan(0);
	});

	it('is empty for a year without a Gini coefficient', async () => {
		const gini = await giniOf(CPS);
		expect(
			giniMatrix(
				gini.find((r) => r.year === 2020),
				SCHEME_REGIONS.region4
			)
		).toEqual({
			regions: [],
			cells: []
		});
	});
});

describe('theilReading(rows, lang)', () => {
	it('reads the aggregate index (four regions, equal weights) in English and Chinese', async () => {
		const rows = await theilOf(AGGREGATE);
		expect(theilReading(rows, 'en')).toBe(
			'The Theil index fell from 0.098 in 2011 to 0.0033 in 2023; the gap between regions made up 63% of it in both years.'
		);
		expect(theilReading(rows, 'zh')).toBe(
			'泰尔指数从 2011 年的 0.098 降至 2023 年的 0.0033；区域间差距在两年均占 63%。'
		);
	});

	it('compares the first and last years with a figure, skipping undefined years (payment from 2012)', async () => {
		expect(theilReading(await theilOf(PAYMENT), 'en')).toBe(
			'The Theil index fell from 0.086 in 2012 to 0.0099 in 2023; the gap between regions made up 32% of it in 2012 and 65% in 2023.'
		);
	});

	it('says "rose" and gives both shares when they differ', () => {
		const rows = [theilYear(2015, 0.0123, 0.404), theilYear(2020, 0.0456, 0.5)];
		expect(theilReading(rows, 'en')).toBe(
			'The Theil index rose from 0.012 in 2015 to 0.046 in 2020; the gap between regions made up 40% of it in 2015 and 50% in 2020.'
		);
		expect(theilReading(rows, 'zh')).toBe(
			'泰尔指数从 2015 年的 0.012 升至 2020 年的 0.046；区域间差距在 2015 年占 40%，在 2020 年占 50%。'
		);
	});

	it('says "was unchanged" when the two values print alike to 2 significant figures', () => {
		const rows = [theilYear(2015, 0.01234, 0.5), theilYear(2020, 0.01236, 0.5)];
		expect(theilReading(rows, 'en')).toBe(
			'The Theil index was unchanged at 0.012 between 2015 and 2020; the gap between regions made up 50% of it in both years.'
		);
	});

	it('reads a single year with a figure, and is empty when no year has one', () => {
		const failed = { year: 2020, ok: false, reason: 'too_few_provinces', provinces: 1 } as const;
		expect(theilReading([theilYear(2019, 0.002877, 0.378), failed], 'en')).toBe(
			'The Theil index was 0.0029 in 2019; the gap between regions made up 38% of it.'
		);
		expect(theilReading([failed], 'en')).toBe('');
	});
});

describe('noFigureMessage(lang, measure, rows)', () => {
	const zeros = [2011, 2012, 2013, 2015].map(
		(year) => ({ year, ok: false, reason: 'non_positive_values', provinces: 31 }) as const
	);

	it('explains why the Theil index is not defined in any year, with the years as runs', () => {
		expect(noFigureMessage('en', 'theil', zeros)).toBe(
			'The Theil index is not defined in any year. The Theil index needs positive values: this indicator has zeros or negatives in 2011–2013, 2015.'
		);
		expect(noFigureMessage('zh', 'theil', zeros)).toBe(
			'泰尔指数在任何年份都无法计算。泰尔指数需要正值：该指标在 2011–2013、2015 年含零值或负值。'
		);
	});

	it('gives one sentence per reason', () => {
		const rows = [
			{ year: 2019, ok: false, reason: 'negative_values', provinces: 31 },
			{ year: 2020, ok: false, reason: 'too_few_provinces', provinces: 2 }
		] as const;
		expect(noFigureMessage('en', 'gini', rows)).toBe(
			'The Gini coefficient is not defined in any year. The Gini coefficient needs non-negative values: this indicator has negatives in 2019. Fewer than 3 provinces have data in 2020.'
		);
	});
});

describe('chart helpers', () => {
	it('yearList writes runs of years', () => {
		expect(yearList('en', [2015, 2011, 2012, 2013, 2018])).toBe('2011–2013, 2015, 2018');
		expect(yearList('zh', [2011])).toBe('2011');
	});
	it('stackSegments stacks parts from 0 upwards', () => {
		expect(stackSegments([1, 2, 3])).toEqual([
			{ y0: 0, y1: 1 },
			{ y0: 1, y1: 3 },
			{ y0: 3, y1: 6 }
		]);
	});
	it('labelledYears are the first and last years with a figure and the current year', () => {
		const stack = (year: number, total: number | null) => ({
			year,
			provinces: 31,
			values: total == null ? null : [total],
			total,
			reason: null
		});
		const stacks = [stack(2011, null), stack(2012, 1), stack(2013, 2), stack(2014, 3), stack(2015, null)];
		expect([...labelledYears(stacks, 2013)].sort()).toEqual([2012, 2013, 2014]);
		expect([...labelledYears(stacks, 2015)].sort()).toEqual([2012, 2014]);
	});
});
