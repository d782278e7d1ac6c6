import type { Lang } from '$lib/i18n/lang';

/**
 * Each province's one-character Chinese abbreviation (简称) and its ISO 3166-2:CN code, the labels of a tile
 * too small for the name (a phone). By adcode.
 */
const SHORT: Record<number, [zh: string, en: string]> = {
	110000: ['京', 'BJ'],
	120000: ['津', 'TJ'],
	130000: ['冀', 'HE'],
	140000: ['晋', 'SX'],
	150000: ['蒙', 'NM'],
	210000: ['辽', 'LN'],
	220000: ['吉', 'JL'],
	230000: ['黑', 'HL'],
	310000: ['沪', 'SH'],
	320000: ['苏', 'JS'],
	330000: ['浙', 'ZJ'],
	340000: ['皖', 'AH'],
	350000: ['闽', 'FJ'],
	360000: ['赣', 'JX'],
	370000: ['鲁', 'SD'],
	410000: ['豫', 'HA'],
	420000: ['鄂', 'HB'],
	430000: ['湘', 'HN'],
	440000: ['粤', 'GD'],
	450000: ['桂', 'GX'],
	460000: ['琼', 'HI'],
	500000: ['渝', 'CQ'],
	510000: ['川', 'SC'],
	520000: ['贵', 'GZ'],
	530000: ['云', 'YN'],
	540000: ['藏', 'XZ'],
	610000: ['陕', 'SN'],
	620000: ['甘', 'GS'],
	630000: ['青', 'QH'],
	640000: ['宁', 'NX'],
	650000: ['新', 'XJ']
};

/** A province's short label in `lang`: its 简称 or its ISO code; its name where it has neither. */
export function provinceShortName(
	lang: Lang,
	p: { adcode: number; name_zh: string; name_en: string }
): string {
	const short = SHORT[p.adcode];
	return short ? short[lang === 'zh' ? 0 : 1] : lang === 'zh' ? p.name_zh : p.name_en;
}
