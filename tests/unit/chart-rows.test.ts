// The rows each chart draws and downloads, from the real data through the Node connector.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRegionStats } from '$lib/queries/region-stats';
import { queryProvinceValues } from '$lib/queries/province-values';
import { regionsInYear } from '$lib/metrics/region-year';
import { regionGap } from '$lib/metrics/gap';
import { SCHEME_REGIONS } from '$lib/data/manifest';
import { regionSummaryRows } from '$lib/charts/region-summary';
import { gapTrendRows } from '$lib/charts/gap-trend';
import { provinceRankingRows } from '$lib/charts/province-ranking';
import { levelBars, levelDistributionRows } from '$lib/charts/level-distribution';
import { publishedLevels } from '$lib/charts/published-levels';
import type { NodeDatabase } from '$lib/db/node';
import { realDatabase, realDataset } from './support/real-data';

let db: NodeDatabase;
beforeAll(async () => {
	db = await realDatabase();
});
afterAll(() => db.close());

const indicator = 'pku_dfiic_index_aggregate';

describe('regionSummaryRows', () => {
	it('holds one row per region of the scheme with the region id and its name in the view’s language', async () => {
		const stats = await queryRegionStats(db, { indicator, scheme: 'region4' });
		const rows = regionSummaryRows(regionsInYear(stats, 2019, SCHEME_REGIONS.region4), {
			indicator,
			year: 2019,
			scheme: 'region4',
			lang: 'zh'
		});
		expect(rows.map((r) => [r.region, r.region_name, r.provinces])).toEqual([
			['east', '东部', 10],
			['central', '中部', 6],
			['west', '西部', 12],
			['northeast', '东北', 3]
		]);
		expect(rows[0]).toMatchObject({ indicator, year: 2019, scheme: 'region4', max: 410.281425 });
	});

	it('keeps regions without data as rows with 0 provinces and empty figures (Party School index, 2020)', async () => {
		const stats = await queryRegionStats(db, { indicator: 'cps_online_service_index', scheme: 'region4' });
		const rows = regionSummaryRows(regionsInYear(stats, 2020, SCHEME_REGIONS.region4), {
			indicator: 'cps_online_service_index',
			year: 2020,
			scheme: 'region4',
			lang: 'en'
		});
		expect(rows.map((r) => [r.region_name, r.provinces, r.mean])).toEqual([
			['East', 0, null],
			['Central', 1, 91.02],
			['West', 0, null],
			['Northeast', 0, null]
		]);
	});
});

describe('gapTrendRows', () => {
	it('holds every region-year mean and the East–West difference and ratio for each year', async () => {
		const stats = await queryRegionStats(db, { indicator, scheme: 'region4' });
		const rows = gapTrendRows(stats, regionGap(stats), SCHEME_REGIONS.region4, {
			indicator,
			scheme: 'region4',
			lang: 'zh'
		});
		expect(rows).toHaveLength(13 * 4 + 13 * 2);
		const y2011 = rows.filter((r) => r.year === 2011);
		expect(y2011.map((r) => r.region)).toEqual([
			'east',
			'central',
			'west',
			'northeast',
			'east_minus_west',
			'east_over_west'
		]);
		expect(y2011[4]?.mean).toBeCloseTo(32.8912, 4);
		expect(y2011[5]?.mean).toBeCloseTo(2.181, 3);
		expect(y2011[4]?.provinces).toBeNull();
	});
});

describe('provinceRankingRows', () => {
	it('holds the 31 provinces with rank, adcode, name, region and the value of the data file', async () => {
		const provinces = await queryProvinceValues(db, { indicator, year: 2019, scheme: 'region3' });
		const rows = provinceRankingRows(provinces, { indicator, year: 2019, scheme: 'region3', lang: 'zh' });
		expect(rows).toHaveLength(31);
		expect(rows[0]).toEqual({
			indicator,
			year: 2019,
			scheme: 'region3',
			rank: 1,
			adcode: 310000,
			province: '上海',
			region: 'east',
			value: 410.281425
		});
		expect(rows.find((r) => r.adcode === 210000)?.region).toBe('east'); // Liaoning, three-region scheme
	});
});

describe('levelBars', () => {
	it('gives the published level counts by data year, leaving out rows that are not a level', async () => {
		const bars = levelBars((await realDataset()).manifest.level_counts);
		expect(bars.map((b) => [b.data_year, b.level, b.province_count])).toEqual([
			[2016, '非常高', 3],
			[2019, '非常高', 8],
			[2019, '高', 15],
			[2019, '中', 9],
			[2020, '非常高', 8],
			[2021, '非常高', 16],
			[2021, '高', 12],
			[2021, '中', 4]
		]);
	});

	it('cites both sources where two give the same count, and flags the doubtful 2020 count', async () => {
		const rows = levelDistributionRows(levelBars((await realDataset()).manifest.level_counts));
		expect(String(rows[0]?.source).split(' ; ')).toHaveLength(2);
		expect(rows.filter((r) => r.low_confidence === 'yes').map((r) => r.data_year)).toEqual([2020]);
	});

	it('refuses counts that disagree rather than picking one', () => {
		const count = { report_year: null, level: '高', source: 's', note: '', low_confidence: false };
		expect(() =>
			levelBars([
				{ ...count, data_year: 2019, province_count: 15 },
				{ ...count, data_year: 2019, province_count: 14 }
			])
		).toThrow(/disagree/);
	});
});

describe('publishedLevels(ranks, adcodes)', () => {
	it('gives the selected provinces’ published level and rank by data year, in selection order', async () => {
		const { published_ranks } = (await realDataset()).manifest;
		expect(publishedLevels(published_ranks, [620000, 330000])).toEqual([
			{ adcode: 620000, data_year: 2019, level: '中', rank: 29 },
			{ adcode: 330000, data_year: 2016, level: '非常高', rank: 1 },
			{ adcode: 330000, data_year: 2017, level: '', rank: 1 },
			{ adcode: 330000, data_year: 2018, level: '', rank: 3 },
			{ adcode: 330000, data_year: 2019, level: '非常高', rank: 1 }
		]);
	});
});
