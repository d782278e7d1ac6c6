// How the overview's rows are fetched (ViewData): which queries a view costs, and that a change of year
// costs none once the indicator's years are in. Run on the real data through the Node connector, with a
// connector that records every query it passes on.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { queryProvinceValues } from '$lib/queries/province-values';
import { queryRegionStats } from '$lib/queries/region-stats';
import { ALL_YEARS_AT_ONCE, ViewData, queryViewRows } from '$lib/state/view-data.svelte';
import { defaultView, type ViewState } from '$lib/state/view';
import type { NodeDatabase } from '$lib/db/node';
import { realDatabase, realDataset } from './support/real-data';

let db: NodeDatabase;
let base: ViewState;
beforeAll(async () => {
	db = await realDatabase();
	base = defaultView((await realDataset()).manifest);
});
afterAll(() => db.close());
afterEach(() => vi.useRealTimers());

/** The real database, counting the queries: `all-years` (every year's provinces), or `other`. */
function counting(): Connector & { queries: string[] } {
	const queries: string[] = [];
	return {
		queries,
		query: (sql, params) => {
			queries.push(/CROSS JOIN provinces/.test(sql) ? 'all-years' : 'other');
			return db.query(sql, params);
		}
	};
}

const PROVINCIAL = 31 * 13;
const COUNTY = 2850 * 20;
const at = (year: number): ViewState => ({ ...base, year });

describe('ViewData.load', () => {
	it('at provincial scale, asks for the region statistics and every year of the provinces (two queries), then nothing for a change of year', async () => {
		expect(PROVINCIAL).toBeLessThanOrEqual(ALL_YEARS_AT_ONCE);
		const engine = counting();
		const data = new ViewData();
		await data.load(engine, at(2023), PROVINCIAL);
		expect(engine.queries.toSorted()).toEqual(['all-years', 'other']);
		expect(data.shown).toBe('pku_dfiic_index_aggregate|2023|region4');
		expect(data.provinces).toEqual(await queryProvinceValues(db, at(2023)));
		expect(data.stats).toEqual(await queryRegionStats(db, at(2023)));

		for (const year of [2011, 2018, 2022]) {
			expect(data.show(at(year))).toBe(true);
			await data.load(engine, at(year), PROVINCIAL);
			expect(data.shown).toBe(`pku_dfiic_index_aggregate|${year}|region4`);
			expect(data.provinces).toEqual(await queryProvinceValues(db, at(year)));
		}
		expect(engine.queries).toHaveLength(2);
	});

	it('takes over the prerendered first view with one query, for every year of its provinces', async () => {
		const engine = counting();
		const first = await queryViewRows(db, at(2023));
		const data = new ViewData(() => ({ rows: first, view: at(2023) }));
		expect(data.shown).toBe('pku_dfiic_index_aggregate|2023|region4');
		await data.load(engine, at(2023), PROVINCIAL);
		expect(engine.queries).toEqual(['all-years']);
		expect(data.show(at(2015))).toBe(true);
		expect(data.provinces).toEqual(await queryProvinceValues(db, at(2015)));
	});

	it('at county scale, draws the year asked for first (two small queries) and fetches every year only after a pause', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const engine = counting();
		const data = new ViewData();
		await data.load(engine, at(2023), COUNTY);
		expect(engine.queries).toEqual(['other', 'other']);
		expect(data.show(at(2018))).toBe(false);

		// Changes in quick succession put the fetch off again; it runs once they stop. The view asked for
		// again is still in the memo: it costs no query.
		await data.load(engine, { ...at(2023), indicator: 'pku_dfiic_payment' }, COUNTY);
		await vi.advanceTimersByTimeAsync(200);
		await data.load(engine, at(2023), COUNTY);
		expect(engine.queries).toEqual(Array(4).fill('other'));
		await vi.advanceTimersByTimeAsync(300);
		await vi.waitFor(() => expect(data.show(at(2018))).toBe(true));
		expect(engine.queries.at(-1)).toBe('all-years');
		expect(engine.queries).toHaveLength(5);
		expect(data.provinces).toEqual(await queryProvinceValues(db, at(2018)));
	});
});
