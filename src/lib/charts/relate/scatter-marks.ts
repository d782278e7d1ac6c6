// What the scatter marks besides its dots: the provinces it names, and the short trails of earlier years.
import type { IndicatorPair } from '$lib/queries/indicator-pairs';

/** The provinces at either end of each axis: the lowest and highest x, the lowest and highest y. */
export function extremes(points: readonly IndicatorPair[]): number[] {
	if (!points.length) return [];
	const by = (key: 'x' | 'y', sign: 1 | -1) =>
		points.reduce((best, p) => (sign * (p[key] - best[key]) > 0 ? p : best)).adcode;
	return [...new Set([by('x', -1), by('x', 1), by('y', -1), by('y', 1)])];
}

/** How many earlier years a trail shows (OWID's connected scatter, kept short). */
export const TRAIL_YEARS = 2;

/**
 * Each province's path through the `TRAIL_YEARS` years before `year` among `years` (those it has both values
 * for) to its dot in `year`, oldest first; provinces without an earlier point have none.
 */
export function trails(
	pairs: readonly IndicatorPair[],
	years: readonly number[],
	year: number
): Map<number, IndicatorPair[]> {
	const i = years.indexOf(year);
	const span = new Set(years.slice(Math.max(0, i - TRAIL_YEARS), i + 1));
	const paths = new Map<number, IndicatorPair[]>();
	for (const p of pairs) {
		if (!span.has(p.year)) continue;
		const path = paths.get(p.adcode) ?? [];
		path.push(p);
		paths.set(p.adcode, path);
	}
	for (const [adcode, path] of paths) {
		path.sort((a, b) => a.year - b.year);
		if (path.length < 2 || path.at(-1)!.year !== year) paths.delete(adcode);
	}
	return paths;
}
