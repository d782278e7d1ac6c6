import type { ProvinceValue } from '$lib/queries/province-values';
import { kernelDensity, type KernelDensity } from '$lib/metrics/kernel-density';
import type { Measured } from '$lib/metrics/measured';
import type { CsvRow } from '$lib/csv/to-csv';
import type { Lang } from '$lib/i18n/lang';
import { provinceName } from '$lib/i18n/names';
import { t } from '$lib/i18n/translate';
import { reasonText } from './spread-format';

/** One year's density: the estimate (or why there is none) and the provinces with a value, drawn as a rug. */
export interface DensityYear {
	year: number;
	role: 'start' | 'end';
	estimate: Measured<KernelDensity<ProvinceValue>>;
	provinces: (ProvinceValue & { value: number })[];
}

/** The start year and the end year, or only the end year when they are the same. */
export function densityYears(
	start: readonly ProvinceValue[],
	end: readonly ProvinceValue[],
	span: { from: number; to: number }
): DensityYear[] {
	// Data that are never negative (every value of both years ≥ 0) get a curve reflected at 0 (Schuster 1985).
	const nonNegative = [...start, ...end].every((p) => p.value == null || p.value >= 0);
	const one = (year: number, role: DensityYear['role'], values: readonly ProvinceValue[]): DensityYear => ({
		year,
		role,
		estimate: kernelDensity(values, (p) => p.value, { lower: nonNegative ? 0 : undefined }),
		provinces: values.filter((p): p is ProvinceValue & { value: number } => p.value !== null)
	});
	const last = one(span.to, 'end', end);
	return span.from === span.to ? [last] : [one(span.from, 'start', start), last];
}

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
