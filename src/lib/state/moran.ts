// The Moran figures of the analysis page, computed from every year's province values with the reference
// functions of lib/metrics. Memoised on what each depends on: a year change recomputes only the year's
// local Moran (LISA), a weights change both, and an unchanged input nothing.
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

/** Runs `compute`, recording its time as the performance measure `moran:<name>` (as queries record theirs). */
function timed<T>(name: 'trend' | 'year', compute: () => T): T {
	const start = performance.now();
	const value = compute();
	performance.measure(`moran:${name}`, { start });
	return value;
}

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

/** The Moran trend of `input`, computed here (the trend's worker runs the same function). */
export const trendOf = (input: Omit<MoranInput, 'year'>): MoranFigures['trend'] =>
	moranTrend(yearRows(input.values), input.weights, input.geography);

export interface MoranMemo {
	/**
	 * The figures of `input`: the trend given (computed elsewhere for this input), else the one kept when its
	 * inputs are the same objects, else computed here; the year's figure is computed here when it is new.
	 */
	(input: MoranInput, trend?: MoranFigures['trend']): MoranFigures;
	/** Whether `input` needs no new trend (the same values, weights and geography as the last). */
	hasTrend(input: MoranInput): boolean;
}

/** A function of MoranInput that recomputes a figure only when the inputs it depends on are new objects. */
export function moranMemo(): MoranMemo {
	let trend: { key: unknown[]; value: MoranFigures['trend'] } | null = null;
	let year: { key: unknown[]; value: MoranFigures['year'] } | null = null;
	const hasTrend = (input: MoranInput) => trend !== null && same(trend.key, trendKey(input));
	const figures = (input: MoranInput, computed?: MoranFigures['trend']): MoranFigures => {
		const key = trendKey(input);
		if (computed || !trend || !same(trend.key, key))
			trend = { key, value: computed ?? timed('trend', () => trendOf(input)) };
		const yearKey = figuresKey(input);
		if (!year || !same(year.key, yearKey))
			year = {
				key: yearKey,
				value: timed('year', () =>
					moranOfYear(input.values.get(input.year) ?? [], input.weights, input.geography)
				)
			};
		return { trend: trend.value, year: year.value };
	};
	return Object.assign(figures, { hasTrend });
}
