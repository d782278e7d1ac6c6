import type { RegionId } from '$lib/data/manifest';
import { mean } from './mean';

export interface RegionFigures {
	region: RegionId;
	/** Provinces with a value; 0 where the region has no data for the year. */
	provinces: number;
	mean: number | null;
	min: number | null;
	max: number | null;
}

/**
 * Each region's mean, min and max over the provinces that have a value, in the order of `regions`.
 * A region without values is kept with provinces = 0 and nulls, so it is shown as "no data".
 */
export function summariseRegions(
	values: readonly { region: RegionId; value: number | null }[],
	regions: readonly RegionId[]
): RegionFigures[] {
	return regions.map((region) => {
		const own = values.filter((d) => d.region === region && d.value != null && Number.isFinite(d.value));
		const nums = own.map((d) => d.value as number);
		return {
			region,
			provinces: nums.length,
			mean: mean(nums, (v) => v),
			min: nums.length ? Math.min(...nums) : null,
			max: nums.length ? Math.max(...nums) : null
		};
	});
}
