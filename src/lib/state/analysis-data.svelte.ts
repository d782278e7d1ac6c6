// The rows behind the analysis charts for the current view. Each measure covers every year, so a
// year change only fetches the provinces of the new end year; each query is re-run only when what
// it depends on changes.
import type { Connector } from '$lib/db/connector';
import type { YearMeasured } from '$lib/metrics/measured';
import type { TheilDecomposition } from '$lib/metrics/theil';
import type { DagumGini } from '$lib/metrics/gini';
import type { Dispersion } from '$lib/metrics/dispersion';
import { queryTheil } from '$lib/queries/theil';
import { queryGini } from '$lib/queries/gini';
import { queryDispersion } from '$lib/queries/dispersion';
import { queryProvinceValues, type ProvinceValue } from '$lib/queries/province-values';
import type { ViewState } from './view';

/** Identifies what the analysis charts draw; `from` is the resolved start year. */
export const analysisKey = (
	v: Pick<ViewState, 'indicator' | 'year' | 'scheme' | 'weighting'>,
	from: number
): string => `${v.indicator}|${v.year}|${v.scheme}|${v.weighting}|${from}`;

/** What the analysis charts draw: the view's data fields and the resolved start year. */
export type AnalysisView = Pick<ViewState, 'indicator' | 'year' | 'scheme' | 'weighting'> & { from: number };

/** The rows of one analysis view, as run at build time for the prerendered page (routes/analysis/+page.server.ts). */
export interface AnalysisRows {
	view: AnalysisView;
	theil: YearMeasured<TheilDecomposition>[];
	gini: YearMeasured<DagumGini>[];
	dispersion: YearMeasured<Dispersion>[];
	start: ProvinceValue[];
	end: ProvinceValue[];
}

/** Runs the analysis queries of a view (in the browser through DuckDB-WASM, at build time in Node). */
export async function queryAnalysisRows(db: Connector, view: AnalysisView): Promise<AnalysisRows> {
	const { indicator, scheme, weighting, year, from } = view;
	const [theil, gini, dispersion, start, end] = await Promise.all([
		queryTheil(db, { indicator, scheme, weighting }),
		queryGini(db, { indicator, scheme }),
		queryDispersion(db, { indicator, scheme }),
		queryProvinceValues(db, { indicator, scheme, year: from }),
		queryProvinceValues(db, { indicator, scheme, year })
	]);
	return { view: { indicator, year, scheme, weighting, from }, theil, gini, dispersion, start, end };
}

/**
 * Runs `load` only when `key` differs from the last call's. Each run is recorded as a performance
 * measure `query:<name>`, which benchmarks read.
 */
class Memo<T> {
	readonly #name: string;
	#key = '';
	#value: Promise<T> | null = null;
	constructor(name: string) {
		this.#name = name;
	}
	get(key: string, load: () => Promise<T>): Promise<T> {
		if (key !== this.#key || !this.#value) {
			this.#key = key;
			const start = performance.now();
			this.#value = load();
			this.#value.then(() => performance.measure(`query:${this.#name}`, { start })).catch(() => {});
		}
		return this.#value;
	}
	seed(key: string, value: T): void {
		this.#key = key;
		this.#value = Promise.resolve(value);
	}
}

export class AnalysisData {
	theil = $state.raw<YearMeasured<TheilDecomposition>[]>([]);
	gini = $state.raw<YearMeasured<DagumGini>[]>([]);
	dispersion = $state.raw<YearMeasured<Dispersion>[]>([]);
	/** Provinces in the start year (`from`) and the end year (the view's year). */
	start = $state.raw<ProvinceValue[]>([]);
	end = $state.raw<ProvinceValue[]>([]);
	/** The analysisKey of the rows above; '' until the first load. */
	shown = $state('');

