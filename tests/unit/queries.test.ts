// The SQL of lib/queries on the real data, checked against hand-computed figures and against
// the pure reference functions of lib/metrics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRegionStats } from '$lib/queries/region-stats';
import { queryProvinceValues } from '$lib/queries/province-values';
import { summariseRegions } from '$lib/metrics/summarise-regions';
import { regionGap } from '$lib/metrics/gap';
import { SCHEME_REGIONS } from '$lib/data/manifest';
import type { NodeDatabase } from '$lib/db/node';
import { realDatabase } from './support/real-data';

let db: NodeDatabase;
beforeAll(async () => {
	db = await realDatabase();
});
afterAll(() => db.close());

describe('queryRegionStats', () => {
	it('gives the PKU aggregate index 2019 by NBS region: East 358.51, Central 322.59, West 301.54, Northeast 298.88', async () => {
		const rows = (
			await queryRegionStats(db, { indicator: 'pku_dfiic_index_aggregate', scheme: 'region4' })
		).filter((r) => r.year === 2019);
		const byRegion = Object.fromEntries(rows.map((r) => [r.region, r]));
		expect(byRegion.east?.mean).toBeCloseTo(358.51, 2);
		expect(byRegion.central?.mean).toBeCloseTo(322.59, 2);
		expect(byRegion.west?.mean).toBeCloseTo(301.54, 2);
		expect(byRegion.northeast?.mean).toBeCloseTo(298.88, 2);
		expect(rows.map((r) => [r.region, r.provinces])).toEqual(
			expect.arrayContaining([
				['east', 10],
				['central', 6],
				['west', 12],
				['northeast', 3]
			])
		);
		expect(byRegion.east?.max).toBe(410.281425); // Shanghai
		expect(byRegion.west?.min).toBe(282.646); // Qinghai
	});

	it('moves Liaoning to the East and Jilin and Heilongjiang to the Centre under the three-region scheme', async () => {
		const rows = (
			await queryRegionStats(db, { indicator: 'pku_dfiic_index_aggregate', scheme: 'region3' })
		).filter((r) => r.year === 2019);
		expect(rows.map((r) => [r.region, r.provinces]).sort()).toEqual([
			['central', 8],
			['east', 11],
			['west', 12]
		]);
		expect(rows.find((r) => r.region === 'east')?.mean).toBeCloseTo(354.1921, 3);
	});

	it('covers every year with data: 2011–2023 for the aggregate, 2014–2023 for investment', async () => {
		const years = async (indicator: string) => [
			...new Set((await queryRegionStats(db, { indicator, scheme: 'region4' })).map((r) => r.year))
		];
		expect(await years('pku_dfiic_index_aggregate')).toEqual(Array.from({ length: 13 }, (_, i) => 2011 + i));
		expect(await years('pku_dfiic_investment')).toEqual(Array.from({ length: 10 }, (_, i) => 2014 + i));
	});

	it('agrees with the reference function summariseRegions to 1e-9 for every indicator, year and scheme', async () => {
		const indicators = await db.query<{ indicator: string }>('SELECT DISTINCT indicator FROM observations');
		for (const { indicator } of indicators) {
			for (const scheme of ['region4', 'region3'] as const) {
				const sql = await queryRegionStats(db, { indicator, scheme });
				for (const year of new Set(sql.map((r) => r.year))) {
					const values = await queryProvinceValues(db, { indicator, year, scheme });
					const reference = summariseRegions(values, SCHEME_REGIONS[scheme]).filter((f) => f.provinces > 0);
					const fromSql = sql.filter((r) => r.year === year);
					expect(fromSql).toHaveLength(reference.length);
					for (const ref of reference) {
						const row = fromSql.find((r) => r.region === ref.region);
						expect(row?.provinces).toBe(ref.provinces);
						expect(Math.abs((row?.mean ?? NaN) - (ref.mean as number))).toBeLessThan(1e-9);
						expect(row?.min).toBe(ref.min);
						expect(row?.max).toBe(ref.max);
					}
				}
			}
		}
	});

	it('gives the East–West gap of the aggregate index: 32.89 (×2.18) in 2011, 57.09 (×1.15) in 2023', async () => {
		const gap = regionGap(
			await queryRegionStats(db, { indicator: 'pku_dfiic_index_aggregate', scheme: 'region4' })
		);
		expect(gap[0]?.year).toBe(2011);
		expect(gap[0]?.difference).toBeCloseTo(32.8912, 3);
		expect(gap[0]?.ratio).toBeCloseTo(2.181, 3);
		expect(gap.at(-1)?.difference).toBeCloseTo(57.0936, 3);
		expect(gap.at(-1)?.ratio).toBeCloseTo(1.1539, 3);
	});
});

describe('queryProvinceValues', () => {
	it('ranks the 31 provinces for 2019: Shanghai, Beijing, Zhejiang first; Qinghai last', async () => {
		const rows = await queryProvinceValues(db, {
			indicator: 'pku_dfiic_index_aggregate',
			year: 2019,
			scheme: 'region4'
		});
		expect(rows).toHaveLength(31);
		expect(rows.slice(0, 3).map((r) => [r.rank, r.name_zh, r.value])).toEqual([
			[1, '上海', 410.281425],
			[2, '北京', 399.002577],
			[3, '浙江', 387.487767]
		]);
		expect(rows.at(-1)).toMatchObject({ rank: 31, name_zh: '青海', region: 'west', value: 282.646 });
	});

	it('lists provinces without a value last, with no value and no rank (Party School index, 2020: Anhui only)', async () => {
		const rows = await queryProvinceValues(db, {
			indicator: 'cps_online_service_index',
			year: 2020,
			scheme: 'region4'
		});
		expect(rows).toHaveLength(31);
		expect(rows[0]).toMatchObject({ adcode: 340000, value: 91.02, rank: 1, region: 'central' });
		expect(rows.slice(1).every((r) => r.value === null && r.rank === null)).toBe(true);
	});

	it('gives tied scores the same rank, as the published ranking does (Zhejiang and Guangdong, 96.73 in 2019)', async () => {
		const rows = await queryProvinceValues(db, {
			indicator: 'cps_online_service_index',
			year: 2019,
			scheme: 'region4'
		});
		expect(rows.slice(0, 3).map((r) => [r.adcode, r.rank])).toEqual([
			[330000, 1],
			[440000, 1],
			[310000, 3]
		]);
	});

	it('treats a hostile indicator id as a value that matches nothing, not as SQL', async () => {
		const rows = await queryProvinceValues(db, {
			indicator: "x' OR '1'='1",
			year: 2019,
			scheme: 'region4'
		});
		expect(rows.every((r) => r.value === null)).toBe(true);
	});
});
