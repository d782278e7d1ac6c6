// A province profile's pure parts: the rows the profile chart downloads, the gap in words, and its value
// and rank on every indicator (its series against the regions' means is metrics/profile-series.ts).
import type { Indicator, RegionId } from '$lib/data/manifest';
import type { ProfileYear } from '$lib/metrics/profile-series';
export type { ProfileYear };
import type { ProfileValue } from '$lib/queries/province-profile';
import type { CsvRow } from '$lib/csv/to-csv';
import type { Lang } from '$lib/i18n/lang';
import { regionName } from '$lib/i18n/names';
import { formatNumber, t } from '$lib/i18n/translate';

export const PROVINCE_PROFILE_COLUMNS = [
	'indicator',
	'year',
	'adcode',
	'province',
	'region',
	'value',
	'region_mean',
	'east_mean',
	'gap_to_region',
	'gap_to_east'
] as const;

/** The rows the profile chart draws and downloads: one per year of the indicator. */
export function provinceProfileRows(
	series: readonly ProfileYear[],
	context: { indicator: string; adcode: number; province: string; region: RegionId }
): CsvRow[] {
	return series.map((d) => ({
		indicator: context.indicator,
		year: d.year,
		adcode: context.adcode,
		province: context.province,
		region: context.region,
		value: d.value,
		region_mean: d.regionMean,
		east_mean: d.eastMean,
		gap_to_region: d.gapToRegion,
		gap_to_east: d.gapToEast
	}));
}

/**
 * The gap in words, to one decimal: "甘肃比西部平均值低 5.9，比东部平均值低 49.0。" / "Gansu is 5.9 below the
 * West mean and 49.0 below the East mean." A province of the East is compared with the East once; a gap
 * that rounds to 0.0 is "level with"; a missing mean is left out; a missing value says "no data".
 */
export function gapSentence(
	lang: Lang,
	p: {
		province: string;
		region: RegionId;
		year: number;
		value: number | null;
		regionMean: number | null;
		eastMean: number | null;
	}
): string {
	if (p.value == null) return t(lang, 'profile_noValue', { province: p.province, year: p.year });
	const value = p.value;
	const compared: [RegionId, number | null][] =
		p.region === 'east'
			? [['east', p.eastMean]]
			: [
					[p.region, p.regionMean],
					['east', p.eastMean]
				];
	const parts = compared.flatMap(([region, mean]) => {
		if (mean == null) return [];
		const gap = value - mean;
		const vars = { region: regionName(lang, region), gap: formatNumber(lang, Math.abs(gap), 1) };
		if (Math.abs(gap) < 0.05) return [t(lang, 'profile_level', vars)];
		return [t(lang, gap > 0 ? 'profile_above' : 'profile_below', vars)];
	});
	if (parts.length === 0) return '';
	return t(lang, 'profile_sentence', {
		province: p.province,
		parts: parts.join(t(lang, 'profile_sentenceJoin'))
	});
}

export interface IndicatorStanding {
	indicator: Indicator;
	value: number | null;
	rank: number | null;
	/** Provinces with a value that year: the rank is out of these. */
	provinces: number;
}

/** One province's value and rank on every indicator, in the manifest's order; "no data" where the query has none. */
export function indicatorStandings(
	indicators: readonly Indicator[],
	values: readonly ProfileValue[],
	adcode: number
): IndicatorStanding[] {
	return indicators.map((indicator) => {
		const row = values.find((v) => v.adcode === adcode && v.indicator === indicator.id);
		return { indicator, value: row?.value ?? null, rank: row?.rank ?? null, provinces: row?.provinces ?? 0 };
	});
}
