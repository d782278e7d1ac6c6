import type { RegionId, RegionScheme } from '$lib/data/manifest';
import type { YearMeasured } from '$lib/metrics/measured';
import type { DagumGini, GiniCell } from '$lib/metrics/gini';
import type { CsvRow } from '$lib/csv/to-csv';
import type { Lang } from '$lib/i18n/lang';
import { separator, t } from '$lib/i18n/translate';
import { regionName } from '$lib/i18n/names';
import { formatSignificant } from './format-significant';

export const GINI_MATRIX_COLUMNS = [
	'indicator',
	'scheme',
	'year',
	'region_j',
	'region_h',
	'gini',
	'affluence'
] as const;

/**
 * The year's region-by-region matrix in the scheme's region order (regions without data left out), row by
 * row; empty when the year has no Gini coefficient.
 */
export function giniMatrix(
	row: YearMeasured<DagumGini> | undefined,
	order: readonly RegionId[]
): { regions: RegionId[]; cells: GiniCell[] } {
	if (!row?.ok) return { regions: [], cells: [] };
	const present = new Set(row.value.regions.map((r) => r.region));
	const regions = order.filter((r) => present.has(r));
	const cell = new Map(row.value.matrix.map((c) => [`${c.j}|${c.h}`, c]));
	const cells = regions.flatMap((j) =>
		regions.flatMap((h) => {
			const c = cell.get(`${j}|${h}`);
			return c ? [c] : [];
		})
	);
	return { regions, cells };
}

/** The rows the gini-matrix chart draws: one per cell (ordered pair of regions, diagonal included). */
export function giniMatrixRows(
	cells: readonly GiniCell[],
	context: { indicator: string; scheme: RegionScheme; year: number }
): CsvRow[] {
	return cells.map((c) => ({
		indicator: context.indicator,
		scheme: context.scheme,
		year: context.year,
		region_j: c.j,
		region_h: c.h,
		gini: c.gini,
		// D_jj is 0 by definition; the SQL's (above − below)/(above + below) leaves rounding noise (~1e-16) there.
		affluence: c.j === c.h ? 0 : c.affluence
	}));
}

/** The chart's accessible description: each pair once, with its Gini coefficient. */
export function giniMatrixDescription(cells: readonly GiniCell[], lang: Lang, year: number): string {
	const order = [...new Set(cells.map((c) => c.j))];
	const values = cells
		.filter((c) => order.indexOf(c.j) <= order.indexOf(c.h))
		.map((c) =>
			c.j === c.h
				? `${regionName(lang, c.j)} ${formatSignificant(lang, c.gini)}`
				: `${regionName(lang, c.j)}–${regionName(lang, c.h)} ${formatSignificant(lang, c.gini)}`
		)
		.join(separator(lang, 'items'));
	return t(lang, 'ineq_matrix_desc', { year, values });
}
