// A regional mean drawn honestly (comparableRuns): lines only between years of comparable coverage, other
// years as marked points with their n. Shared by the compare, profile and gap charts (MeanLine.svelte).
import { line } from 'd3';
import { SCHEME_REGIONS, type Province, type RegionId, type RegionScheme } from '$lib/data/manifest';
import { comparableRuns } from '$lib/metrics/comparable-runs';

/** One year of a regional mean: its value and how many provinces it is of. */
export interface MeanPoint {
	year: number;
	value: number;
	provinces: number;
}

/** How many provinces each region of `scheme` has: the `total` of comparableRuns. */
export function regionSizes(
	provinces: readonly Pick<Province, RegionScheme>[],
	scheme: RegionScheme
): Record<RegionId, number> {
	const sizes = { east: 0, central: 0, west: 0, northeast: 0 };
	for (const p of provinces) if (SCHEME_REGIONS[scheme].includes(p[scheme])) sizes[p[scheme]]++;
	return sizes;
}

/**
 * The SVG path of a mean's comparable runs (one subpath per run, nothing between them) and the points drawn
 * on their own: the years no run reaches, each with `sparse` true when its mean is of fewer than all
 * `total` provinces (its n is then written next to it).
 */
export function meanLine(
	points: readonly MeanPoint[],
	total: number,
	x: (year: number) => number,
	y: (value: number) => number,
	/** The years in which the indicator has data at all (see comparable); calendar years if not given. */
	years?: readonly number[]
): { path: string; points: (MeanPoint & { sparse: boolean })[] } {
	const runs = comparableRuns(points, total, years);
	const draw = line<MeanPoint>()
		.x((d) => x(d.year))
		.y((d) => y(d.value));
	return {
		path: runs.segments.map((s) => draw(s) ?? '').join(''),
		points: runs.points.map((p) => ({ ...p, sparse: p.provinces < total }))
	};
}
