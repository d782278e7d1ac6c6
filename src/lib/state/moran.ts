// The Moran figures of the analysis page, computed from every year's province values with the reference
// functions of lib/metrics: the trend (every year's global Moran) and the view year's local Moran (LISA).
// What each depends on says what a change recomputes: a year change only the year's figure.
import type { Manifest } from '$lib/data/manifest';
import type { Measured, YearMeasured } from '$lib/metrics/measured';
import type { GlobalMoran, MoranYear, WeightsScheme } from '$lib/metrics/moran-types';
import { moranOfYear, moranTrend } from '$lib/metrics/moran';
import type { ProvinceValue } from '$lib/queries/province-values';

export type MoranGeography = Pick<Manifest, 'contiguity' | 'capitals'>;

/** A province's value in a year: all the Moran measures read. */
export type YearValue = Pick<ProvinceValue, 'adcode' | 'value'>;

/** The values before any are loaded (never changed). */
export const NO_YEAR_VALUES: ReadonlyMap<number, readonly YearValue[]> = new Map();

/** Year → rows trimmed to adcode and value (the prerendered page carries every year of them). */
export const yearValues = (byYear: ReadonlyMap<number, readonly ProvinceValue[]>): Map<number, YearValue[]> =>
	new Map([...byYear].map(([year, rows]) => [year, rows.map(({ adcode, value }) => ({ adcode, value }))]));

export interface MoranInput {
	/** Year → every province's value that year (the analysis rows' `values`). */
	values: ReadonlyMap<number, readonly YearValue[]>;
	weights: WeightsScheme;
	year: number;
	geography: MoranGeography;
}

export interface MoranFigures {
	/** Global Moran's I of every year with data. */
	trend: YearMeasured<GlobalMoran>[];
	/** The view's year: global and local Moran, or why there is none. */
	year: Measured<MoranYear>;
}

/** Every year's rows as one list, as moranTrend takes them. */
export const yearRows = (
	values: ReadonlyMap<number, readonly YearValue[]>
): { year: number; adcode: number; value: number | null }[] =>
	[...values].flatMap(([year, rows]) => rows.map(({ adcode, value }) => ({ year, adcode, value })));

/** The trend's inputs: a new object among them is a new trend (a change of year is not). The geography is
 *  its two lists: a page's manifest is a new object whenever imports are added to it. */
const trendKey = ({ values, weights, geography }: MoranInput): unknown[] => [
	values,
	weights,
	geography.contiguity,
	geography.capitals
];
const figuresKey = (input: MoranInput): unknown[] => [...trendKey(input), input.year];
const same = (a: unknown[], b: unknown[]) => a.every((v, i) => v === b[i]);

/** Whether `a` and `b` have the same trend (the same values, weights and geography). */
export const sameTrend = (a: MoranInput, b: MoranInput): boolean => same(trendKey(a), trendKey(b));
/** Whether `a` and `b` have the same figures (the same trend and year). */
export const sameFigures = (a: MoranInput, b: MoranInput): boolean => same(figuresKey(a), figuresKey(b));

/** How long each figure took to compute, in ms (null: not computed, the trend was kept). */
export interface MoranTimes {
	trend: number | null;
	year: number;
}

/**
 * The figures of `input` and how long each took: the trend given (the same trend's, kept from before) or
 * computed, and the year's. The page computes them here for its first view and in the worker after that.
 */
export function moranFigures(
	input: MoranInput,
	trend?: MoranFigures['trend']
): { figures: MoranFigures; times: MoranTimes } {
	const start = performance.now();
	const computed = trend ?? moranTrend(yearRows(input.values), input.weights, input.geography);
	const yearStart = performance.now();
	const year = moranOfYear(input.values.get(input.year) ?? [], input.weights, input.geography);
	return {
		figures: { trend: computed, year },
		times: { trend: trend ? null : yearStart - start, year: performance.now() - yearStart }
	};
}

/** Records the times as the page's performance measures `moran:trend` and `moran:year`, ending now. */
export function recordMoranTimes(times: MoranTimes): void {
	const now = performance.now();
	if (times.trend !== null) performance.measure('moran:trend', { end: now, duration: times.trend });
	performance.measure('moran:year', { end: now, duration: times.year });
}
