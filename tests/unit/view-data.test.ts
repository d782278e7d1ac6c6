// How the overview's rows are fetched (ViewData): which queries a view costs, and that a change of year
// costs none once the indicator's years are in. Run on the real data through the Node connector, with a
// connector that records every query it passes on.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { queryProvinceValues } from '$lib/queries/province-values';
import { queryRegionStats } from '$lib/queries/region-stats';
import { ALL_YEARS_AT_ONCE, ViewData } from '$lib/state/view-data.svelte';
import { queryEarlyRows, type EarlyRows } from '$lib/state/early-rows';
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

	it('takes over the prerendered early rows without a query: every year and scheme of their indicator is at hand', async () => {
		const engine = counting();
		const { manifest } = await realDataset();
		const early = await queryEarlyRows(db, base.indicator);
		const data = new ViewData(() => ({ early, view: at(2023), places: manifest.provinces }));
		expect(data.shown).toBe('pku_dfiic_index_aggregate|2023|region4');
		await data.load(engine, at(2023), PROVINCIAL);
		const region3 = { ...at(2015), scheme: 'region3' } as const;
		expect(data.show(region3)).toBe(true);
		expect(data.provinces).toEqual(await queryProvinceValues(db, region3));
		expect(data.stats).toEqual(await queryRegionStats(db, region3));
		await data.load(engine, region3, PROVINCIAL);
		expect(engine.queries).toEqual([]);
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

describe('ViewData.showEarly', () => {
	/** Early rows fetched by hand: each indicator's fetch waits until the test releases it. */
	function heldFetch() {
		const asked: string[] = [];
		const release = new Map<string, (rows: EarlyRows | null) => void>();
		const fetch = (indicator: string) => {
			asked.push(indicator);
			return new Promise<EarlyRows | null>((resolve) => release.set(indicator, resolve));
		};
		return { asked, release, fetch };
	}
	const places = async () => (await realDataset()).manifest.provinces;
	const payment = (year: number): ViewState => ({ ...at(year), indicator: 'pku_dfiic_payment' });

	it('draws another indicator from its early rows, fetched once, and then its other years at once', async () => {
		const provinces = await places();
		const data = new ViewData(() => ({ early: null, view: at(2023), places: provinces }));
		const held = heldFetch();
		const drawn = data.showEarly(payment(2023), held.fetch);
		expect(data.shown).toBe('');
		held.release.get('pku_dfiic_payment')!(await queryEarlyRows(db, 'pku_dfiic_payment'));
		await drawn;
		expect(data.shown).toBe('pku_dfiic_payment|2023|region4');
		expect(data.provinces).toEqual(await queryProvinceValues(db, payment(2023)));

		await data.showEarly(payment(2012), held.fetch);
		expect(data.shown).toBe('pku_dfiic_payment|2012|region4');
		expect(data.stats).toEqual(await queryRegionStats(db, payment(2012)));
		expect(held.asked).toEqual(['pku_dfiic_payment']);
	});

	it('draws early rows that arrive late only if their view is still the one asked for', async () => {
		const provinces = await places();
		const early = await queryEarlyRows(db, base.indicator);
		const data = new ViewData(() => ({ early, view: at(2023), places: provinces }));
		const held = heldFetch();
		const late = data.showEarly(payment(2023), held.fetch);
		await data.showEarly(at(2019), held.fetch);
		expect(data.shown).toBe('pku_dfiic_index_aggregate|2019|region4');
		held.release.get('pku_dfiic_payment')!(await queryEarlyRows(db, 'pku_dfiic_payment'));
		await late;
		expect(data.shown).toBe('pku_dfiic_index_aggregate|2019|region4');
	});

	it('leaves a view without early rows (a derived indicator) to the engine, which then draws it', async () => {
		const provinces = await places();
		const data = new ViewData(() => ({ early: null, view: at(2023), places: provinces }));
		await data.showEarly(payment(2023), async () => null);
		expect(data.shown).toBe('');
		const engine = counting();
		await data.load(engine, payment(2023), PROVINCIAL);
		expect(data.shown).toBe('pku_dfiic_payment|2023|region4');
		expect(engine.queries.toSorted()).toEqual(['all-years', 'other']);
	});

	it('at county scale, early rows of one year still leave every year to be fetched after a pause', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const provinces = await places();
		const early = await queryEarlyRows(db, base.indicator, 2023);
		const data = new ViewData(() => ({ early, view: at(2023), places: provinces }));
		expect(data.shown).toBe('pku_dfiic_index_aggregate|2023|region4');
		expect(data.show(at(2018))).toBe(false);
		const engine = counting();
		await data.load(engine, at(2023), COUNTY);
		await vi.advanceTimersByTimeAsync(300);
		await vi.waitFor(() => expect(data.show(at(2018))).toBe(true));
		expect(engine.queries).toEqual(['all-years']);
		expect(data.provinces).toEqual(await queryProvinceValues(db, at(2018)));
	});
});
