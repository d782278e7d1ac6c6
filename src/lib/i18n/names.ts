import type { Indicator, RegionId } from '$lib/data/manifest';
import type { Lang } from '$lib/i18n/lang';
import { t } from './translate';

export const regionName = (lang: Lang, region: RegionId): string => t(lang, `region_${region}`);

export const indicatorName = (lang: Lang, indicator: Indicator): string =>
	lang === 'zh' ? indicator.name_zh : indicator.name_en;

export const provinceName = (lang: Lang, p: { name_zh: string; name_en: string }): string =>
	lang === 'zh' ? p.name_zh : p.name_en;

/** The name of a selected region (by id) or province (by adcode); the adcode itself if it is unknown. */
export function selectionName(
	lang: Lang,
	selection: RegionId | number,
	provinces: readonly { adcode: number; name_zh: string; name_en: string }[]
): string {
	if (typeof selection !== 'number') return regionName(lang, selection);
	const p = provinces.find((q) => q.adcode === selection);
	return p ? provinceName(lang, p) : String(selection);
}
