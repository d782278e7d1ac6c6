// What the compare page can compare, as searchable entities: the regions of the current scheme and
// every province, each under its Chinese, English and pinyin names.
import { SCHEME_REGIONS, type Province, type RegionId, type RegionScheme } from '$lib/data/manifest';
import type { Selection } from '$lib/state/view';
import { regionName } from '$lib/i18n/names';
import type { SearchEntity } from './search-entities';

/** A province as the manifest gives it; `pinyin` is used when the data provides it. */
export type NamedProvince = Pick<Province, 'adcode' | 'name_zh' | 'name_en'> & { pinyin?: string };

/**
 * Pinyin for the provinces whose English name is not already their pinyin (the others, Beijing,
 * Guangdong …, match pinyin through the English name). Used only where the data gives no pinyin.
 */
const PINYIN_FALLBACK: Readonly<Record<number, string>> = {
	150000: 'Nei Menggu', // Inner Mongolia
	540000: 'Xizang', // Tibet
	610000: 'Shanxi' // Shaanxi: the same pinyin as 山西 without tones
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
		names: [p.name_zh, p.name_en, p.pinyin ?? PINYIN_FALLBACK[p.adcode]].filter((n): n is string => !!n)
	}));
	return [...regions, ...places];
}
