// Titles that state what each /analysis chart shows for the view, from its figures (the descriptive title
// becomes the subtitle). Null where there is nothing to state: no figure, or a single year to compare.
import type { RegionId } from '$lib/data/manifest';
import type { BetaFit } from '$lib/metrics/beta-convergence';
import type { GiniCell } from '$lib/metrics/gini';
import type { Lang } from '$lib/i18n/lang';
import { regionName } from '$lib/i18n/names';
import { formatNumber, t } from '$lib/i18n/translate';
import { formatSignificant } from './format-significant';

/** A measure of inequality that the title can name. */
export type TrendMeasure = 'theil' | 'gini' | 'cv';

/**
 * "2011—2023 年，泰尔指数由 0.098 降至 0.0033": the measure in the first and the last year with a figure,
 * to two significant figures (printed alike: "unchanged").
 */
export function measureTrendTitle(
	lang: Lang,
	measure: TrendMeasure,
	points: readonly { year: number; value: number | null }[]
): string | null {
	const defined = points
		.filter((p): p is { year: number; value: number } => p.value != null && Number.isFinite(p.value))
		.sort((a, b) => a.year - b.year);
	const first = defined[0];
	const last = defined.at(-1);
	if (!first || !last || first === last) return null;
	const from = formatSignificant(lang, first.value);
	const to = formatSignificant(lang, last.value);
	const movement = from === to ? 'unchanged' : last.value > first.value ? 'rose' : 'fell';
	return t(lang, `title_trend_${movement}`, {
		first: first.year,
		last: last.year,
		measure: t(lang, `title_measure_${measure}`),
		from,
		to
	});
}

/** "2023 年，东部与东北之间的基尼系数最高（0.077）": the pair of regions furthest apart. */
export function giniMatrixTitle(lang: Lang, cells: readonly GiniCell[], year: number): string | null {
	const pairs = cells.filter((c) => c.j !== c.h && Number.isFinite(c.gini));
	if (!pairs.length) return null;
	const widest = pairs.reduce((a, c) => (c.gini > a.gini ? c : a));
	return t(lang, 'title_giniMatrix', {
		year,
		a: regionName(lang, widest.j as RegionId),
		b: regionName(lang, widest.h as RegionId),
		gini: formatNumber(lang, widest.gini, 3)
	});
}

/**
 * "2011—2023 年，初始水平较低的省份增长更快（每年收敛 15.0%）": the sign of β read in words, with the implied
 * speed where it is defined.
 */
export function betaTitle(lang: Lang, fit: BetaFit, span: { from: number; to: number }): string {
	if (fit.beta === 0) return t(lang, 'title_beta_flat', span);
	if (fit.beta > 0) return t(lang, 'title_beta_diverging', span);
	return fit.speed === null
		? t(lang, 'title_beta_overtaking', span)
		: t(lang, 'title_beta_converging', { ...span, speed: formatNumber(lang, fit.speed * 100, 1) });
}
