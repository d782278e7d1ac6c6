// The rows behind the compare chart, declared as queries into lib/queries and run by the QueryCoordinator:
// region means (every year, one query per indicator and scheme) when a region is compared, and the yearly
// values of the compared provinces. The year and language need none.
import type { Connector } from '$lib/db/connector';
import { queryRegionStats, type RegionStat } from '$lib/queries/region-stats';
import { queryEntitySeries, type EntityPoint } from '$lib/queries/entity-series';
import { QueryCoordinator } from './query-coordinator.svelte';
import { selectedProvinces, selectedRegions } from './selection';
import type { Selection, ViewState } from './view';

/** Identifies what the compare chart draws. */
export const compareKey = (
	v: Pick<ViewState, 'indicator' | 'scheme'>,
	compared: readonly Selection[]
): string => `${v.indicator}|${v.scheme}|${compared.join(',')}`;

type CompareView = Pick<ViewState, 'indicator' | 'scheme'> & { compared: readonly Selection[] };

export class CompareData {
	readonly #rows = new QueryCoordinator<CompareView, { stats: RegionStat[]; points: EntityPoint[] }>({
		key: (v) => compareKey(v, v.compared),
		queries: {
			stats: {
				name: 'region-stats',
				key: (v) => `${v.indicator}|${v.scheme}`,
				query: queryRegionStats,
				// No region compared: no region means to ask for.
				atHand: (v) => (selectedRegions(v.compared).length ? undefined : [])
			},
			points: {
				name: 'entity-series',
				key: (v) => `${v.indicator}|${selectedProvinces(v.compared).toSorted().join(',')}`,
				query: (db, v) =>
					queryEntitySeries(db, { indicator: v.indicator, adcodes: selectedProvinces(v.compared) })
			}
		},
		empty: { stats: [], points: [] }
	});

	get stats(): RegionStat[] {
		return this.#rows.rows.stats;
	}
	get points(): EntityPoint[] {
		return this.#rows.rows.points;
	}

	/** Whether the rows drawn are those of `view` comparing `compared`. */
	current(view: ViewState, compared: readonly Selection[]): boolean {
		return this.#rows.current({ ...view, compared });
	}

	load(db: Connector, view: ViewState, compared: readonly Selection[]): Promise<void> {
		const { indicator, scheme } = view;
		return this.#rows.load(db, { indicator, scheme, compared });
	}
}