	/** What the rows above belong to; null until the first load. */
	#drawn = $state.raw<AnalysisView | null>(null);
	#lastDrawn: { view: ViewState; from: number } | null = null;
	#latest = '';
	#theil = new Memo<YearMeasured<TheilDecomposition>[]>('theil');
	#gini = new Memo<YearMeasured<DagumGini>[]>('gini');
	#dispersion = new Memo<YearMeasured<Dispersion>[]>('dispersion');
	#start = new Memo<ProvinceValue[]>('province-values');
	#end = new Memo<ProvinceValue[]>('province-values');

	/**
	 * `first()`, read once here, may give rows computed elsewhere (the prerendered default view): if they are
	 * the rows of its view and start year, they are shown at once, and the engine is asked only for what changes.
	 */
	constructor(first?: () => { rows: AnalysisRows | null | undefined; view: ViewState; from: number }) {
		if (!first) return;
		const { rows, view, from } = first();
		if (!rows || analysisKey(rows.view, rows.view.from) !== analysisKey(view, from)) return;
		const { indicator, scheme, weighting, year } = rows.view;
		this.#theil.seed(`${indicator}|${scheme}|${weighting}`, rows.theil);
		this.#gini.seed(`${indicator}|${scheme}`, rows.gini);
		this.#dispersion.seed(`${indicator}|${scheme}`, rows.dispersion);
		this.#start.seed(`${indicator}|${scheme}|${from}`, rows.start);
		this.#end.seed(`${indicator}|${scheme}|${year}`, rows.end);
		this.#apply(rows);
		this.#latest = this.shown;
	}

	/**
	 * What the charts draw: the rows' own view and start year (until the rows of a newer view arrive, the
	 * charts keep showing the last ones, in place), with the current language and selection.
	 */
	drawn(view: ViewState, from: number): { view: ViewState; from: number } {
		const d = this.#drawn;
		const next = d
			? {
					view: { ...view, indicator: d.indicator, year: d.year, scheme: d.scheme, weighting: d.weighting },
					from: d.from
				}
			: { view, from };
		const last = this.#lastDrawn;
		// The same object while nothing drawn changes: the charts then have nothing to recompute.
		if (
			last &&
			last.from === next.from &&
			analysisKey(last.view, last.from) === analysisKey(next.view, next.from) &&
			last.view.lang === next.view.lang &&
			last.view.select.join() === next.view.select.join()
		) {
			return last;
		}
		return (this.#lastDrawn = next);
	}

	#apply(rows: AnalysisRows): void {
		this.theil = rows.theil;
		this.gini = rows.gini;
		this.dispersion = rows.dispersion;
		this.start = rows.start;
		this.end = rows.end;
		this.shown = analysisKey(rows.view, rows.view.from);
		this.#drawn = rows.view;
	}

	async load(db: Connector, view: ViewState, from: number): Promise<void> {
		const key = analysisKey(view, from);
		this.#latest = key;
		if (key === this.shown) return; // only the language or the selection changed
		const { indicator, scheme, weighting, year } = view;
		const [theil, gini, dispersion, start, end] = await Promise.all([
			this.#theil.get(`${indicator}|${scheme}|${weighting}`, () =>
				queryTheil(db, { indicator, scheme, weighting })
			),
			this.#gini.get(`${indicator}|${scheme}`, () => queryGini(db, { indicator, scheme })),
			this.#dispersion.get(`${indicator}|${scheme}`, () => queryDispersion(db, { indicator, scheme })),
			this.#start.get(`${indicator}|${scheme}|${from}`, () =>
				queryProvinceValues(db, { indicator, scheme, year: from })
			),
			this.#end.get(`${indicator}|${scheme}|${year}`, () =>
				queryProvinceValues(db, { indicator, scheme, year })
			)
		]);
		if (this.#latest !== key) return; // a newer view was asked for while this one loaded
		this.#apply({ view: { indicator, year, scheme, weighting, from }, theil, gini, dispersion, start, end });
	}
}
