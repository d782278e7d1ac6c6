// The rows behind the charts for the current view, declared as queries into lib/queries and run by the
// QueryCoordinator. Region statistics cover every year, and so, once fetched, do the provinces: a change of
// year then needs no query at all.
// At provincial scale the provinces of all the years come in one query, as fast as one year's (about
// 15 ms in DuckDB-WASM here). At county scale that query takes ten times one year's (300 ms for 2,850
// units × 20 years), so the year shown comes first and the rest once the user pauses: a quick run of
// indicator changes would otherwise wait behind it in the engine's one worker.
// Before the engine is ready, views are drawn from early rows (see early-rows.ts): the same rows, computed at
// build time. Where they are at hand the engine is never asked for them, before or after it is ready.
import type { Connector } from '$lib/db/connector';
import { queryRegionStats, type RegionStat } from '$lib/queries/region-stats';
import {
	queryProvinceValues,
	queryProvinceValuesByYear,
	type ProvinceValue
} from '$lib/queries/province-values';
import type { Province } from '$lib/data/manifest';
import { EarlyRowsStore, type EarlyRows, type FetchEarlyRows } from './early-rows';
import { QueryCoordinator } from './query-coordinator.svelte';
import { runQueries, type QueryDeclarations } from './query-declaration';
import { QueryMemo } from './query-memo';
import type { ViewState } from './view';

/** Up to this many rows (units × years), the provinces of every year are fetched with the first view of an indicator. */
export const ALL_YEARS_AT_ONCE = 5000;
/**
 * Whether the provinces of every year of an indicator come at once (its early rows too), for `rows` = units
 * × years: at provincial scale; at county scale the year shown comes first.
 */
export const allYearsAtOnce = (rows: number): boolean => rows <= ALL_YEARS_AT_ONCE;
/** Beyond it, they are fetched once no view has been asked for this long (ms). */
const ALL_YEARS_AFTER = 300;

/** What the data of a view depends on; the language and selection need none. */
export type DataView = Pick<ViewState, 'indicator' | 'year' | 'scheme'>;

/** Identifies the data a view needs; the language and selection need none. */
export const dataKey = (v: DataView): string => `${v.indicator}|${v.year}|${v.scheme}`;

const seriesKey = (v: DataView): string => `${v.indicator}|${v.scheme}`;

const dataView = (v: DataView): DataView => ({ indicator: v.indicator, year: v.year, scheme: v.scheme });

type Rows = { stats: RegionStat[]; provinces: ProvinceValue[] };

/** The rows of one view, as the engine's queries give them (what the early rows must equal, see early-rows.ts). */
export interface ViewRows extends Rows {
	view: DataView;
}

const VIEW_QUERIES: QueryDeclarations<DataView, Rows> = {
	stats: { name: 'region-stats', key: seriesKey, query: queryRegionStats },
	provinces: { name: 'province-values', key: dataKey, query: queryProvinceValues }
};

/** Runs the queries of a view once, without memo. */
export async function queryViewRows(db: Connector, view: DataView): Promise<ViewRows> {
	const params = dataView(view);
	return { view: params, ...(await runQueries(db, VIEW_QUERIES, params)) };
}

export class ViewData {
	readonly #early: EarlyRowsStore;
	/** The dataKey of the view asked for last: early rows that arrive later draw only that one. */
	#asked = '';
	/** The provinces of every year of one indicator and scheme: asked for once, kept for its year changes. */
	readonly #years = new QueryMemo<DataView, Map<number, ProvinceValue[]>>({
		name: 'province-values-by-year',
		key: seriesKey,
		query: queryProvinceValuesByYear,
		atHand: (view) => {
			const early = this.#early.get(view);
			return early?.allYears ? early.provinces : undefined;
		}
	});
	/** Whether the view being loaded fetches every year of its provinces at once (see load). */
	#atOnce = true;
	readonly #rows = new QueryCoordinator<DataView, Rows>({
		key: dataKey,
		queries: {
			stats: { ...VIEW_QUERIES.stats, atHand: (view) => this.#early.get(view)?.stats },
			provinces: {
				...VIEW_QUERIES.provinces,
				query: (db, view) =>
					this.#atOnce
						? this.#years
								.get(db, view)
								.then((byYear) => byYear.get(view.year) ?? queryProvinceValues(db, view))
						: queryProvinceValues(db, view),
				atHand: (view) =>
					this.#early.get(view)?.provinces.get(view.year) ?? this.#years.peek(view)?.get(view.year)
			}
		},
		empty: { stats: [], provinces: [] }
	});
	#yearsTimer: ReturnType<typeof setTimeout> | undefined;

	/**
	 * `first()`, read once here, may give early rows (those inlined into the prerendered page, of the default
	 * indicator) and the provinces they name: if they hold its `view`, it is shown at once.
	 */
	constructor(first?: () => { early: EarlyRows | null; view: DataView; places: readonly Province[] }) {
		const { early, view, places } = first?.() ?? { early: null, view: null, places: [] };
		this.#early = new EarlyRowsStore(places);
		if (early) this.#early.add(early);
		if (view) this.show(view);
	}

	get stats(): RegionStat[] {
		return this.#rows.rows.stats;
	}
	get provinces(): ProvinceValue[] {
		return this.#rows.rows.provinces;
	}
	/** The dataKey of the rows drawn; '' until the first load. */
	get shown(): string {
		return this.#rows.shown;
	}

	/** Whether the rows drawn are those of `view`. */
	current(view: DataView): boolean {
		return this.#rows.current(view);
	}

	/**
	 * The view the charts draw: the rows' own indicator, year and scheme (until the rows of a newer view
	 * arrive, the charts keep showing the last ones, in place), with the current language and selection.
	 */
	drawnView(view: ViewState): ViewState {
		return this.#rows.drawnView(view);
	}

	/** Shows `view` at once if its rows are already here (another year of the indicator and scheme shown); true if it did. */
	show(view: DataView): boolean {
		this.#asked = dataKey(view);
		return this.#rows.show(dataView(view));
	}

	/**
	 * Before the engine is ready: shows `view` from early rows, fetching its indicator's first if need be
	 * (`fetch` gives null for an indicator without them, which then waits for the engine).
	 */
	async showEarly(view: DataView, fetch: FetchEarlyRows): Promise<void> {
		if (this.show(view)) return;
		if ((await this.#early.fetch(view.indicator, fetch)) && this.#asked === dataKey(view)) this.show(view);
	}

	/** `rows` is how many the provinces of every year of the indicator come to (units × years). */
	async load(db: Connector, view: DataView, rows: number): Promise<void> {
		const params = dataView(view);
		this.#asked = dataKey(params);
		this.#atOnce = allYearsAtOnce(rows);
		await this.#rows.load(db, params);
		clearTimeout(this.#yearsTimer);
		if (this.#atOnce) await this.#years.get(db, params);
		// A failure here is not the page's: the years are asked for again with the next view.
		else this.#yearsTimer = setTimeout(() => this.#years.get(db, params).catch(() => {}), ALL_YEARS_AFTER);
	}
}
