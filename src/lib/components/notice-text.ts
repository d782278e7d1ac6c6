// The sentence a URL notice shows: what the link asked for, what the page used instead, and how often the
// link repeated the parameter. Values from the link are quoted short and visible (shownValue).
import type { Manifest } from '$lib/data/manifest';
import { findIndicator, type Notice } from '$lib/state/view';
import { type Lang } from '$lib/i18n/lang';
import { indicatorName } from '$lib/i18n/names';
import { shownValue } from '$lib/i18n/shown-value';
import { numberFormat, separator, t } from '$lib/i18n/translate';

export function noticeText(lang: Lang, notice: Notice, manifest: Manifest): string {
	const sentences: string[] = [];
	if (notice.rejected > 0) sentences.push(rejectedText(lang, notice, manifest));
	if (notice.given > 1)
		sentences.push(t(lang, 'notice_repeated', { param: notice.param, n: count(lang, notice.given) }));
	return sentences.join(separator(lang, 'sentences'));
}

function rejectedText(lang: Lang, notice: Notice, manifest: Manifest): string {
	const { param, values, rejected } = notice;
	if (param === 'select' && rejected > 1) {
		const list = values.map((value) => t(lang, 'notice_value', { value: shownValue(value) }));
		const shown = list.join(separator(lang, 'names'));
		const more = rejected - values.length;
		return t(lang, 'notice_select_many', {
			n: count(lang, rejected),
			values: more > 0 ? t(lang, 'notice_more', { list: shown, rest: count(lang, more) }) : shown
		});
	}
	if (param === 'composite' && notice.problem) {
		const { reason, item } = notice.problem;
		return t(lang, 'notice_composite', {
			value: shownValue(values[0] ?? ''),
			problem: t(lang, `composite_problem_${reason}`, { item: shownValue(item) })
		});
	}
	return t(lang, `notice_${param}`, {
		value: shownValue(values[0] ?? ''),
		fallback: fallbackName(lang, notice, manifest)
	});
}

/** What the page used instead, by the name a reader knows (an indicator's name, not its id). */
function fallbackName(lang: Lang, notice: Notice, manifest: Manifest): string {
	const { param, fallback } = notice;
	if (param === 'indicator' || param === 'x' || param === 'y') {
		const indicator = findIndicator(manifest, fallback);
		return indicator ? indicatorName(lang, indicator) : fallback;
	}
	if (param === 'scheme' && (fallback === 'region4' || fallback === 'region3'))
		return t(lang, `scheme_${fallback}`);
	if (param === 'weighting' && (fallback === 'equal' || fallback === 'population'))
		return t(lang, `weighting_${fallback}`);
	if (param === 'weights' && (fallback === 'queen' || fallback === 'knn4'))
		return t(lang, `weights_${fallback}`);
	return fallback;
}

function count(lang: Lang, n: number): string {
	return numberFormat(lang, { maximumFractionDigits: 0 }).format(n);
}
