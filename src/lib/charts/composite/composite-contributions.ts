// The rows of the composite-contributions chart: for one year, each province's index and its components'
// contributions (100·w_j·z_j, which sum to the index), highest index first, provinces without one last.
import type { Province, RegionId, RegionScheme } from '$lib/data/manifest';
import type { CompositeValue } from '$lib/metrics/composite-index';
import type { CsvRow } from '$lib/csv/to-csv';
import type { Lang } from '$lib/i18n/lang';
import { provinceName } from '$lib/i18n/names';

/** One province's bar: its index and contributions, or null for both where it has no index that year. */
export interface ContributionBar {
	adcode: number;
	name_zh: string;
	name_en: string;
	region: RegionId;
	index: number | null;
	contributions: number[] | null;
}

/**
 * Every province of `provinces` for `year`, sorted by index (highest first; ties by adcode), those without an
 * index last in adcode order. Wide CSV rather than long: one row per bar, whose contributions sum to its index.
 */
export function contributionBars(
	values: readonly CompositeValue[],
	year: number,
	provinces: readonly Province[],
	scheme: RegionScheme
): ContributionBar[] {
	const byAdcode = new Map(values.filter((v) => v.year === year).map((v) => [v.adcode, v]));
	const bars = provinces.map((p) => {
		const v = byAdcode.get(p.adcode);
		return {
			adcode: p.adcode,
			name_zh: p.name_zh,
			name_en: p.name_en,
			region: p[scheme],
			index: v?.value ?? null,
			contributions: v?.contributions ?? null
		};
	});
	return bars.sort(
		(a, b) =>
			(a.index === null ? 1 : 0) - (b.index === null ? 1 : 0) ||
			(b.index ?? 0) - (a.index ?? 0) ||
			a.adcode - b.adcode
	);
}

/** `year,adcode,province,region,index,<one column per component id>`. */
export function contributionColumns(components: readonly string[]): string[] {
	return ['year', 'adcode', 'province', 'region', 'index', ...components];
}

export function contributionRows(
	bars: readonly ContributionBar[],
	components: readonly string[],
	year: number,
	lang: Lang
): CsvRow[] {
	return bars.map((bar) => ({
		year,
		adcode: bar.adcode,
		province: provinceName(lang, bar),
		region: bar.region,
		index: bar.index,
		...Object.fromEntries(components.map((id, j) => [id, bar.contributions?.[j] ?? null]))
	}));
}
