// The compare chart's data without a browser: the series query on the real data and the rows the chart
// draws. Figures were checked by hand (python3) against data/observations/pku_dfiic.csv and
// data/observations/cps_online_service_index.csv.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SERIES, queryEntitySeries } from '$lib/queries/entity-series';
import { queryRegionStats } from '$lib/queries/region-stats';
import {
	compareScales,
	compareSeries,
	provinceCompareRows,
	valueDomain,
	isolated,
	withGaps,
	PROVINCE_COMPARE_COLUMNS
} from '$lib/charts/province-compare';
import { REGION_COLOURS, SERIES_COLOURS } from '$lib/charts/palette';
import type { Province } from '$lib/data/manifest';
import type { NodeDatabase } from '$lib/db/node';
import { realDatabase, realDataset } from './support/real-data';

let db: NodeDatabase;
let provinces: Province[];
beforeAll(async () => {
	db = await realDatabase();
	provinces = (await realDataset()).manifest.provinces;
});
afterAll(() => db.close());

const BREADTH = 'pku_dfiic_coverage_breadth';

describe('queryEntitySeries', () => {
	it('gives Gansu and Zhejiang 13 years of coverage breadth, with the values of the data file', async () => {
		const rows = await queryEntitySeries(db, { indicator: BREADTH, adcodes: [620000, 330000] });
		expect(rows).toHaveLength(26);
		// Ordered by adcode, then year.
		expect(rows.slice(0, 13).every((r) => r.adcode === 330000)).toBe(true);
		expect(rows.slice(0, 13).map((r) => r.year)).toEqual(Array.from({ length: 13 }, (_, i) => 2011 + i));
		const value = (adcode: number, year: number) =>
			rows.find((r) => r.adcode === adcode && r.year === year)?.value;
		expect(value(620000, 2011)).toBe(4.99);
		expect(value(620000, 2018)).toBe(261.289635);
		expect(value(620000, 2023)).toBe(374.689778);
		expect(value(330000, 2011)).toBe(85.53);
		expect(value(330000, 2018)).toBe(330.168879);
		expect(value(330000, 2023)).toBe(455.156139);
	});

	it('leaves out the years without a value: Anhui has the Party School index for 2019 and 2020, Zhejiang for 2019 only', async () => {
		const rows = await queryEntitySeries(db, {
			indicator: 'cps_online_service_index',
			adcodes: [340000, 330000]
		});
		expect(rows.map((r) => [r.adcode, r.year, r.value])).toEqual([
			[330000, 2019, 96.73],
			[340000, 2019, 90.82],
			[340000, 2020, 91.02]
		]);
	});

	it('binds up to 8 adcodes, asks nothing for none, and refuses more than 8 or anything but an adcode', async () => {
		const eight = [110000, 120000, 130000, 140000, 150000, 210000, 220000, 230000];
		expect(MAX_SERIES).toBe(8);
		expect(await queryEntitySeries(db, { indicator: BREADTH, adcodes: eight })).toHaveLength(8 * 13);
		expect(await queryEntitySeries(db, { indicator: BREADTH, adcodes: [] })).toEqual([]);
		expect(() => queryEntitySeries(db, { indicator: BREADTH, adcodes: [...eight, 310000] })).toThrow(
			/at most 8/
		);
		expect(() => queryEntitySeries(db, { indicator: BREADTH, adcodes: [1.5] })).toThrow(/not an adcode/);
		// An unknown indicator is only a bound value: no rows, no error.
		expect(await queryEntitySeries(db, { indicator: "x' OR 1=1 --", adcodes: [620000] })).toEqual([]);
	});
});

