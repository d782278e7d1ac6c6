import type { RegionScheme } from '$lib/data/manifest';
import type { YearMeasured } from '$lib/metrics/measured';
import type { DagumGini } from '$lib/metrics/gini';
import type { CsvRow } from '$lib/csv/to-csv';
import type { Lang } from '$lib/state/view';
import { t } from '$lib/i18n/translate';
import { formatSignificant } from './format-significant';
import { reasonLabel } from './measured-years';
import type { StackPart, YearStack } from './stacked-years';
import { BETWEEN_COLOUR, TRANSVARIATION_COLOUR, WITHIN_COLOUR } from './decomposition-palette';

export const GINI_DECOMPOSITION_COLUMNS = [
	'indicator',
	'scheme',
	'year',
	'provinces',
	'total',
	'within',
	'net_between',
	'transvariation',
	'note'
] as const;

/**
 * The rows the gini-decomposition chart draws: one per year with data; a year where the coefficient is not
 * defined has empty figures and the reason id in `note`.
 */
export function giniDecompositionRows(
	rows: readonly YearMeasured<DagumGini>[],
	context: { indicator: string; scheme: RegionScheme }
): CsvRow[] {
	const base = { indicator: context.indicator, scheme: context.scheme };
	return rows.map((r) =>
		r.ok
			? {
					...base,
					year: r.year,
					provinces: r.value.provinces,
					total: r.value.total,
					within: r.value.within,
					net_between: r.value.net_between,
					transvariation: r.value.transvariation,
					note: ''
				}
			: { ...base, year: r.year, provinces: r.provinces, note: r.reason }
	);
}

/** Within at the bottom, then net between, then transvariation: together G. */
export const giniParts = (lang: Lang): StackPart[] => [
	{ id: 'within', label: t(lang, 'ineq_part_within'), colour: WITHIN_COLOUR },
	{ id: 'net_between', label: t(lang, 'ineq_part_net_between'), colour: BETWEEN_COLOUR },
	{ id: 'transvariation', label: t(lang, 'ineq_part_transvariation'), colour: TRANSVARIATION_COLOUR }
];

export function giniStacks(rows: readonly YearMeasured<DagumGini>[], lang: Lang): YearStack[] {
	return rows.map((r) =>
		r.ok
			? {
					year: r.year,
					provinces: r.value.provinces,
					values: [r.value.within, r.value.net_between, r.value.transvariation],
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
export function giniDescription(rows: readonly YearMeasured<DagumGini>[], lang: Lang): string {
	const f = (v: number) => formatSignificant(lang, v);
	return t(lang, 'ineq_gini_desc', {
		first: rows[0]?.year ?? '',
		last: rows.at(-1)?.year ?? '',
		values: rows
			.map((r) =>
				r.ok
					? t(lang, 'ineq_gini_stack', {
							year: r.year,
							total: f(r.value.total),
							within: f(r.value.within),
							net_between: f(r.value.net_between),
							transvariation: f(r.value.transvariation)
						})
					: t(lang, 'ineq_undefined_year', { year: r.year, reason: reasonLabel(lang, r.reason) })
			)
			.join(lang === 'zh' ? '；' : '; ')
	});
}
