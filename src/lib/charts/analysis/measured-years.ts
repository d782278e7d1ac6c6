// What the decomposition charts say about the years of a measure: coverage, years without a figure
// and why, and the message shown when no year has one.
import type { MeasureFailureReason, YearMeasured } from '$lib/metrics/measured';
import type { Lang } from '$lib/i18n/lang';
import type { CsvRow } from '$lib/csv/to-csv';
import { separator, t } from '$lib/i18n/translate';
import type { YearStack } from './stacked-years';

/** Provinces with a value in the year, whether or not the measure is defined. */
export const provincesOf = (row: YearMeasured<{ provinces: number }>): number =>
	row.ok ? row.value.provinces : row.provinces;

/** The short reason shown at an undefined year's place on the axis. */
export const reasonLabel = (lang: Lang, reason: MeasureFailureReason): string =>
	t(lang, `ineq_reason_${reason}`);

/** Years as runs: "2011–2013, 2015" ("2011–2013、2015" in Chinese). */
export function yearList(lang: Lang, years: readonly number[]): string {
	const sorted = [...years].sort((a, b) => a - b);
	const runs: [number, number][] = [];
	for (const y of sorted) {
		const last = runs.at(-1);
		if (last && y === last[1] + 1) last[1] = y;
		else runs.push([y, y]);
	}
	return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(separator(lang, 'names'));
}

/**
 * Years whose number of provinces with a value differs from the most common count (ties go to the
 * larger count), with that number: the years to flag "n=…".
 */
export function unusualCoverage(rows: readonly YearMeasured<{ provinces: number }>[]): Map<number, number> {
	const counts = new Map<number, number>();
	for (const row of rows) counts.set(provincesOf(row), (counts.get(provincesOf(row)) ?? 0) + 1);
	let usual = -1;
	let most = 0;
	for (const [n, c] of counts) {
		if (c > most || (c === most && n > usual)) [usual, most] = [n, c];
	}
	return new Map(rows.filter((r) => provincesOf(r) !== usual).map((r) => [r.year, provincesOf(r)]));
}

/** "31/31 个省份有数据", or "1–31/31 …" when coverage differs between years. */
export function coverageNote(
	lang: Lang,
	rows: readonly YearMeasured<{ provinces: number }>[],
	total: number
): string {
	const counts = rows.map(provincesOf);
	if (!counts.length) return t(lang, 'coverage', { n: 0, total });
	const lo = Math.min(...counts);
	const hi = Math.max(...counts);
	return t(lang, 'coverage', { n: lo === hi ? hi : `${lo}–${hi}`, total });
}

/** "Years without a figure: 2011 (values ≤ 0: logarithm undefined)." or '' when every year has one. */
export function undefinedYearsNote(lang: Lang, rows: readonly YearMeasured<unknown>[]): string {
	const items = rows.flatMap((r) =>
		r.ok ? [] : [t(lang, 'ineq_undefined_year', { year: r.year, reason: reasonLabel(lang, r.reason) })]
	);
	return items.length
		? t(lang, 'ineq_undefined_years', { items: items.join(separator(lang, 'clauses')) })
		: '';
}

const EXPLAINED = [
	'non_positive_values',
	'negative_values',
	'too_few_provinces',
	'non_positive_mean',
	'missing_population'
] as const satisfies readonly MeasureFailureReason[];
type Explained = (typeof EXPLAINED)[number];
const explained = (reason: MeasureFailureReason): reason is Explained =>
	(EXPLAINED as readonly MeasureFailureReason[]).includes(reason);

/**
 * Shown in place of a chart when no year has a figure: which measure, and for which years each reason
 * holds, e.g. "The Theil index needs positive values: this indicator has zeros or negatives in 2011–2023."
 */
export function noFigureMessage(
	lang: Lang,
	measure: 'theil' | 'gini',
	rows: readonly YearMeasured<unknown>[]
): string {
	if (!rows.length) return t(lang, 'ineq_none_no_years');
	const byReason = new Map<MeasureFailureReason, number[]>();
	for (const r of rows) {
		if (r.ok) continue;
		const years = byReason.get(r.reason);
		if (years) years.push(r.year);
		else byReason.set(r.reason, [r.year]);
	}
	const sentences = [...byReason].map(([reason, years]) =>
		explained(reason)
			? t(lang, `ineq_none_${reason}`, { years: yearList(lang, years) })
			: t(lang, 'ineq_none_other', { years: yearList(lang, years), reason: reasonLabel(lang, reason) })
	);
	return [t(lang, 'ineq_none_lead', { measure: t(lang, `ineq_${measure}`) }), ...sentences].join(
		lang === 'zh' ? '' : ' '
	);
}

/** A decomposed index of one year: the provinces it covers, its total, and its parts. */
type Decomposed = { provinces: number; total: number };

/**
 * The rows a decomposition chart downloads: one per year, `base` (indicator, scheme, …) then the year, the
 * provinces and the `figures` of the year; a year where the index is not defined has empty figures and
 * the reason id in `note`.
 */
export function decompositionRows<T extends Decomposed>(
	rows: readonly YearMeasured<T>[],
	base: Record<string, string>,
	figures: (value: T) => Record<string, number | null>
): CsvRow[] {
	return rows.map((r) =>
		r.ok
			? { ...base, year: r.year, provinces: r.value.provinces, ...figures(r.value), note: '' }
			: { ...base, year: r.year, provinces: r.provinces, note: r.reason }
	);
}

/** The stacks a decomposition chart draws: each year's `parts` (bottom to top), or why it has none. */
export function decompositionStacks<T extends Decomposed>(
	rows: readonly YearMeasured<T>[],
	lang: Lang,
	parts: (value: T) => number[]
): YearStack[] {
	return rows.map((r) =>
		r.ok
			? {
					year: r.year,
					provinces: r.value.provinces,
					values: parts(r.value),
					total: r.value.total,
					reason: null
				}
			: {
					year: r.year,
					provinces: r.provinces,
					values: null,
					total: null,
					reason: reasonLabel(lang, r.reason)
				}
	);
}

/** Each year of a measure in words (`said` for a year with a figure), or why it has none, joined. */
export function describeYears<T>(
	rows: readonly YearMeasured<T>[],
	lang: Lang,
	said: (year: number, value: T) => string
): string {
	return rows
		.map((r) =>
			r.ok
				? said(r.year, r.value)
				: t(lang, 'ineq_undefined_year', { year: r.year, reason: reasonLabel(lang, r.reason) })
		)
		.join(separator(lang, 'clauses'));
}
