// The rows behind the compare chart: region means (every year, one query per indicator and scheme) when a
// region is compared, and the yearly values of the compared provinces. The year and language need none.
import type { Connector } from '$lib/db/connector';
import { queryRegionStats, type RegionStat } from '$lib/queries/region-stats';
import { queryEntitySeries, type EntityPoint } from '$lib/queries/entity-series';
import { selectedProvinces, selectedRegions } from './selection';
import type { Selection, ViewState } from './view';

/** Identifies what the compare chart draws. */
export const compareKey = (
	v: Pick<ViewState, 'indicator' | 'scheme'>,
	compared: readonly Selection[]
): string => `${v.indicator}|${v.scheme}|${compared.join(',')}`;

export class CompareData {
	stats = $state.raw<RegionStat[]>([]);
	points = $state.raw<EntityPoint[]>([]);
	/** The compareKey of the rows above; '' until the first load. */
	shown = $state('');

	#latest = '';
	#statsKey = '';
	#pointsKey = '';

	async load(db: Connector, view: ViewState, compared: readonly Selection[]): Promise<void> {
		const key = compareKey(view, compared);
		this.#latest = key;
		const { indicator, scheme } = view;
		const adcodes = selectedProvinces(compared);
		const statsKey = selectedRegions(compared).length ? `${indicator}|${scheme}` : '';
		const pointsKey = `${indicator}|${[...adcodes].sort().join(',')}`;
		const [stats, points] = await Promise.all([
			!statsKey ? [] : statsKey === this.#statsKey ? this.stats : queryRegionStats(db, { indicator, scheme }),
			pointsKey === this.#pointsKey ? this.points : queryEntitySeries(db, { indicator, adcodes })
		]);
		if (this.#latest !== key) return; // a newer view was asked for while this one loaded
		this.#statsKey = statsKey;
		this.#pointsKey = pointsKey;
		this.stats = stats;
		this.points = points;
		this.shown = key;
	}
}
