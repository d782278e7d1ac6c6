import type { RegionId } from '$lib/data/manifest';
import type { RegionFigures } from './summarise-regions';

interface RegionYearStat extends Omit<RegionFigures, 'mean' | 'min' | 'max'> {
	year: number;
	mean: number;
	min: number;
	max: number;
}

/** The regions' figures for one year, in scheme order; a region with no row that year gets provinces = 0. */
export function regionsInYear(
	stats: readonly RegionYearStat[],
	year: number,
	regions: readonly RegionId[]
): RegionFigures[] {
	return regions.map((region) => {
		const row = stats.find((d) => d.year === year && d.region === region);
		return row
			? { region, provinces: row.provinces, mean: row.mean, min: row.min, max: row.max }
			: { region, provinces: 0, mean: null, min: null, max: null };
	});
}
