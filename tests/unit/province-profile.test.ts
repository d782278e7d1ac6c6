// The province profiles: the batched query on the real data against figures checked by hand (Python, from
// data/observations/pku_dfiic.csv), the series against the region means, the gap in words, the rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryProfileSeries, queryProfileValues } from '$lib/queries/province-profile';
import { queryRegionStats } from '$lib/queries/region-stats';
import {
	PROVINCE_PROFILE_COLUMNS,
	gapSentence,
	indicatorStandings,
	provinceProfileRows
} from '$lib/charts/province-profile';
import { profileSeries } from '$lib/metrics/profile-series';
import { MAX_PROFILES, profileKey, profiledProvinces } from '$lib/state/profile-data.svelte';
import type { NodeDatabase } from '$lib/db/node';
import type { Manifest } from '$lib/data/manifest';
import { realDatabase, realDataset } from './support/real-data';

let db: NodeDatabase;
let manifest: Manifest;
beforeAll(async () => {
	db = await realDatabase();
	manifest = (await realDataset()).manifest;
});
afterAll(() => db.close());

const BREADTH = 'pku_dfiic_coverage_breadth';
const YEARS = Array.from({ length: 13 }, (_, i) => 2011 + i);

describe('queryProfileValues', () => {
	it('gives Gansu and Zhejiang in 2018 a value and rank on every PKU indicator, ranked among 31', async () => {
		const rows = await queryProfileValues(db, { adcodes: [620000, 330000], year: 2018 });
		expect(rows).toHaveLength(2 * 11);
		const get = (adcode: number, indicator: string) =>
			rows.find((r) => r.adcode === adcode && r.indicator === indicator);
		expect(get(620000, BREADTH)).toEqual({
			adcode: 620000,
			indicator: BREADTH,
			value: 261.289635,
			rank: 26,
			provinces: 31
		});
		expect(get(330000, BREADTH)).toMatchObject({ value: 330.168879, rank: 3, provinces: 31 });
		expect(get(620000, 'pku_dfiic_index_aggregate')).toMatchObject({ value: 266.822973, rank: 30 });
		expect(get(330000, 'pku_dfiic_payment')).toMatchObject({ value: 379.50812, rank: 1 });
		expect(get(620000, 'pku_dfiic_credit_investigation')).toMatchObject({ value: 254.09558, rank: 31 });
		expect(get(620000, 'pku_dfiic_insurance')).toMatchObject({ value: 511.717204, rank: 29 });
	});

	it('gives a "no data" row (null value and rank) for an indicator without a figure that year', async () => {
		const rows = await queryProfileValues(db, { adcodes: [620000], year: 2018 });
		expect(rows.find((r) => r.indicator === 'cps_online_service_index')).toEqual({
			adcode: 620000,
			indicator: 'cps_online_service_index',
			value: null,
			rank: null,
			provinces: 0
		});
		// Monetary funds end in 2018, credit investigation too: in 2019 both are "no data".
		const later = await queryProfileValues(db, { adcodes: [620000], year: 2019 });
		expect(later.filter((r) => r.value == null).map((r) => r.indicator)).toEqual([
			'pku_dfiic_credit_investigation',
			'pku_dfiic_monetary_fund'
		]);
		expect(later.find((r) => r.indicator === 'cps_online_service_index')).toMatchObject({ provinces: 31 });
	});

	it('ranks among the provinces with a value: Anhui is 1st of 1 in the Party School index 2020', async () => {
		const rows = await queryProfileValues(db, { adcodes: [340000, 620000], year: 2020 });
		const cps = rows.filter((r) => r.indicator === 'cps_online_service_index');
		expect(cps).toEqual([
			{ adcode: 340000, indicator: 'cps_online_service_index', value: 91.02, rank: 1, provinces: 1 },
			{ adcode: 620000, indicator: 'cps_online_service_index', value: null, rank: null, provinces: 1 }
		]);
	});

	it('returns nothing for no province or an adcode that is not one', async () => {
		expect(await queryProfileValues(db, { adcodes: [], year: 2018 })).toEqual([]);
		expect(await queryProfileValues(db, { adcodes: [999999], year: 2018 })).toEqual([]);
	});
});

