// The rows behind the charts for the current view, fetched through lib/queries. Region statistics cover
// every year, and so, once fetched, do the provinces: a change of year then needs no query at all.
// At provincial scale the provinces of all the years come in one query, as fast as one year's (about
// 15 ms in DuckDB-WASM here). At county scale that query takes ten times one year's (300 ms for 2,850
// units × 20 years), so the year shown comes first and the rest once the user pauses: a quick run of
// indicator changes would otherwise wait behind it in the engine's one worker.
import type { Connector } from '$lib/db/connector';
import { queryRegionStats, type RegionStat } from '$lib/queries/region-stats';
import {
	queryProvinceValues,
	queryProvinceValuesByYear,
	type ProvinceValue
} from '$lib/queries/province-values';
import { sameView, type ViewState } from './view';

/** Up to this many rows (units × years), the provinces of every year are fetched with the first view of an indicator. */
export const ALL_YEARS_AT_ONCE = 5000;
/** Beyond it, they are fetched once no view has been asked for this long (ms). */
const ALL_YEARS_AFTER = 300;

/** What the data of a view depends on; the language and selection need none. */
export type DataView = Pick<ViewState, 'indicator' | 'year' | 'scheme'>;

/** Identifies the data a view needs; the language and selection need none. */
export const dataKey = (v: DataView): string => `${v.indicator}|${v.year}|${v.scheme}`;

const seriesKey = (v: DataView): string => `${v.indicator}|${v.scheme}`;

/** The rows of one view, as run at build time for the prerendered page (see routes/+page.server.ts). */
export interface ViewRows {
	view: DataView;
	stats: RegionStat[];
	provinces: ProvinceValue[];
}

/** Runs the queries of a view (in the browser through DuckDB-WASM, at build time through the Node connector). */
export async function queryViewRows(db: Connector, view: DataView): Promise<ViewRows> {
	const [stats, provinces] = await Promise.all([queryRegionStats(db, view), queryProvinceValues(db, view)]);
	return { view: { indicator: view.indicator, year: view.year, scheme: view.scheme }, stats, provinces };
}

export class ViewData {
	stats = $state.raw<RegionStat[]>([]);
	provinces = $state.raw<ProvinceValue[]>([]);
	/** The dataKey of the rows above; '' until the first load. */
	shown = $state('');

	/** The view the rows above belong to; null until the first load. */
	#drawn = $state.raw<DataView | null>(null);
	#lastDrawn: ViewState | null = null;
	/** The seriesKey of `stats`. */
	#statsKey = '';
	/** The provinces of every year of one seriesKey, asked for once; and the same once they are in. */
	#years: { key: string; byYear: Promise<Map<number, ProvinceValue[]>> } | null = null;
	#yearsIn: { key: string; byYear: Map<number, ProvinceValue[]> } | null = null;
	#yearsTimer: ReturnType<typeof setTimeout> | undefined;
	#latest = '';

	/**
	 * `first()`, read once here, may give rows computed elsewhere (the prerendered default view): if they are
	 * the rows of its `view`, they are shown at once, and the engine is asked only for what changes after.
	 */
	constructor(first?: () => { rows: ViewRows | null | undefined; view: DataView }) {
		if (!first) return;
		const { rows, view } = first();
		if (!rows || dataKey(rows.view) !== dataKey(view)) return;
		this.#statsKey = seriesKey(view);
		this.#apply(rows.view, rows.stats, rows.provinces);
	}

	/**
	 * The view the charts draw: the rows' own indicator, year and scheme (until the rows of a newer view
	 * arrive, the charts keep showing the last ones, in place), with the current language and selection.
	 */
	drawnView(view: ViewState): ViewState {
		const next = this.#drawn ? { ...view, ...this.#drawn } : view;
		// The same object while nothing drawn changes (e.g. the URL moved on, its rows not in yet): the
		// charts then have nothing to recompute.
		if (this.#lastDrawn && sameView(this.#lastDrawn, next)) return this.#lastDrawn;
		return (this.#lastDrawn = next);
	}

	/** Shows `view` at once if its rows are already here (another year of the indicator and scheme shown); true if it did. */
	show(view: DataView): boolean {
		const key = dataKey(view);
		if (key === this.shown) {
			this.#latest = key;
			return true;
		}
		const series = seriesKey(view);
		const provinces = this.#yearsIn?.key === series ? this.#yearsIn.byYear.get(view.year) : undefined;
		if (!provinces || series !== this.#statsKey) return false;
		this.#latest = key;
		this.#apply(view, this.stats, provinces);
		return true;
	}

	/** `rows` is how many the provinces of every year of the indicator come to (units × years). */
	async load(db: Connector, view: ViewState, rows: number): Promise<void> {
		const atOnce = rows <= ALL_YEARS_AT_ONCE;
		if (!this.show(view)) {
			const key = dataKey(view);
			this.#latest = key;
			const series = seriesKey(view);
			const [stats, provinces] = await Promise.all([
				series === this.#statsKey ? this.stats : queryRegionStats(db, view),
				atOnce
					? this.#fetchYears(db, view).then(
							(byYear) => byYear.get(view.year) ?? queryProvinceValues(db, view)
						)
					: queryProvinceValues(db, view)
			]);
			if (this.#latest !== key) return; // a newer view was asked for while this one loaded
			this.#statsKey = series;
			this.#apply(view, stats, provinces);
		}
		clearTimeout(this.#yearsTimer);
		if (atOnce) await this.#fetchYears(db, view);
		else this.#yearsTimer = setTimeout(() => void this.#fetchYears(db, view), ALL_YEARS_AFTER);
	}

	#apply(view: DataView, stats: RegionStat[], provinces: ProvinceValue[]): void {
		this.stats = stats;
		this.provinces = provinces;
		this.shown = dataKey(view);
		this.#drawn = { indicator: view.indicator, year: view.year, scheme: view.scheme };
	}

	/** The provinces of every year of the view's indicator and scheme: asked for once, kept for its year changes. */
	#fetchYears(db: Connector, view: DataView): Promise<Map<number, ProvinceValue[]>> {
		const key = seriesKey(view);
		if (this.#years?.key !== key) {
			const byYear = queryProvinceValuesByYear(db, view);
			this.#years = { key, byYear };
			byYear.then(
				(rows) => this.#years?.key === key && (this.#yearsIn = { key, byYear: rows }),
				() => this.#years?.key === key && (this.#years = null) // asked for again next time
			);
		}
		return this.#years.byYear;
	}
}
