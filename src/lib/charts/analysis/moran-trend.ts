// What the Moran trend draws, downloads and says: global Moran's I by year, its expectation, its tests.
import type { MeasureFailureReason, YearMeasured } from '$lib/metrics/measured';
import {
	LISA_ALPHA,
	MORAN_PERMUTATIONS,
	MORAN_SEED,
	type GlobalMoran,
	type WeightsScheme
} from '$lib/metrics/moran-types';
import type { CsvRow } from '$lib/csv/to-csv';
import type { Lang } from '$lib/i18n/lang';
import { formatNumber, separator, t } from '$lib/i18n/translate';
import { provinceName } from '$lib/i18n/names';
import { reasonText, signed } from './spread-format';

export const MORAN_TREND_COLUMNS = [
	'indicator',
	'year',
	'weights',
	'provinces',
	'moran_i',
	'expected_i',
	'z_norm',
	'p_norm',
	'p_perm',
	'permutations'
] as const;

/** One row per year with data; a year without a figure keeps its number of provinces and empty figures. */
export function moranTrendRows(
	rows: readonly YearMeasured<GlobalMoran>[],
	context: { indicator: string; weights: WeightsScheme }
): CsvRow[] {
	return [...rows]
		.sort((a, b) => a.year - b.year)
		.map((r) => {
			const base = { indicator: context.indicator, year: r.year, weights: context.weights };
			if (!r.ok) return { ...base, provinces: r.provinces };
			const m = r.value;
			return {
				...base,
				provinces: m.provinces,
				moran_i: m.i,
				expected_i: m.expected,
				z_norm: m.z,
				p_norm: m.pNorm,
				p_perm: m.pPerm,
				permutations: m.permutations
			};
		});
}

/** Whether the permutation test rejects "no spatial autocorrelation" at LISA_ALPHA. */
export const significant = (m: GlobalMoran): boolean => m.pPerm < LISA_ALPHA;

/** Why a Moran figure is missing, in words: Moran's I needs 8 provinces, not the 3 of the other measures. */
export const moranReason = (lang: Lang, reason: MeasureFailureReason, provinces: number): string =>
	reason === 'too_few_provinces'
		? t(lang, 'moran_reason_too_few_provinces', { n: provinces })
		: reasonText(lang, reason, provinces);

/** I with a true minus sign and 3 decimals, as the chart and the finding print it. */
export const formatI = (lang: Lang, i: number): string => signed(lang, i, 3);

/**
 * The finding for the view's year: I, its permutation p, what it means (clustered, high next to low, or
 * no significant clustering), and I in the first year with a figure when that is earlier. Null when the
 * year has no figure.
 */
export function moranFinding(
	lang: Lang,
	rows: readonly YearMeasured<GlobalMoran>[],
	year: number,
	indicator: string
): string | null {
	const row = rows.find((r) => r.year === year);
	if (!row?.ok) return null;
	const m = row.value;
	const kind = !significant(m) ? 'none' : m.i > 0 ? 'clustered' : 'dispersed';
	const head = t(lang, `moran_find_${kind}`, {
		year,
		i: formatI(lang, m.i),
		p: formatNumber(lang, m.pPerm, 3),
		indicator
	});
	const first = [...rows].sort((a, b) => a.year - b.year).find((r) => r.ok);
	return first?.ok && first.year < year
		? head + t(lang, 'moran_find_since', { first: first.year, from: formatI(lang, first.value.i) })
		: head;
}

/** The source note's method part: the weights and the permutation test. */
export const moranMethod = (lang: Lang, weights: WeightsScheme): string =>
	[
		t(lang, `lisaMap_weights_${weights}`),
		t(lang, 'moran_permutations', { permutations: MORAN_PERMUTATIONS, seed: MORAN_SEED })
	].join(separator(lang, 'clauses'));

/** "Without a neighbour: 海南" for the islands of the weights, '' when there are none. */
export function islandsNote(
	lang: Lang,
	islands: readonly number[],
	places: readonly { adcode: number; name_zh: string; name_en: string }[]
): string {
	if (!islands.length) return '';
	const names = islands.map((adcode) => {
		const place = places.find((p) => p.adcode === adcode);
		return place ? provinceName(lang, place) : String(adcode);
	});
	return t(lang, 'moran_islands', { names: names.join(separator(lang, 'names')) });
}
