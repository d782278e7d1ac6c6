// The rows behind the analysis charts for the current view, declared as queries into lib/queries and run by
// the QueryCoordinator. Each measure covers every year, so a year change only fetches the provinces of the
// new end year; each query is re-run only when what it depends on changes (its key).
import type { Connector } from '$lib/db/connector';
import type { YearMeasured } from '$lib/metrics/measured';
import type { TheilDecomposition } from '$lib/metrics/theil';
import type { DagumGini } from '$lib/metrics/gini';
import type { Dispersion } from '$lib/metrics/dispersion';
import { queryTheil } from '$lib/queries/theil';
import { queryGini } from '$lib/queries/gini';
import { queryDispersion } from '$lib/queries/dispersion';
import {
	queryProvinceValues,
	queryProvinceValuesByYear,
	type ProvinceValue
} from '$lib/queries/province-values';
import { NO_YEAR_VALUES, yearValues, type YearValue } from './moran';
import { QueryCoordinator } from './query-coordinator.svelte';
import { runQueries, type QueryDeclarations } from './query-declaration';
import type { ViewState } from './view';

/** Identifies what the analysis charts draw; `from` is the resolved start year. */
export const analysisKey = (
	v: Pick<ViewState, 'indicator' | 'year' | 'scheme' | 'weighting'>,
	from: number
): string => `${v.indicator}|${v.year}|${v.scheme}|${v.weighting}|${from}`;

/** What the analysis charts draw: the view's data fields and the resolved start year. */
export type AnalysisView = Pick<ViewState, 'indicator' | 'year' | 'scheme' | 'weighting'> & { from: number };

type Rows = {
	theil: YearMeasured<TheilDecomposition>[];
	gini: YearMeasured<DagumGini>[];
	dispersion: YearMeasured<Dispersion>[];
	/** Provinces in the start year (`from`) and the end year (the view's year). */
	start: ProvinceValue[];
	end: ProvinceValue[];
	/** Every year's province values (Moran's I and LISA): a year or weights change then needs no query. */
	values: ReadonlyMap<number, readonly YearValue[]>;
};

/** The rows of one analysis view, as run at build time for the prerendered page (routes/analysis/+page.server.ts). */
export interface AnalysisRows extends Rows {
	view: AnalysisView;
}

const series = (v: AnalysisView) => `${v.indicator}|${v.scheme}`;

const ANALYSIS_QUERIES: QueryDeclarations<AnalysisView, Rows> = {
	theil: { name: 'theil', key: (v) => `${series(v)}|${v.weighting}`, query: queryTheil },
	gini: { name: 'gini', key: series, query: queryGini },
	dispersion: { name: 'dispersion', key: series, query: queryDispersion },
	start: {
		name: 'province-values',
		key: (v) => `${series(v)}|${v.from}`,
		query: (db, v) => queryProvinceValues(db, { ...v, year: v.from })
	},
	end: { name: 'province-values', key: (v) => `${series(v)}|${v.year}`, query: queryProvinceValues },
	// Adcode and value do not depend on the scheme: the indicator is the key.
	values: {
		name: 'province-values-by-year',
		key: (v) => v.indicator,
		query: async (db, v) => yearValues(await queryProvinceValuesByYear(db, v))
	}
};

const analysisView = (v: AnalysisView): AnalysisView => ({
	indicator: v.indicator,
	year: v.year,
	scheme: v.scheme,
	weighting: v.weighting,
	from: v.from
});

/** Runs the analysis queries of a view (in the browser through DuckDB-WASM, at build time in Node). */
export async function queryAnalysisRows(db: Connector, view: AnalysisView): Promise<AnalysisRows> {
	const params = analysisView(view);
	return { view: params, ...(await runQueries(db, ANALYSIS_QUERIES, params)) };
}

export class AnalysisData {
	readonly #rows = new QueryCoordinator<AnalysisView, Rows>({
		key: (v) => analysisKey(v, v.from),
		queries: ANALYSIS_QUERIES,
		empty: { theil: [], gini: [], dispersion: [], start: [], end: [], values: NO_YEAR_VALUES }
	});

	/**
	 * `first()`, read once here, may give rows computed elsewhere (the prerendered default view): if they are
	 * the rows of its view and start year, they are shown at once, and the engine is asked only for what changes.
	 */
	constructor(first?: () => { rows: AnalysisRows | null | undefined; view: ViewState; from: number }) {
		if (!first) return;
		const { rows, view, from } = first();
		if (rows && analysisKey(rows.view, rows.view.from) === analysisKey(view, from)) {
			this.#rows.seed(analysisView(rows.view), rows);
		}
	}

	/** The rows drawn, each field its own signal. */
	get rows(): Readonly<Rows> {
		return this.#rows.rows;
	}
	/** The analysisKey of the rows drawn; '' until the first load. */
	get shown(): string {
		return this.#rows.shown;
	}

	/** Whether the rows drawn are those of `view` from `from`. */
	current(view: ViewState, from: number): boolean {
		return this.#rows.current({ ...view, from });
	}

	/**
	 * What the charts draw: the rows' own view and start year (until the rows of a newer view arrive, the
	 * charts keep showing the last ones, in place), with the current language and selection.
	 */
	drawnView(view: ViewState, from: number): ViewState & { from: number } {
		return this.#rows.drawnView({ ...view, from });
	}

	load(db: Connector, view: ViewState, from: number): Promise<void> {
		return this.#rows.load(db, analysisView({ ...view, from }));
	}
}