describe('compareSeries and provinceCompareRows', () => {
	async function load(
		indicator: string,
		select: (number | 'east' | 'central' | 'west' | 'northeast')[],
		lang: 'zh' | 'en' = 'en'
	) {
		const stats = await queryRegionStats(db, { indicator, scheme: 'region4' });
		const points = await queryEntitySeries(db, {
			indicator,
			adcodes: select.filter((s): s is number => typeof s === 'number')
		});
		return compareSeries(select, { stats, points, provinces, scheme: 'region4', lang });
	}

	it('keeps the order of the selection, draws a region in its region colour and the provinces in the series colours, and a region as the mean of its provinces', async () => {
		const series = await load(BREADTH, [620000, 'east', 330000]);
		expect(series.map((s) => [s.id, s.kind, s.name, s.region, s.colour])).toEqual([
			[620000, 'province', 'Gansu', 'west', SERIES_COLOURS[0]],
			['east', 'region', 'East', 'east', REGION_COLOURS.east],
			[330000, 'province', 'Zhejiang', 'east', SERIES_COLOURS[1]]
		]);
		const east = series[1]!.points;
		expect(east).toHaveLength(13);
		// Mean of the 10 eastern provinces, by hand from the data file.
		expect(east.find((p) => p.year === 2011)?.value).toBeCloseTo(62.776, 9);
		expect(east.find((p) => p.year === 2018)?.value).toBeCloseTo(310.2877462, 9);
		expect(east.find((p) => p.year === 2023)?.value).toBeCloseTo(428.951958, 9);
	});

	it('writes one row per point drawn, exactly indicator,year,adcode,province,region,value; a region row carries its id as adcode', async () => {
		const series = await load(BREADTH, [620000, 'east'], 'zh');
		const rows = provinceCompareRows(series, { indicator: BREADTH });
		expect(PROVINCE_COMPARE_COLUMNS).toEqual(['indicator', 'year', 'adcode', 'province', 'region', 'value']);
		expect(rows).toHaveLength(26);
		expect(rows.every((r) => Object.keys(r).join() === PROVINCE_COMPARE_COLUMNS.join())).toBe(true);
		expect(rows[7]).toEqual({
			indicator: BREADTH,
			year: 2018,
			adcode: 620000,
			province: '甘肃',
			region: 'west',
			value: 261.289635
		});
		expect(rows[13]).toMatchObject({ year: 2011, adcode: 'east', province: '东部', region: 'east' });
		expect(rows[13]?.value).toBeCloseTo(62.776, 9);
	});

	it('leaves years without data out of the series and the rows (Party School index: the East only in 2019)', async () => {
		const series = await load('cps_online_service_index', ['east', 340000, 330000]);
		expect(series.map((s) => s.points.map((p) => p.year))).toEqual([[2019], [2019, 2020], [2019]]);
		expect(provinceCompareRows(series, { indicator: 'cps_online_service_index' })).toHaveLength(4);
	});

	it('keeps a province without any value as an empty series rather than dropping it', async () => {
		const series = compareSeries([620000], {
			stats: [],
			points: [],
			provinces,
			scheme: 'region4',
			lang: 'en'
		});
		expect(series).toHaveLength(1);
		expect(series[0]?.points).toEqual([]);
		expect(provinceCompareRows(series, { indicator: BREADTH })).toEqual([]);
	});
});

describe('withGaps(points, first, last)', () => {
	it('lists every calendar year, null where there is no value, so that a line breaks there', () => {
		expect(
			withGaps(
				[
					{ year: 2012, value: 1 },
					{ year: 2015, value: 4 }
				],
				2011,
				2015
			)
		).toEqual([
			{ year: 2011, value: null },
			{ year: 2012, value: 1 },
			{ year: 2013, value: null },
			{ year: 2014, value: null },
			{ year: 2015, value: 4 }
		]);
	});
});

describe('isolated(series, year)', () => {
	const series = { points: [2011, 2012, 2014, 2016, 2017].map((year) => ({ year, value: 1 })) };
	it('says which points no line reaches: those without a value the year before or after', () => {
		expect([2011, 2012, 2014, 2016, 2017].map((y) => isolated(series, y))).toEqual([
			false,
			false,
			true,
			false,
			false
		]);
	});
});

describe('valueDomain(series)', () => {
	const s = (values: number[]) => ({
		id: 1,
		kind: 'province' as const,
		name: '',
		region: 'east' as const,
		colour: '',
		total: 1,
		points: values.map((value, i) => ({ year: 2011 + i, value }))
	});
	it('spans every value of every series, so small multiples share one scale', () => {
		expect(valueDomain([s([3, 9]), s([-2, 4])])).toEqual([-2, 9]);
	});
	it('widens a single value and falls back to [0, 1] without values', () => {
		expect(valueDomain([s([5])])).toEqual([4, 6]);
		expect(valueDomain([s([])])).toEqual([0, 1]);
	});
});

describe('compareScales(first, last, yDomain, box)', () => {
	const box = { width: 220, height: 130, margin: { top: 8, right: 10, bottom: 20, left: 40 } };

	it('spans the years over the plot and the shared values, made round, from the bottom up', () => {
		const { x, y } = compareScales(2011, 2023, [251.7, 473.8], box);
		expect([x(2011), x(2023)]).toEqual([40, 210]);
		expect(y.domain()).toEqual([240, 480]);
		expect([y(240), y(480)]).toEqual([110, 8]);
	});

	it('draws a series as one line that breaks at a year without a value, never joining across it', () => {
		const { linePath } = compareScales(2011, 2014, [0, 10], box);
		const province = (points: { year: number; value: number }[]) =>
			linePath({ kind: 'province', points, total: 1 });
		const whole = province([
			{ year: 2011, value: 1 },
			{ year: 2012, value: 2 },
			{ year: 2013, value: 3 },
			{ year: 2014, value: 4 }
		]);
		expect(whole.match(/M/g)).toHaveLength(1);
		const broken = province([
			{ year: 2011, value: 1 },
			{ year: 2012, value: 2 },
			{ year: 2014, value: 4 }
		]);
		expect(broken.match(/M/g)).toHaveLength(2);
		expect(province([])).toBe('');
	});

	it('draws a region’s mean only between years of comparable coverage (comparableRuns)', () => {
		const { linePath } = compareScales(2011, 2014, [0, 10], box);
		const region = (counts: number[]) =>
			linePath({
				kind: 'region',
				total: 6,
				points: counts.map((provinces, i) => ({ year: 2011 + i, value: i + 1, provinces }))
			});
		expect(region([6, 6, 6, 6]).match(/M/g)).toHaveLength(1);
		expect(region([6, 6, 1, 6]).match(/M/g)).toHaveLength(1);
		expect(region([6, 1])).toBe('');
	});
});
