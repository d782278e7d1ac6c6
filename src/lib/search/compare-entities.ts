// What the compare page can compare, as searchable entities: the regions of the current scheme and
// every province, each under every name lib/places knows for it.
import { SCHEME_REGIONS, type RegionScheme } from '$lib/data/manifest';
import type { Selection } from '$lib/state/view';
import type { NamedProvince } from '$lib/places/named-province';
import { REGION_NAMES } from '$lib/places/non-provinces';
import { PROVINCE_NAMES, provinceNames } from '$lib/places/province-names';
import type { SearchEntity } from './search-entities';

export interface CompareEntity extends SearchEntity<Selection> {
	kind: 'region' | 'province';
}

/**
 * The names a reader may type for a province. With the toned pinyin: the data spells 陕西 "shaanxi" to tell
 * it from 山西 (shanxi), but without tones both are "shanxi", and a reader looking for 陕西 may type that.
 */
function searchNames(p: NamedProvince): string[] {
	const toned = PROVINCE_NAMES[p.adcode]?.toned;
	return toned ? [...provinceNames(p), toned] : provinceNames(p);
}

/** The regions of `scheme` (in scheme order), then the provinces (in the given order). */
export function compareEntities(provinces: readonly NamedProvince[], scheme: RegionScheme): CompareEntity[] {
	const regions = SCHEME_REGIONS[scheme].map((region): CompareEntity => ({
		id: region,
		kind: 'region',
		names: REGION_NAMES[region]
	}));
	const places = provinces.map((p): CompareEntity => ({
		id: p.adcode,
		kind: 'province',
		names: searchNames(p)
	}));
	return [...regions, ...places];
}
