import type { RegionId } from '$lib/data/manifest';

/** A region's mean in a year, of `provinces` provinces (as queryRegionStats gives it). */
interface RegionMean {
	region: RegionId;
	year: number;
	mean: number | null;
	provinces: number;
}

/** One year of a province against its region's mean and the East's; null where a figure is missing. */
export interface ProfileYear {
	year: number;
	value: number | null;
	regionMean: number | null;
	eastMean: number | null;
	/** How many provinces each mean is of (0 where it is missing). */
	regionProvinces: number;
	eastProvinces: number;
	/** value − regionMean and value − eastMean, where both are known. */
	gapToRegion: number | null;
	gapToEast: number | null;
}

const difference = (a: number | null, b: number | null) => (a == null || b == null ? null : a - b);

/**
 * The province's value in each of `years` (the indicator's years with data), with its region's mean and
 * the East's from `stats` (the view's scheme). A year without a value stays null: nothing is filled in.
 */
export function profileSeries<P extends { year: number; value: number }, S extends RegionMean>(
	points: readonly P[],
	stats: readonly S[],
	region: RegionId,
	years: readonly number[]
): ProfileYear[] {
	const stat = (r: RegionId, year: number) => stats.find((s) => s.region === r && s.year === year);
	return years.map((year) => {
		const value = points.find((p) => p.year === year)?.value ?? null;
		const regionMean = stat(region, year)?.mean ?? null;
		const eastMean = stat('east', year)?.mean ?? null;
		return {
			year,
			value,
			regionMean,
			eastMean,
			regionProvinces: stat(region, year)?.provinces ?? 0,
			eastProvinces: stat('east', year)?.provinces ?? 0,
			gapToRegion: difference(value, regionMean),
			gapToEast: difference(value, eastMean)
		};
	});
}
