import type { RegionScheme } from '$lib/data/manifest';
import type { ProvinceValue } from '$lib/queries/province-values';
import type { CsvRow } from '$lib/csv/to-csv';
import type { Lang } from '$lib/state/view';
import { provinceName } from '$lib/i18n/names';

export const PROVINCE_RANKING_COLUMNS = [
	'indicator',
	'year',
	'scheme',
	'rank',
	'adcode',
	'province',
	'region',
	'value'
] as const;

/** The rows the ranking draws: ranked provinces first, then those without data (rank and value empty). */
export function provinceRankingRows(
	provinces: readonly ProvinceValue[],
	context: { indicator: string; year: number; scheme: RegionScheme; lang: Lang }
): CsvRow[] {
	return provinces.map((p) => ({
		indicator: context.indicator,
		year: context.year,
		scheme: context.scheme,
		rank: p.rank,
		adcode: p.adcode,
		province: provinceName(context.lang, p),
		region: p.region,
		value: p.value
	}));
}
