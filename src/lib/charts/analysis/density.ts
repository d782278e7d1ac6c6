import type { ProvinceValue } from '$lib/queries/province-values';
import type { DensityYear as YearDensity } from '$lib/metrics/density-years';
import type { CsvRow } from '$lib/csv/to-csv';
import type { Lang } from '$lib/i18n/lang';
import { provinceName } from '$lib/i18n/names';
import { t } from '$lib/i18n/translate';
import { reasonText } from './spread-format';

/** A year of the density chart: the estimate over the provinces' values (metrics/density-years.ts). */
export type DensityYear = YearDensity<ProvinceValue>;

/** "No density for 2020: only 1 provinces have data …" */
export const densityMessage = (lang: Lang, d: DensityYear): string =>
	d.estimate.ok
		? ''
		: t(lang, 'density_notDefined', {
				year: d.year,
				reason: reasonText(lang, d.estimate.reason, d.estimate.provinces)
			});

export const DENSITY_COLUMNS = [
	'indicator',
	'year',
	'kind',
	'x',
	'density',
	'bandwidth',
	'adcode',
	'province',
	'note'
] as const;

/**
 * The rows the density chart draws, year by year: the curve's grid points (kind `curve`, with the bandwidth h),
 * or one `no_curve` row saying why there is none, then the provinces of the rug (kind `province`, x = value).
 */
export function densityRows(
	years: readonly DensityYear[],
	context: { indicator: string; lang: Lang }
): CsvRow[] {
	return years.flatMap((d) => {
		const base = { indicator: context.indicator, year: d.year };
		const estimate = d.estimate;
		const curve: CsvRow[] = estimate.ok
			? estimate.value.grid.map((g) => ({
					...base,
					kind: 'curve',
					x: g.x,
					density: g.density,
					bandwidth: estimate.value.bandwidth
				}))
			: [{ ...base, kind: 'no_curve', note: densityMessage(context.lang, d) }];
		const rug = d.provinces.map((p) => ({
			...base,
			kind: 'province',
			x: p.value,
			adcode: p.adcode,
			province: provinceName(context.lang, p)
		}));
		return [...curve, ...rug];
	});
}
