import type { RegionScheme } from '$lib/data/manifest';
import type { YearMeasured } from '$lib/metrics/measured';
import type { TheilDecomposition, Weighting } from '$lib/metrics/theil';
import type { CsvRow } from '$lib/csv/to-csv';
import type { Lang } from '$lib/state/view';
import { t } from '$lib/i18n/translate';
import { formatSignificant } from './format-significant';
import { reasonLabel } from './measured-years';
import type { StackPart, YearStack } from './stacked-years';
import { BETWEEN_COLOUR, WITHIN_COLOUR } from './decomposition-palette';

export const THEIL_DECOMPOSITION_COLUMNS = [
	'indicator',
	'scheme',
	'weighting',
	'year',
	'provinces',
	'total',
	'within',
	'between',
	'between_share',
	'note'
] as const;

/**
 * The rows the theil-decomposition chart draws: one per year with data; a year where the index is not
 * defined has empty figures and the reason id in `note`.
 */
export function theilDecompositionRows(
	rows: readonly YearMeasured<TheilDecomposition>[],
	context: { indicator: string; scheme: RegionScheme; weighting: Weighting }
): CsvRow[] {
	const base = { indicator: context.indicator, scheme: context.scheme, weighting: context.weighting };
	return rows.map((r) =>
		r.ok
			? {
					...base,
					year: r.year,
					provinces: r.value.provinces,
					total: r.value.total,
					within: r.value.within,
					between: r.value.between,
					between_share: r.value.between_share,
					note: ''
				}
			: { ...base, year: r.year, provinces: r.provinces, note: r.reason }
	);
}

/** Within below, between on top. */
export const theilParts = (lang: Lang): StackPart[] => [
	{ id: 'within', label: t(lang, 'ineq_part_within'), colour: WITHIN_COLOUR },
	{ id: 'between', label: t(lang, 'ineq_part_between'), colour: BETWEEN_COLOUR }
];

export function theilStacks(rows: readonly YearMeasured<TheilDecomposition>[], lang: Lang): YearStack[] {
	return rows.map((r) =>
		r.ok
			? {
					year: r.year,
					provinces: r.value.provinces,
					values: [r.value.within, r.value.between],
					total: r.value.total,
					reason: null
				}
			: {
					year: r.year,
					provinces: r.provinces,
					values: null,
					total: null,
					reason: reasonLabel(lang, r.reason)
				}
	);
}

/** The chart's accessible description: every year's figures, or why there are none. */
export function theilDescription(
	rows: readonly YearMeasured<TheilDecomposition>[],
	lang: Lang,
	weighting: Weighting
): string {
	const f = (v: number) => formatSignificant(lang, v);
	return t(lang, 'ineq_theil_desc', {
		first: rows[0]?.year ?? '',
		last: rows.at(-1)?.year ?? '',
		weighting: t(lang, `weighting_${weighting}`),
		values: rows
			.map((r) =>
				r.ok
					? t(lang, 'ineq_theil_stack', {
							year: r.year,
							total: f(r.value.total),
							within: f(r.value.within),
							between: f(r.value.between)
						})
					: t(lang, 'ineq_undefined_year', { year: r.year, reason: reasonLabel(lang, r.reason) })
			)
			.join(lang === 'zh' ? '；' : '; ')
	});
}
