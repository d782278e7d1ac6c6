// What the compare page can compare, as searchable entities: the regions of the current scheme and
// every province, each under its Chinese, English and pinyin names.
import { SCHEME_REGIONS, type Province, type RegionId, type RegionScheme } from '$lib/data/manifest';
import type { Selection } from '$lib/state/view';
import { regionName } from '$lib/i18n/names';
import type { SearchEntity } from './search-entities';

export type NamedProvince = Pick<Province, 'adcode' | 'name_zh' | 'name_en' | 'pinyin'>;

/**
 * Other spellings users type. The data spells 陕西 "shaanxi" to tell it from 山西 (shanxi), but without
 * tones both are "shanxi", and a reader looking for 陕西 may well type that.
 */
const SEARCH_ALIASES: Readonly<Record<number, string>> = {
	610000: 'shanxi'
};

const REGION_PINYIN: Readonly<Record<RegionId, string>> = {
	east: 'Dongbu',
	central: 'Zhongbu',
	west: 'Xibu',
	northeast: 'Dongbei'
};

export interface CompareEntity extends SearchEntity<Selection> {
	kind: 'region' | 'province';
}

/** The regions of `scheme` (in scheme order), then the provinces (in the given order). */
export function compareEntities(provinces: readonly NamedProvince[], scheme: RegionScheme): CompareEntity[] {
	const regions = SCHEME_REGIONS[scheme].map((region): CompareEntity => ({
		id: region,
		kind: 'region',
		names: [regionName('zh', region), regionName('en', region), REGION_PINYIN[region]]
	}));
	const places = provinces.map((p): CompareEntity => ({
		id: p.adcode,
		kind: 'province',
		names: [p.name_zh, p.name_en, p.pinyin, SEARCH_ALIASES[p.adcode]].filter((n): n is string => !!n)
	}));
	return [...regions, ...places];
}
