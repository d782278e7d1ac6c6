// The overview's rows of one indicator for every year and scheme, run at build time through the Node connector
// by the overview's own queries: written to data/views/<indicator>.json by the data step and inlined into the
// prerendered overview for its first indicator, so that a change of year, scheme or indicator is drawn before
// DuckDB-WASM is ready. Compact (tuples; names and regions come from the manifest's provinces): a file is a
// few KiB. Imports are relative because scripts/build-data.ts runs this module without SvelteKit's $lib.
import type { Connector } from '../db/connector';
import { REGION_SCHEMES, type Province, type RegionId, type RegionScheme } from '../data/manifest';
import { queryRegionStats, type RegionStat } from '../queries/region-stats';
import {
	queryProvinceValues,
	queryProvinceValuesByYear,
	type ProvinceValue
} from '../queries/province-values';

/** A RegionStat as [year, region, provinces, mean, min, max]. */
type StatTuple = [number, RegionId, number, number, number, number];
/** A province's value as [adcode, value, rank]: the province (its names and regions) is in the manifest. */
type ValueTuple = [number, number | null, number | null];

export interface EarlyRows {
	indicator: string;
	/** queryRegionStats for each scheme: every year. */
	stats: Record<RegionScheme, StatTuple[]>;
	/** queryProvinceValues for each year held, in its order. */
	years: { year: number; values: ValueTuple[] }[];
	/** Whether `years` holds every year with data (else the first view's only). */
	allYears: boolean;
}

/** Where the early rows of an indicator are fetched from before the engine is ready; null if it has none. */
export type FetchEarlyRows = (indicator: string) => Promise<EarlyRows | null>;

/** What the overview draws of one indicator, scheme and year. */
export interface EarlyView {
	indicator: string;
	year: number;
	scheme: RegionScheme;
}

/**
 * Runs the overview's queries for `indicator`: the provinces of every year, or of `year` only (county scale,
 * where every year would be too many rows to inline). The provinces' order and ranks do not depend on the
 * scheme, so one scheme's rows serve both.
 */
export async function queryEarlyRows(db: Connector, indicator: string, year?: number): Promise<EarlyRows> {
	const stats = {} as EarlyRows['stats'];
	for (const scheme of REGION_SCHEMES) {
		stats[scheme] = (await queryRegionStats(db, { indicator, scheme })).map((s) => [
			s.year,
			s.region,
			s.provinces,
			s.mean,
			s.min,
			s.max
		]);
	}
	const scheme = REGION_SCHEMES[0];
	const byYear =
		year === undefined
			? await queryProvinceValuesByYear(db, { indicator, scheme })
			: new Map([[year, await queryProvinceValues(db, { indicator, year, scheme })]]);
	const years = [...byYear].map(([year, rows]) => ({
		year,
		values: rows.map((p): ValueTuple => [p.adcode, p.value, p.rank])
	}));
	return { indicator, stats, years, allYears: year === undefined };
}

/** The early rows of one indicator and scheme, as the engine's queries give them. */
export interface ExpandedRows {
	stats: RegionStat[];
	/** year → queryProvinceValues' rows. */
	provinces: Map<number, ProvinceValue[]>;
	allYears: boolean;
}

/** Turns the tuples back into the engine's rows, with the names and the `scheme`'s regions of `places`. */
export function expandEarlyRows(
	rows: EarlyRows,
	scheme: RegionScheme,
	places: readonly Province[]
): ExpandedRows {
	const byCode = new Map(places.map((p) => [p.adcode, p]));
	const stats = rows.stats[scheme].map(([year, region, provinces, mean, min, max]) => ({
		year,
		region,
		provinces,
		mean,
		min,
		max
	}));
	const provinces = new Map(
		rows.years.map(({ year, values }) => [
			year,
			values.map(([adcode, value, rank]): ProvinceValue => {
				const place = byCode.get(adcode);
				if (!place) throw new Error(`early rows of ${rows.indicator}: no province ${adcode}`);
				return { adcode, name_zh: place.name_zh, name_en: place.name_en, region: place[scheme], value, rank };
			})
		])
	);
	return { stats, provinces, allYears: rows.allYears };
}

/** The early rows at hand, expanded once per indicator and scheme (the same arrays each time: nothing redraws). */
export class EarlyRowsStore {
	readonly #places: readonly Province[];
	readonly #rows = new Map<string, EarlyRows>();
	readonly #expanded = new Map<string, ExpandedRows>();
	/** Each indicator is fetched once (a failed fetch is not retried: the engine follows). */
	readonly #fetched = new Map<string, Promise<boolean>>();

	constructor(places: readonly Province[]) {
		this.#places = places;
	}

	add(rows: EarlyRows): void {
		this.#rows.set(rows.indicator, rows);
	}

	/** Fetches the indicator's rows unless they are here or asked for already; true once they are here. */
	fetch(indicator: string, fetch: FetchEarlyRows): Promise<boolean> {
		if (this.has(indicator)) return Promise.resolve(true);
		let fetched = this.#fetched.get(indicator);
		if (!fetched) {
			fetched = fetch(indicator).then((rows) => {
				if (rows) this.add(rows);
				return rows !== null;
			});
			this.#fetched.set(indicator, fetched);
		}
		return fetched;
	}

	has(indicator: string): boolean {
		return this.#rows.has(indicator);
	}

	/** The rows of `view`'s indicator and scheme, every year held; undefined if the indicator's are not here. */
	get(view: Omit<EarlyView, 'year'>): ExpandedRows | undefined {
		const key = `${view.indicator}|${view.scheme}`;
		let expanded = this.#expanded.get(key);
		const rows = this.#rows.get(view.indicator);
		if (!expanded && rows)
			this.#expanded.set(key, (expanded = expandEarlyRows(rows, view.scheme, this.#places)));
		return expanded;
	}
}
