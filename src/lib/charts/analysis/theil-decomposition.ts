import type { RegionScheme } from '$lib/data/manifest';
import type { YearMeasured } from '$lib/metrics/measured';
import type { TheilDecomposition, Weighting } from '$lib/metrics/theil';
import type { CsvRow } from '$lib/csv/to-csv';
import type { Lang } from '$lib/i18n/lang';
import { t } from '$lib/i18n/translate';
import { formatSignificant } from './format-significant';
import { decompositionRows, decompositionStacks, describeYears } from './measured-years';
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

/** The rows the theil-decomposition chart draws (see decompositionRows). */
export function theilDecompositionRows(
	rows: readonly YearMeasured<TheilDecomposition>[],
	context: { indicator: string; scheme: RegionScheme; weighting: Weighting }
): CsvRow[] {
	const { indicator, scheme, weighting } = context;
	return decompositionRows(rows, { indicator, scheme, weighting }, (v) => ({
		total: v.total,
		within: v.within,
		between: v.between,
		between_share: v.between_share
	}));
}

/** Within below, between on top. */
export const theilParts = (lang: Lang): StackPart[] => [
	{ id: 'within', label: t(lang, 'ineq_part_within'), colour: WITHIN_COLOUR },
	{ id: 'between', label: t(lang, 'ineq_part_between'), colour: BETWEEN_COLOUR }
];

export const theilStacks = (rows: readonly YearMeasured<TheilDecomposition>[], lang: Lang): YearStack[] =>
	decompositionStacks(rows, lang, (v) => [v.within, v.between]);

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
		values: describeYears(rows, lang, (year, v) =>
			t(lang, 'ineq_theil_stack', { year, total: f(v.total), within: f(v.within), between: f(v.between) })
		)
	});
}
