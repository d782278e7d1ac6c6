import type { Lang } from '$lib/i18n/lang';
import { formatNumber, t } from '$lib/i18n/translate';
import type { CompareSeries } from './province-compare';

/** A series' name on the chart: a region says that its line is a mean. */
export const seriesLabel = (lang: Lang, s: Pick<CompareSeries, 'kind' | 'name'>): string =>
	s.kind === 'region' ? t(lang, 'compare_regionMean', { region: s.name }) : s.name;

/** "甘肃 2011 年 4.99 → 2023 年 374.69" for a screen reader; "无数据" when the series is empty. */
export function seriesSummary(lang: Lang, s: CompareSeries): string {
	const a = s.points[0];
	const b = s.points.at(-1);
	if (!a || !b) return `${seriesLabel(lang, s)} ${t(lang, 'noData')}`;
	const at = (p: { year: number; value: number }) =>
		lang === 'zh'
			? `${p.year} 年 ${formatNumber(lang, p.value)}`
			: `${p.year} ${formatNumber(lang, p.value)}`;
	return a === b ? `${seriesLabel(lang, s)} ${at(a)}` : `${seriesLabel(lang, s)} ${at(a)} → ${at(b)}`;
}
