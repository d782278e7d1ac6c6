// One sentence on the Theil chart, from its figures only: how the index moved between the first and the
// last year with a figure, and how much of it the gap between regions made up.
import type { YearMeasured } from '$lib/metrics/measured';
import type { TheilDecomposition } from '$lib/metrics/theil';
import type { Lang } from '$lib/i18n/lang';
import { t } from '$lib/i18n/translate';
import { formatSignificant } from './format-significant';

/**
 * E.g. "The Theil index fell from 0.098 in 2011 to 0.0033 in 2023; the gap between regions made up 63% of it
 * in both years." Values to 2 significant figures (equal when they print alike: "was unchanged"), shares to
 * whole percent. '' when no year has a figure.
 */
export function theilReading(rows: readonly YearMeasured<TheilDecomposition>[], lang: Lang): string {
	const defined = rows
		.flatMap((r) => (r.ok ? [{ year: r.year, ...r.value }] : []))
		.sort((a, b) => a.year - b.year);
	const first = defined[0];
	const last = defined.at(-1);
	if (!first || !last) return '';

	const a = formatSignificant(lang, first.total);
	const b = formatSignificant(lang, last.total);
	const years = { first: first.year, last: last.year, a, b };
	const p = percent(first.between_share);
	const q = percent(last.between_share);

	if (first === last) {
		return (
			t(lang, 'ineq_reading_single', years) +
			(p == null ? t(lang, 'ineq_reading_end') : t(lang, 'ineq_reading_share_single', { p }))
		);
	}
	const movement = a === b ? 'unchanged' : last.total > first.total ? 'rose' : 'fell';
	const share =
		p == null || q == null
			? t(lang, 'ineq_reading_end')
			: p === q
				? t(lang, 'ineq_reading_share_both', { p })
				: t(lang, 'ineq_reading_share_each', { ...years, p, q });
	return t(lang, `ineq_reading_${movement}`, years) + share;
}

const percent = (share: number | null): number | null => (share == null ? null : Math.round(share * 100));
