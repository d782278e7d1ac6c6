// The rows the relate charts draw, as their tables and CSV downloads hold them.
import type { CsvRow } from '$lib/csv/to-csv';
import type { Lang } from '$lib/i18n/lang';
import { provinceName } from '$lib/i18n/names';
import type { Correlation } from '$lib/metrics/correlation';
import type { YearMeasured } from '$lib/metrics/measured';
import type { IndicatorPair } from '$lib/queries/indicator-pairs';

export const SCATTER_COLUMNS = [
	'indicator_x',
	'indicator_y',
	'year',
	'adcode',
	'province',
	'region',
	'x',
	'y'
] as const;

export const CORRELATION_COLUMNS = [
	'indicator_x',
	'indicator_y',
	'year',
	'n',
	'pearson_r',
	'spearman_rho',
	'p_value',
	'slope',
	'intercept'
] as const;

interface Axes {
	/** The indicators' ids. */
	x: string;
	y: string;
}

/** One row per dot of the scatter: the year's provinces with both values, as drawn (not logged). */
export function scatterRows(points: readonly IndicatorPair[], axes: Axes & { lang: Lang }): CsvRow[] {
	return points.map((p) => ({
		indicator_x: axes.x,
		indicator_y: axes.y,
		year: p.year,
		adcode: p.adcode,
		province: provinceName(axes.lang, p),
		region: p.region,
		x: p.x,
		y: p.y
	}));
}

/** One row per year with both indicators: its figures, or only n where there are too few provinces. */
export function correlationRows(years: readonly YearMeasured<Correlation>[], axes: Axes): CsvRow[] {
	return years.map((m) => {
		const base = { indicator_x: axes.x, indicator_y: axes.y, year: m.year };
		return m.ok ? { ...base, ...m.value } : { ...base, n: m.provinces };
	});
}
