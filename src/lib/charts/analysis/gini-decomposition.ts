import type { RegionScheme } from '$lib/data/manifest';
import type { YearMeasured } from '$lib/metrics/measured';
import type { DagumGini } from '$lib/metrics/gini';
import type { CsvRow } from '$lib/csv/to-csv';
import type { Lang } from '$lib/i18n/lang';
import { t } from '$lib/i18n/translate';
import { formatSignificant } from './format-significant';
import { decompositionRows, decompositionStacks, describeYears } from './measured-years';
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

/** The rows the gini-decomposition chart draws (see decompositionRows). */
export function giniDecompositionRows(
	rows: readonly YearMeasured<DagumGini>[],
	context: { indicator: string; scheme: RegionScheme }
): CsvRow[] {
	const { indicator, scheme } = context;
	return decompositionRows(rows, { indicator, scheme }, (v) => ({
		total: v.total,
		within: v.within,
		net_between: v.net_between,
		transvariation: v.transvariation
	}));
}

/** Within at the bottom, then net between, then transvariation: together G. */
export const giniParts = (lang: Lang): StackPart[] => [
	{ id: 'within', label: t(lang, 'ineq_part_within'), colour: WITHIN_COLOUR },
	{ id: 'net_between', label: t(lang, 'ineq_part_net_between'), colour: BETWEEN_COLOUR },
	{ id: 'transvariation', label: t(lang, 'ineq_part_transvariation'), colour: TRANSVARIATION_COLOUR }
];

export const giniStacks = (rows: readonly YearMeasured<DagumGini>[], lang: Lang): YearStack[] =>
	decompositionStacks(rows, lang, (v) => [v.within, v.net_between, v.transvariation]);

/** The chart's accessible description: every year's figures, or why there are none. */
export function giniDescription(rows: readonly YearMeasured<DagumGini>[], lang: Lang): string {
	const f = (v: number) => formatSignificant(lang, v);
	return t(lang, 'ineq_gini_desc', {
		first: rows[0]?.year ?? '',
		last: rows.at(-1)?.year ?? '',
		values: describeYears(rows, lang, (year, v) =>
			t(lang, 'ineq_gini_stack', {
				year,
				total: f(v.total),
				within: f(v.within),
				net_between: f(v.net_between),
				transvariation: f(v.transvariation)
			})
		)
	});
}
