// The rows behind the charts for the current view, fetched through lib/queries. Region statistics cover
// every year; once the year changes within an indicator and scheme, the provinces of all its years are
// fetched in the background (one query), so the next year changes need no query at all. (Not on every
// view: at county scale that query is large, and an indicator change would wait behind it.)
import type { Connector } from '$lib/db/connector';
import { queryRegionStats, type RegionStat } from '$lib/queries/region-stats';
import {
	queryProvinceValues,
	queryProvinceValuesByYear,
	type ProvinceValue
} from '$lib/queries/province-values';
import type { ViewState } from './view';

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
	/** The provinces of every year for one seriesKey, once fetched; and the seriesKey being fetched. */
	#years: { key: string; byYear: Map<number, ProvinceValue[]> } | null = null;
	#yearsLoading = '';
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
		const provinces = this.#years?.key === series ? this.#years.byYear.get(view.year) : undefined;
		if (!provinces || series !== this.#statsKey) return false;
		this.#latest = key;
		this.#apply(view, this.stats, provinces);
		return true;
	}

	async load(db: Connector, view: ViewState): Promise<void> {
		if (this.show(view)) return;
		const key = dataKey(view);
		this.#latest = key;
		const series = seriesKey(view);
		// Moving through the years of the series shown: the others will follow, fetch them all (after this one).
		const throughYears = this.#drawn !== null && seriesKey(this.#drawn) === series;
		const [stats, provinces] = await Promise.all([
			series === this.#statsKey ? this.stats : queryRegionStats(db, view),
			queryProvinceValues(db, view)
		]);
		if (this.#latest !== key) return; // a newer view was asked for while this one loaded
		this.#statsKey = series;
		this.#apply(view, stats, provinces);
		if (throughYears) await this.#fetchYears(db, view);
	}

	#apply(view: DataView, stats: RegionStat[], provinces: ProvinceValue[]): void {
		this.stats = stats;
		this.provinces = provinces;
		this.shown = dataKey(view);
		this.#drawn = { indicator: view.indicator, year: view.year, scheme: view.scheme };
	}

	/** Fetches, once per indicator and scheme, the provinces of all its years (after the view is drawn). */
	async #fetchYears(db: Connector, view: DataView): Promise<void> {
		const series = seriesKey(view);
		if (this.#years?.key === series || this.#yearsLoading === series) return;
		this.#yearsLoading = series;
		try {
			const byYear = await queryProvinceValuesByYear(db, view);
			if (this.#yearsLoading === series) this.#years = { key: series, byYear };
		} finally {
			if (this.#yearsLoading === series) this.#yearsLoading = '';
		}
	}
}

function sameView(a: ViewState, b: ViewState): boolean {
	return (
		dataKey(a) === dataKey(b) &&
		a.lang === b.lang &&
		a.weighting === b.weighting &&
		a.from === b.from &&
		a.select.length === b.select.length &&
		a.select.every((s, i) => s === b.select[i])
	);
}
