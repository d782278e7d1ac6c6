// Chart titles that state what the chart shows for the view, computed from the rows it draws (the
// descriptive title becomes the subtitle). Null where there is too little to state a finding.
import type { LevelCount, RegionId } from '$lib/data/manifest';
import type { RegionFigures } from '$lib/metrics/summarise-regions';
import type { Lang } from '$lib/i18n/lang';
import { formatMagnitude, magnitudeOf } from '$lib/i18n/magnitude';
import { provinceName, regionName } from '$lib/i18n/names';
import { t } from '$lib/i18n/translate';

interface ProvinceFigure {
	name_zh: string;
	name_en: string;
	region: RegionId;
	value: number | null;
}

/** Values in a title, to one decimal in one magnitude for the pair (万/亿, K/M/B when large). */
function pair(lang: Lang, a: number, b: number): [string, string] {
	const magnitude = magnitudeOf(lang, Math.max(Math.abs(a), Math.abs(b)));
	return [formatMagnitude(lang, a, magnitude, 1), formatMagnitude(lang, b, magnitude, 1)];
}

/** The highest and the lowest by value, first in order among equals; null with fewer than two. */
function extremes<T>(items: readonly T[], value: (d: T) => number | null): [T, T] | null {
	const valued = items.filter((d) => value(d) != null && Number.isFinite(value(d)));
	if (valued.length < 2) return null;
	const byValue = [...valued].sort((a, b) => (value(b) as number) - (value(a) as number));
	return [byValue[0] as T, byValue.at(-1) as T];
}

/** A title naming the highest and the lowest of `items` with their values; null with fewer than two. */
function extremesTitle<T>(
	lang: Lang,
	key: 'title_regionSummary' | 'title_provinceRanking',
	items: readonly T[],
	value: (d: T) => number | null,
	name: (d: T) => string,
	year: number
): string | null {
	const ends = extremes(items, value);
	if (!ends) return null;
	const [top, bottom] = ends;
	const [topValue, bottomValue] = pair(lang, value(top) as number, value(bottom) as number);
	return t(lang, key, { year, top: name(top), topValue, bottom: name(bottom), bottomValue });
}

/** "2023 年东部平均值最高（428.1），东北最低（367.3）" */
export function regionSummaryTitle(
	lang: Lang,
	figures: readonly RegionFigures[],
	year: number
): string | null {
	return extremesTitle(
		lang,
		'title_regionSummary',
		figures,
		(f) => f.mean,
		(f) => regionName(lang, f.region),
		year
	);
}

/** "2023 年上海最高（473.8），青海最低（351.1）" */
export function provinceRankingTitle(
	lang: Lang,
	provinces: readonly ProvinceFigure[],
	year: number
): string | null {
	return extremesTitle(
		lang,
		'title_provinceRanking',
		provinces,
		(p) => p.value,
		(p) => provinceName(lang, p),
		year
	);
}

/** "2023 年排名前 5 的省份中，4 个属于东部": the region holding most of the top `n`. */
export function tileMapTitle(
	lang: Lang,
	provinces: readonly ProvinceFigure[],
	year: number,
	n = 5
): string | null {
	const valued = provinces.filter((p) => p.value != null && Number.isFinite(p.value));
	if (valued.length < n * 2) return null;
	const top = [...valued].sort((a, b) => (b.value as number) - (a.value as number)).slice(0, n);
	const counts = new Map<RegionId, number>();
	for (const p of top) counts.set(p.region, (counts.get(p.region) ?? 0) + 1);
	const [region, count] = [...counts].sort((a, b) => b[1] - a[1])[0] as [RegionId, number];
	return t(lang, 'title_tileMap', { year, n, count, region: regionName(lang, region) });
}

/** "“非常高”等级的省级单位：2016 年 3 个，2021 年 16 个": the first and latest counts the source does not doubt. */
export function levelDistributionTitle(lang: Lang, counts: readonly LevelCount[]): string | null {
	const top = counts
		.filter((c) => c.level === '非常高' && !c.low_confidence)
		.sort((a, b) => a.data_year - b.data_year);
	const first = top[0];
	const last = top.at(-1);
	if (!first || !last || first.data_year === last.data_year) return null;
	return t(lang, 'title_levelDistribution', {
		first: first.data_year,
		from: first.province_count,
		last: last.data_year,
		to: last.province_count
	});
}