describe('queryProfileSeries', () => {
	it('gives Gansu’s coverage breadth for each of 2011–2023', async () => {
		const rows = await queryProfileSeries(db, { adcodes: [620000], indicator: BREADTH });
		expect(rows.map((r) => r.year)).toEqual(YEARS);
		expect(rows[0]).toEqual({ adcode: 620000, year: 2011, value: 4.99 });
		expect(rows.find((r) => r.year === 2018)?.value).toBe(261.289635);
		expect(rows.at(-1)?.value).toBe(374.689778);
	});

	it('holds only the years with a value (investment from 2014)', async () => {
		const rows = await queryProfileSeries(db, {
			adcodes: [620000, 330000],
			indicator: 'pku_dfiic_investment'
		});
		expect(rows).toHaveLength(2 * 10);
		expect(rows[0]).toMatchObject({ adcode: 330000, year: 2014 });
	});
});

describe('profileSeries and provinceProfileRows', () => {
	async function gansu(
		scheme: 'region4' | 'region3',
		adcode = 620000,
		region: 'west' | 'east' | 'northeast' = 'west'
	) {
		const points = await queryProfileSeries(db, { adcodes: [adcode], indicator: BREADTH });
		const stats = await queryRegionStats(db, { indicator: BREADTH, scheme });
		return profileSeries(points, stats, region, YEARS);
	}

	it('sets Gansu 2018 (261.29) against the West mean 267.19 and the East mean 310.29', async () => {
		const series = await gansu('region4');
		expect(series).toHaveLength(13);
		const y2018 = series.find((d) => d.year === 2018);
		expect(y2018?.value).toBe(261.289635);
		expect(y2018?.regionMean).toBeCloseTo(267.1901201667, 9);
		expect(y2018?.eastMean).toBeCloseTo(310.2877462, 9);
		expect(y2018?.gapToRegion).toBeCloseTo(-5.9004851667, 9);
		expect(y2018?.gapToEast).toBeCloseTo(-48.9981112, 9);
		expect(series[0]).toMatchObject({ year: 2011, value: 4.99 });
		expect(series[0]?.gapToEast).toBeCloseTo(4.99 - 62.776, 9);
	});

	it('uses the view’s scheme: under three belts Liaoning is East, against an East mean of 306.79 (11 provinces)', async () => {
		const series = await gansu('region3', 210000, 'east');
		const y2018 = series.find((d) => d.year === 2018);
		expect(y2018?.regionMean).toBeCloseTo(306.7900519091, 9);
		expect(y2018?.gapToEast).toBeCloseTo(271.813109 - 306.7900519091, 9);
	});

	it('leaves a year without a value null, with its means and their province counts, and never fills it', () => {
		const series = profileSeries(
			[{ adcode: 1, year: 2020, value: 10 }],
			[
				{ year: 2019, region: 'west', provinces: 2, mean: 8, min: 7, max: 9 },
				{ year: 2020, region: 'west', provinces: 2, mean: 9, min: 8, max: 10 }
			],
			'west',
			[2019, 2020]
		);
		expect(series).toEqual([
			{
				year: 2019,
				value: null,
				regionMean: 8,
				eastMean: null,
				regionProvinces: 2,
				eastProvinces: 0,
				gapToRegion: null,
				gapToEast: null
			},
			{
				year: 2020,
				value: 10,
				regionMean: 9,
				eastMean: null,
				regionProvinces: 2,
				eastProvinces: 0,
				gapToRegion: 1,
				gapToEast: null
			}
		]);
	});

	it('downloads indicator,year,adcode,province,region,value,region_mean,east_mean,gap_to_region,gap_to_east per year', async () => {
		const rows = provinceProfileRows(await gansu('region4'), {
			indicator: BREADTH,
			adcode: 620000,
			province: '甘肃',
			region: 'west'
		});
		expect(PROVINCE_PROFILE_COLUMNS).toEqual([
			'indicator',
			'year',
			'adcode',
			'province',
			'region',
			'value',
			'region_mean',
			'east_mean',
			'gap_to_region',
			'gap_to_east'
		]);
		expect(rows).toHaveLength(13);
		expect(Object.keys(rows[0] ?? {})).toEqual([...PROVINCE_PROFILE_COLUMNS]);
		expect(rows.find((r) => r.year === 2018)).toMatchObject({
			indicator: BREADTH,
			adcode: 620000,
			province: '甘肃',
			region: 'west',
			value: 261.289635
		});
	});
});

