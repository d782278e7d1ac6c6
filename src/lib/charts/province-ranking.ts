import type { RegionScheme } from '$lib/data/manifest';
import type { ProvinceValue } from '$lib/queries/province-values';
import type { CsvRow } from '$lib/csv/to-csv';
import type { Lang } from '$lib/i18n/lang';
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

/** One line of the ranking chart: a province's bar, or a note standing for the provinces not drawn. */
export type RankingLine =
	| { kind: 'province'; province: ProvinceValue }
	| { kind: 'more'; count: number }
	| { kind: 'noData'; count: number };

/** Up to this many units, every one gets its line (the 31 provinces always do). */
export const RANKING_ALL_UP_TO = 60;
/** Beyond it (county-scale data), the top and bottom this many, and the selected ones, are drawn. */
export const RANKING_EDGE = 20;

/**
 * The lines the ranking chart draws, in rank order: every unit when there are at most RANKING_ALL_UP_TO;
 * otherwise the first and last RANKING_EDGE with a value, those selected, a "more" note for each run left
 * out, and one note counting those without data. The table and the CSV keep every unit.
 */
export function rankingLines(
	provinces: readonly ProvinceValue[],
	isSelected: (p: ProvinceValue) => boolean
): RankingLine[] {
	if (provinces.length <= RANKING_ALL_UP_TO)
		return provinces.map((province) => ({ kind: 'province', province }));
	const valued = provinces.filter((p) => p.value != null);
	const lines: RankingLine[] = [];
	let skipped = 0;
	valued.forEach((province, i) => {
		if (i < RANKING_EDGE || i >= valued.length - RANKING_EDGE || isSelected(province)) {
			if (skipped) lines.push({ kind: 'more', count: skipped });
			skipped = 0;
			lines.push({ kind: 'province', province });
		} else skipped++;
	});
	if (skipped) lines.push({ kind: 'more', count: skipped });
	const missing = provinces.filter((p) => p.value == null);
	for (const province of missing) if (isSelected(province)) lines.push({ kind: 'province', province });
	const unlisted = missing.filter((p) => !isSelected(p)).length;
	if (unlisted) lines.push({ kind: 'noData', count: unlisted });
	return lines;
}
