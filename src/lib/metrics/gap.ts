import type { RegionId } from '$lib/data/manifest';

export interface GapPoint {
	year: number;
	/** Leading region's mean minus trailing region's mean. */
	difference: number;
	/** Leading region's mean over trailing region's mean. */
	ratio: number;
}

/**
 * The gap between two regions' means, year by year, for the years in which both have a mean.
 * A year where either is missing has no gap (it is not carried over or interpolated).
 */
export function regionGap(
	stats: readonly { year: number; region: RegionId; mean: number | null }[],
	leading: RegionId = 'east',
	trailing: RegionId = 'west'
): GapPoint[] {
	const byYear = new Map<number, { lead?: number; trail?: number }>();
	for (const d of stats) {
		if (d.mean == null || !Number.isFinite(d.mean)) continue;
		const entry = byYear.get(d.year) ?? {};
		if (d.region === leading) entry.lead = d.mean;
		if (d.region === trailing) entry.trail = d.mean;
		byYear.set(d.year, entry);
	}
	return [...byYear]
		.filter(([, e]) => e.lead != null && e.trail != null)
		.sort(([a], [b]) => a - b)
		.map(([year, e]) => ({
			year,
			difference: (e.lead as number) - (e.trail as number),
			ratio: (e.lead as number) / (e.trail as number)
		}));
}