describe('gapSentence', () => {
	const gansu2018 = {
		province: '甘肃',
		region: 'west' as const,
		year: 2018,
		value: 261.289635,
		regionMean: 267.1901201667,
		eastMean: 310.2877462
	};

	it('says how far the province is from its region’s mean and the East’s, to one decimal', () => {
		expect(gapSentence('zh', gansu2018)).toBe('甘肃比西部平均值低 5.9，比东部平均值低 49.0。');
		expect(gapSentence('en', { ...gansu2018, province: 'Gansu' })).toBe(
			'Gansu is 5.9 below the West mean and 49.0 below the East mean.'
		);
	});

	it('compares a province of the East with the East once (Zhejiang 2018: 19.9 above)', () => {
		const zhejiang = { province: '浙江', region: 'east' as const, year: 2018, value: 330.168879 };
		const means = { regionMean: 310.2877462, eastMean: 310.2877462 };
		expect(gapSentence('zh', { ...zhejiang, ...means })).toBe('浙江比东部平均值高 19.9。');
		expect(gapSentence('en', { ...zhejiang, ...means, province: 'Zhejiang' })).toBe(
			'Zhejiang is 19.9 above the East mean.'
		);
	});

	it('says "level with" a mean it is within 0.05 of, and leaves out a mean that is missing', () => {
		const anhui = { province: 'Anhui', region: 'central' as const, year: 2020, value: 91.02 };
		expect(gapSentence('en', { ...anhui, regionMean: 91.02, eastMean: null })).toBe(
			'Anhui is level with the Central mean.'
		);
		expect(gapSentence('zh', { ...anhui, province: '安徽', regionMean: 91.04, eastMean: 90 })).toBe(
			'安徽与中部平均值持平，比东部平均值高 1.0。'
		);
	});

	it('says "no data" when the province has no value that year', () => {
		expect(gapSentence('zh', { ...gansu2018, value: null })).toBe('甘肃 2018 年无数据。');
		expect(gapSentence('en', { ...gansu2018, province: 'Gansu', value: null })).toBe(
			'No data for Gansu in 2018.'
		);
	});
});

describe('indicatorStandings', () => {
	it('lists every indicator in the manifest’s order, "no data" where the province has none', async () => {
		const values = await queryProfileValues(db, { adcodes: [620000], year: 2018 });
		const standings = indicatorStandings(manifest.indicators, values, 620000);
		expect(standings.map((s) => s.indicator.id)).toEqual(manifest.indicators.map((i) => i.id));
		expect(standings[1]).toMatchObject({ value: 261.289635, rank: 26, provinces: 31 });
		expect(standings.at(-1)).toMatchObject({ value: null, rank: null, provinces: 0 });
	});
});

describe('profiledProvinces and profileKey', () => {
	it('profile the provinces selected by adcode, in selection order, up to MAX_PROFILES; regions get none', () => {
		expect(profiledProvinces(['west', 620000, 330000])).toEqual([620000, 330000]);
		const many = [110000, 120000, 130000, 140000, 150000, 210000];
		expect(profiledProvinces(many)).toEqual(many.slice(0, MAX_PROFILES));
		expect(profileKey({ indicator: BREADTH, year: 2018, select: ['west', 620000] })).toBe(
			`${BREADTH}|2018|620000`
		);
	});
});
