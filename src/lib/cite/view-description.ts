// What a view is, in words a citation can carry so that two views can be told apart: the indicators shown,
// the year, the regions, any highlighted provinces or regions, and the page.
import type { Indicator, RegionScheme } from '$lib/data/manifest';
import type { Lang } from '$lib/i18n/lang';
import { indicatorName } from '$lib/i18n/names';
import { separator, t } from '$lib/i18n/translate';

export type CitedPage = 'overview' | 'analysis' | 'compare' | 'relate' | 'composite';

export interface DescribedView {
	page: CitedPage;
	/** The indicators the page shows (two on /relate: x, then y). */
	indicators: readonly Indicator[];
	year: number;
	scheme: RegionScheme;
	/** The names of the highlighted provinces and regions, in the link's order. */
	highlighted: readonly string[];
}

export function describeView(lang: Lang, view: DescribedView): string {
	const parts = [
		view.indicators.map((d) => indicatorName(lang, d)).join(t(lang, 'cite_and')),
		t(lang, 'cite_year', { year: view.year }),
		t(lang, `cite_${view.scheme}`)
	];
	if (view.highlighted.length)
		parts.push(t(lang, 'cite_highlighted', { names: view.highlighted.join(separator(lang, 'names')) }));
	return `${parts.join(separator(lang, 'items'))}${t(lang, 'cite_page', { page: t(lang, `nav_${view.page}`) })}`;
}
