import type { DisputedValue } from '$lib/data/manifest';
import type { ViewState } from '$lib/state/view';
import { provinceName } from '$lib/i18n/names';
import { formatNumber, separator, t } from '$lib/i18n/translate';

/** A sentence naming the values another source disputes for this indicator and year ('' when none); the source itself is on the About-the-data page. */
export function disputedNote(
	disputed: readonly DisputedValue[],
	view: Pick<ViewState, 'indicator' | 'year' | 'lang'>,
	provinces: readonly { adcode: number; name_zh: string; name_en: string }[]
): string {
	const items = disputed
		.filter((d) => d.indicator === view.indicator && d.year === view.year)
		.map((d) => {
			const p = provinces.find((q) => q.adcode === d.adcode);
			const name = p ? provinceName(view.lang, p) : String(d.adcode);
			const value = d.value == null ? '' : formatNumber(view.lang, d.value);
			const rank = d.rank == null ? '' : t(view.lang, 'disputedRank', { rank: d.rank });
			return `${name} ${value}${rank}`;
		});
	return items.length
		? t(view.lang, 'disputedNote', { items: items.join(separator(view.lang, 'clauses')) })
		: '';
}
