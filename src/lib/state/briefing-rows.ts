// The rows a briefing is written from, by the queries the charts use: the overview's region figures and
// provinces, and the analysis page's Theil index and the provinces at the start of the convergence span.
// Asked for once, when the reader asks for a briefing (either page lacks some of them).
import type { Connector } from '$lib/db/connector';
import type { YearMeasured } from '$lib/metrics/measured';
import type { TheilDecomposition } from '$lib/metrics/theil';
import { queryProvinceValues, type ProvinceValue } from '$lib/queries/province-values';
import { queryRegionStats, type RegionStat } from '$lib/queries/region-stats';
import { queryTheil } from '$lib/queries/theil';
import type { AnalysisView } from './analysis-data.svelte';
import { runQueries, type QueryDeclarations } from './query-declaration';

export interface BriefingRows {
	stats: RegionStat[];
	provinces: ProvinceValue[];
	theil: YearMeasured<TheilDecomposition>[];
	start: ProvinceValue[];
}

const series = (v: AnalysisView) => `${v.indicator}|${v.scheme}`;

const BRIEFING_QUERIES: QueryDeclarations<AnalysisView, BriefingRows> = {
	stats: { name: 'region-stats', key: series, query: queryRegionStats },
	provinces: { name: 'province-values', key: (v) => `${series(v)}|${v.year}`, query: queryProvinceValues },
	theil: { name: 'theil', key: (v) => `${series(v)}|${v.weighting}`, query: queryTheil },
	start: {
		name: 'province-values',
		key: (v) => `${series(v)}|${v.from}`,
		query: (db, v) => queryProvinceValues(db, { ...v, year: v.from })
	}
};

/** The rows of a briefing of `view` with the convergence span from `view.from`. */
export function queryBriefingRows(db: Connector, view: AnalysisView): Promise<BriefingRows> {
	const { indicator, year, scheme, weighting, from } = view;
	return runQueries(db, BRIEFING_QUERIES, { indicator, year, scheme, weighting, from });
}
