import type { Indicator, RegionId } from '$lib/data/manifest';
import type { Lang } from '$lib/state/view';
import { t } from './translate';

export const regionName = (lang: Lang, region: RegionId): string => t(lang, `region_${region}`);

export const indicatorName = (lang: Lang, indicator: Indicator): string =>
	lang === 'zh' ? indicator.name_zh : indicator.name_en;

export const provinceName = (lang: Lang, p: { name_zh: string; name_en: string }): string =>
	lang === 'zh' ? p.name_zh : p.name_en;
