// Chart titles that state a finding, from the real data through the page's SQL. Expected values were
// checked by hand against data/observations/*.csv (e.g. 2023: Shanghai 473.834, Qinghai 351.078).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryProvinceValues } from '$lib/queries/province-values';
import { queryRegionStats } from '$lib/queries/region-stats';
import { regionsInYear } from '$lib/metrics/region-year';
import { SCHEME_REGIONS } from '$lib/data/manifest';
import {
	levelDistributionTitle,
	provinceRankingTitle,
	regionSummaryTitle,
	tileMapTitle
} from '$lib/charts/chart-findings';
import { realDatabase, realDataset } from './support/real-data';
import type { NodeDatabase } from '$lib/db/node';

let db: NodeDatabase;
beforeAll(async () => {
	db = await realDatabase();
});
afterAll(() => db?.close());

const aggregate = 'pku_dfiic_index_aggregate';

describe('regionSummaryTitle(lang, figures, year)', () => {
	it('names the regions with the highest and the lowest mean, to one decimal', async () => {
		const stats = await queryRegionStats(db, { indicator: aggregate, scheme: 'region4' });
		const figures = regionsInYear(stats, 2023, SCHEME_REGIONS.region4);
		expect(regionSummaryTitle('zh', figures, 2023)).toBe('2023 年东部平均值最高（428.1），东北最低（367.3）');
		expect(regionSummaryTitle('en', figures, 2023)).toBe(
			'In 2023 the East had the highest mean (428.1), the Northeast the lowest (367.3)'
		);
	});

	it('states nothing when fewer than two regions have a mean', async () => {
		const stats = await queryRegionStats(db, { indicator: 'cps_online_service_index', scheme: 'region4' });
		expect(regionSummaryTitle('zh', regionsInYear(stats, 2020, SCHEME_REGIONS.region4), 2020)).toBeNull();
	});
});

describe('provinceRankingTitle(lang, provinces, year)', () => {
	it('names the highest and the lowest province', async () => {
		const provinces = await queryProvinceValues(db, { indicator: aggregate, year: 2023, scheme: 'region4' });
		expect(provinceRankingTitle('zh', provinces, 2023)).toBe('2023 年上海最高（473.8），青海最低（351.1）');
		expect(provinceRankingTitle('en', provinces, 2023)).toBe(
			'In 2023 Shanghai ranked highest (473.8), Qinghai lowest (351.1)'
		);
	});
});

describe('tileMapTitle(lang, provinces, year)', () => {
	it('counts the top five provinces of the region that holds most of them', async () => {
		const provinces = await queryProvinceValues(db, { indicator: aggregate, year: 2023, scheme: 'region4' });
		expect(tileMapTitle('zh', provinces, 2023)).toBe('2023 年排名前 5 的省份中，5 个属于东部');
		// Party School 2019: Zhejiang, Guangdong, Shanghai, Jiangsu (East) and Guizhou (West) lead.
		const cps = await queryProvinceValues(db, {
			indicator: 'cps_online_service_index',
			year: 2019,
			scheme: 'region4'
		});
		expect(tileMapTitle('en', cps, 2019)).toBe('In 2019, 4 of the top 5 provinces were in the East');
	});
});

describe('levelDistributionTitle(lang, counts)', () => {
	it('compares the first and the latest count of “very high” units that the source does not doubt', async () => {
		const { manifest } = await realDataset();
		expect(levelDistributionTitle('zh', manifest.level_counts)).toBe(
			'“非常高”等级的省级单位：2016 年 3 个，2021 年 16 个'
		);
	});
});
