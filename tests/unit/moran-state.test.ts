// The analysis page's Moran figures from the real data, as the page computes them: the every-year values of
// the analysis rows, the manifest's contiguity and capitals, and what tells a change needing new figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '$lib/data/manifest';
import type { NodeDatabase } from '$lib/db/node';
import { queryProvinceValuesByYear } from '$lib/queries/province-values';
import {
	moranFigures,
	sameFigures,
	sameTrend,
	yearRows,
	yearValues,
	type MoranInput,
	type YearValue
} from '$lib/state/moran';
import { moranFinding } from '$lib/charts/analysis/moran-trend';
import { realDatabase, realDataset } from './support/real-data';

const indicator = 'pku_dfiic_index_aggregate';
let db: NodeDatabase;
let manifest: Manifest;
let values: Map<number, YearValue[]>;

beforeAll(async () => {
	db = await realDatabase();
	manifest = (await realDataset()).manifest;
	values = yearValues(await queryProvinceValuesByYear(db, { indicator, scheme: 'region4' }));
});
afterAll(() => db?.close());

describe('yearValues and yearRows', () => {
	it('yearValues keeps every province of every year with only its adcode and value', () => {
		expect([...values.keys()]).toEqual([
			2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023
		]);
		const beijing = values.get(2023)!.find((r) => r.adcode === 110000);
		expect(beijing).toEqual({ adcode: 110000, value: 463.628924 });
		expect(values.get(2011)).toHaveLength(31);
	});

	it('yearRows lists every year’s rows with the year, as moranTrend takes them', () => {
		const rows = yearRows(values);
		expect(rows).toHaveLength(13 * 31);
		expect(rows[0]).toEqual({ year: 2011, ...values.get(2011)![0]! });
	});
});

describe('moranFigures()', () => {
	const figures = (input: MoranInput, trend?: Parameters<typeof moranFigures>[1]) =>
		moranFigures(input, trend).figures;

	it('gives the trend of every year and the view year’s local Morans, all 31 provinces in 2023', () => {
		const moran = figures({ values, weights: 'queen', year: 2023, geography: manifest });
		expect(moran.trend.map((r) => r.year)).toEqual([...values.keys()]);
		expect(moran.trend.every((r) => r.ok)).toBe(true);
		if (!moran.year.ok) throw new Error(moran.year.reason);
		expect(moran.year.value.locals).toHaveLength(31);
		const trend2023 = moran.trend.find((r) => r.year === 2023)!;
		if (!trend2023.ok) throw new Error(trend2023.reason);
		expect(moran.year.value.global.i).toBe(trend2023.value.i);
		expect(moran.year.value.global.expected).toBeCloseTo(-1 / 30, 15);
	});

	it('keeps a trend it is given and computes only the year’s figure, whose time it reports alone', () => {
		const a = moranFigures({ values, weights: 'queen', year: 2023, geography: manifest });
		expect(a.times.trend).toBeGreaterThan(0);
		const b = moranFigures({ values, weights: 'queen', year: 2011, geography: manifest }, a.figures.trend);
		expect(b.figures.trend).toBe(a.figures.trend);
		expect(b.times.trend).toBeNull();
		expect(b.times.year).toBeGreaterThan(0);
		const trend2011 = a.figures.trend[0]!;
		if (!b.figures.year.ok || !trend2011.ok) throw new Error('no figure for 2011');
		expect(trend2011.year).toBe(2011);
		expect(b.figures.year.value.global.i).toBe(trend2011.value.i);
	});

	it('sameTrend and sameFigures: a year change keeps the trend, a weights change or new values do not', () => {
		const input: MoranInput = { values, weights: 'queen', year: 2023, geography: manifest };
		const nextYear = { ...input, year: 2011 };
		expect([sameTrend(input, nextYear), sameFigures(input, nextYear)]).toEqual([true, false]);
		const knn4 = { ...input, weights: 'knn4' as const };
		expect([sameTrend(input, knn4), sameFigures(input, knn4)]).toEqual([false, false]);
		expect(sameFigures(input, { ...input, values: new Map(values) })).toBe(false);
		// The geography is its two lists: a manifest with imports added is a new object with the same lists.
		const withImports = { ...manifest, indicators: [...manifest.indicators] };
		expect(sameFigures(input, { ...input, geography: withImports })).toBe(true);
	});

	it('knn4 gives another I than queen, and the same input gives the same permutation p every time', () => {
		const queen = figures({ values, weights: 'queen', year: 2023, geography: manifest });
		const knn4 = figures({ values, weights: 'knn4', year: 2023, geography: manifest });
		const again = figures({ values, weights: 'knn4', year: 2023, geography: manifest });
		const i = (m: typeof queen) => (m.year.ok ? m.year.value.global.i : NaN);
		expect(i(knn4)).not.toBeCloseTo(i(queen), 3);
		expect(again.trend).toEqual(knn4.trend);
		expect(again.year).toEqual(knn4.year);
	});

	it('a province without a value leaves the year’s weights: 30 provinces when Beijing is missing', () => {
		const without = new Map(values);
		without.set(
			2023,
			values.get(2023)!.map((r) => (r.adcode === 110000 ? { ...r, value: null } : r))
		);
		const moran = figures({ values: without, weights: 'queen', year: 2023, geography: manifest });
		if (!moran.year.ok) throw new Error(moran.year.reason);
		expect(moran.year.value.global.provinces).toBe(30);
		expect(moran.year.value.locals.map((l) => l.adcode)).not.toContain(110000);
	});

	it('fewer than 8 provinces with a value: no figure for the year, too_few_provinces with the count', () => {
		const few = new Map([[2023, values.get(2023)!.slice(0, 7)]]);
		const moran = figures({ values: few, weights: 'queen', year: 2023, geography: manifest });
		expect(moran.year).toEqual({ ok: false, reason: 'too_few_provinces', provinces: 7 });
		expect(moran.trend).toEqual([{ year: 2023, ok: false, reason: 'too_few_provinces', provinces: 7 }]);
	});

	it('states the 2023 finding from the real figures: clustered under both weights, less so under knn4', () => {
		const queen = figures({ values, weights: 'queen', year: 2023, geography: manifest });
		expect(moranFinding('zh', queen.trend, 2023, '数字普惠金融指数')).toBe(
			'2023 年莫兰指数 I = 0.578，置换检验 p = 0.001：数字普惠金融指数高的省份彼此相邻，低的也彼此相邻（2011 年为 0.490）'
		);
		const knn4 = figures({ values, weights: 'knn4', year: 2023, geography: manifest });
		expect(moranFinding('en', knn4.trend, 2023, 'the index')).toBe(
			'In 2023, Moran’s I = 0.387, permutation p = 0.002: provinces where the index is high border each other, and so do those where it is low (0.268 in 2011)'
		);
	});
});
