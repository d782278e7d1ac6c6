import type { RegionId, RegionScheme } from '$lib/data/manifest';
import type { RegionStat } from '$lib/queries/region-stats';
import type { GapPoint } from '$lib/metrics/gap';
import type { CsvRow } from '$lib/csv/to-csv';
import type { Lang } from '$lib/i18n/lang';
import { regionName } from '$lib/i18n/names';
import { t } from '$lib/i18n/translate';

export const GAP_TREND_COLUMNS = [
	'indicator',
	'year',
	'scheme',
	'region',
	'region_name',
	'provinces',
	'mean'
] as const;

/**
 * The rows the gap-trend chart draws: each region's mean per year, then the East–West gap per year as
 * two pseudo-regions, `east_minus_west` (difference) and `east_over_west` (ratio), with `mean` holding the gap.
 */
export function gapTrendRows(
	stats: readonly RegionStat[],
	gap: readonly GapPoint[],
	regions: readonly RegionId[],
	context: { indicator: string; scheme: RegionScheme; lang: Lang }
): CsvRow[] {
	const base = { indicator: context.indicator, scheme: context.scheme };
	const means = stats
		.filter((s) => regions.includes(s.region))
		.map((s) => ({
			...base,
			year: s.year,
			region: s.region,
			region_name: regionName(context.lang, s.region),
			provinces: s.provinces,
			mean: s.mean
		}));
	const gaps = gap.flatMap((g) => [
		{
			...base,
			year: g.year,
			region: 'east_minus_west',
			region_name: t(context.lang, 'gap_east_minus_west'),
			provinces: null,
			mean: g.difference
		},
		{
			...base,
			year: g.year,
			region: 'east_over_west',
			region_name: t(context.lang, 'gap_east_over_west'),
			provinces: null,
			mean: g.ratio
		}
	]);
	return [...means, ...gaps].sort((a, b) => a.year - b.year || order(a.region) - order(b.region));

	function order(region: string): number {
		const i = (regions as readonly string[]).indexOf(region);
		return i >= 0 ? i : regions.length + (region === 'east_minus_west' ? 0 : 1);
	}
}
