import type { RegionId } from '$lib/data/manifest';
import { isRegion, type Selection } from './view';

export const selectedRegions = (select: readonly Selection[]): RegionId[] => select.filter(isRegion);

export const selectedProvinces = (select: readonly Selection[]): number[] =>
	select.filter((s): s is number => typeof s === 'number');

/** A province stands out when it is selected itself or through its region. */
export function provinceIsSelected(
	select: readonly Selection[],
	p: { adcode: number; region: RegionId }
): boolean {
	return select.includes(p.adcode) || select.includes(p.region);
}

/** The selection with `item` taken out if it is in, else added at the end (a click on a map's province). */
export function toggleSelection(select: readonly Selection[], item: Selection): Selection[] {
	return select.includes(item) ? select.filter((s) => s !== item) : [...select, item];
}
