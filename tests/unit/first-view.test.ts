// What the faster overview rests on: every year's provinces fetched in one query are the rows the one-year
// query gives; the prerendered rows are those of the default view; the county-scale ranking draws a few.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	queryProvinceValues,
	queryProvinceValuesByYear,
	type ProvinceValue
} from '$lib/queries/province-values';
import { queryRegionStats } from '$lib/queries/region-stats';
import { queryViewRows } from '$lib/state/view-data.svelte';
import { defaultView } from '$lib/state/view';
import { REGION_SCHEMES } from '$lib/data/manifest';
import { RANKING_ALL_UP_TO, RANKING_EDGE, rankingLines } from '$lib/charts/province-ranking';
import type { NodeDatabase } from '$lib/db/node';
import { realDatabase, realDataset } from './support/real-data';

let db: NodeDatabase;
beforeAll(async () => {
	db = await realDatabase();
});
afterAll(() => db.close());

describe('queryProvinceValuesByYear', () => {
	it('gives, for every indicator, scheme and year with data, exactly the rows of queryProvinceValues', async () => {
		const { manifest } = await realDataset();
		for (const indicator of manifest.indicators) {
			for (const scheme of REGION_SCHEMES) {
				const byYear = await queryProvinceValuesByYear(db, { indicator: indicator.id, scheme });
				expect([...byYear.keys()]).toEqual(indicator.years.map((y) => y.year));
				for (const { year } of indicator.years) {
					const one = await queryProvinceValues(db, { indicator: indicator.id, year, scheme });
					expect(byYear.get(year), `${indicator.id} ${year} ${scheme}`).toEqual(one);
				}
			}
		}
	});
});

describe('queryViewRows', () => {
	it('holds the region statistics and provinces of the default view (what the prerendered page draws)', async () => {
		const { manifest } = await realDataset();
		const view = defaultView(manifest);
		const rows = await queryViewRows(db, view);
		expect(rows.view).toEqual({ indicator: 'pku_dfiic_index_aggregate', year: 2023, scheme: 'region4' });
		expect(rows.stats).toEqual(await queryRegionStats(db, view));
		expect(rows.provinces).toEqual(await queryProvinceValues(db, view));
		expect(rows.provinces).toHaveLength(31);
	});
});

describe('rankingLines', () => {
	const unit = (i: number, value: number | null): ProvinceValue => ({
		adcode: 100000 + i,
		name_zh: `单位${i}`,
		name_en: `Unit ${i}`,
		region: 'east',
		value,
		rank: value == null ? null : i + 1
	});
	const none = () => false;

	it('draws every province when there are at most RANKING_ALL_UP_TO (the 31 provinces always)', () => {
		const units = Array.from({ length: RANKING_ALL_UP_TO }, (_, i) => unit(i, i < 50 ? 100 - i : null));
		expect(rankingLines(units, none)).toEqual(units.map((province) => ({ kind: 'province', province })));
	});

	it('beyond, draws the top and bottom RANKING_EDGE, the selected, a note per run left out, and counts those without data', () => {
		const units = Array.from({ length: 2850 }, (_, i) => unit(i, i < 2800 ? 3000 - i : null));
		const selected = new Set([100500, 102810]); // one ranked in the middle, one without data
		const lines = rankingLines(units, (p) => selected.has(p.adcode));
		const drawn = lines.flatMap((l) => (l.kind === 'province' ? [l.province.adcode - 100000] : []));
		expect(drawn).toEqual([
			...Array.from({ length: RANKING_EDGE }, (_, i) => i),
			500,
			...Array.from({ length: RANKING_EDGE }, (_, i) => 2800 - RANKING_EDGE + i),
			2810
		]);
		expect(lines.filter((l) => l.kind === 'more').map((l) => (l.kind === 'more' ? l.count : 0))).toEqual([
			500 - RANKING_EDGE,
			2800 - RANKING_EDGE - 501
		]);
		expect(lines.at(-1)).toEqual({ kind: 'noData', count: 49 });
	});
});
