// The rows behind the charts for the current view, fetched through lib/queries. Region statistics cover
// every year, so a year change costs one small query (the provinces of that year).
import type { Connector } from '$lib/db/connector';
import { queryRegionStats, type RegionStat } from '$lib/queries/region-stats';
import { queryProvinceValues, type ProvinceValue } from '$lib/queries/province-values';
import type { ViewState } from './view';

/** Identifies the data a view needs; the language and selection need none. */
export const dataKey = (v: Pick<ViewState, 'indicator' | 'year' | 'scheme'>): string =>
	`${v.indicator}|${v.year}|${v.scheme}`;

export class ViewData {
	stats = $state.raw<RegionStat[]>([]);
	provinces = $state.raw<ProvinceValue[]>([]);
	/** The dataKey of the rows above; '' until the first load. */
	shown = $state('');

	#statsKey = '';
	#latest = '';

	async load(db: Connector, view: ViewState): Promise<void> {
		const key = dataKey(view);
		this.#latest = key;
		const statsKey = `${view.indicator}|${view.scheme}`;
		const [stats, provinces] = await Promise.all([
			statsKey === this.#statsKey ? this.stats : queryRegionStats(db, view),
			queryProvinceValues(db, view)
		]);
		if (this.#latest !== key) return; // a newer view was asked for while this one loaded
		this.#statsKey = statsKey;
		this.stats = stats;
		this.provinces = provinces;
		this.shown = key;
	}
}
