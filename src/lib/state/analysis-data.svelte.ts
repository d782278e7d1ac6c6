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

	#latest = '';
	#theil = new Memo<YearMeasured<TheilDecomposition>[]>('theil');
	#gini = new Memo<YearMeasured<DagumGini>[]>('gini');
	#dispersion = new Memo<YearMeasured<Dispersion>[]>('dispersion');
	#start = new Memo<ProvinceValue[]>('province-values');
	#end = new Memo<ProvinceValue[]>('province-values');

	async load(db: Connector, view: ViewState, from: number): Promise<void> {
		const key = analysisKey(view, from);
		this.#latest = key;
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
		this.theil = theil;
		this.gini = gini;
		this.dispersion = dispersion;
		this.start = start;
		this.end = end;
		this.shown = key;
	}
}
