import type { RegionScheme } from '$lib/data/manifest';
import type { RegionFigures } from '$lib/metrics/summarise-regions';
import type { CsvRow } from '$lib/csv/to-csv';
import type { Lang } from '$lib/i18n/lang';
import { regionName } from '$lib/i18n/names';
import { GAP_TREND_COLUMNS } from './gap-trend';

/** The gap trend's columns (a region's mean in a year) with the year's range. */
export const REGION_SUMMARY_COLUMNS = [...GAP_TREND_COLUMNS, 'min', 'max'] as const;

/** The rows the region-summary chart draws: one per region of the scheme, "no data" regions included. */
export function regionSummaryRows(
	figures: readonly RegionFigures[],
	context: { indicator: string; year: number; scheme: RegionScheme; lang: Lang }
): CsvRow[] {
	return figures.map((f) => ({
		indicator: context.indicator,
		year: context.year,
		scheme: context.scheme,
		region: f.region,
		region_name: regionName(context.lang, f.region),
		provinces: f.provinces,
		mean: f.mean,
		min: f.min,
		max: f.max
	}));
}
