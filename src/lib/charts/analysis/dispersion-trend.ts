import type { Dispersion } from '$lib/metrics/dispersion';
import type { MeasureFailureReason, YearMeasured } from '$lib/metrics/measured';
import type { CsvRow } from '$lib/csv/to-csv';
import type { Lang } from '$lib/i18n/lang';
import { t } from '$lib/i18n/translate';
import { reasonText, yearSpan } from './spread-format';

/** The measures drawn: the coefficient of variation as the main line, the others as small multiples. */
export const DISPERSION_MEASURES = ['cv', 'sd_log', 'max_min_ratio', 'east_west_ratio'] as const;
export type DispersionMeasure = (typeof DISPERSION_MEASURES)[number];

export const DISPERSION_TREND_COLUMNS = [
	'indicator',
	'year',
	'provinces',
	'mean',
	'sd',
	'cv',
	'sd_log',
	'max_min_ratio',
	'east_west_ratio',
	'note'
] as const;

/** Provinces with a value in the year, whether or not the measures are defined. */
export const provincesOf = (row: YearMeasured<Dispersion>): number =>
	row.ok ? row.value.provinces : row.provinces;

/** One year of one measure: its value, or (value null) why it is not defined. */
export interface TrendPoint {
	year: number;
	/** Provinces with a value that year. */
	provinces: number;
	value: number | null;
	reason: MeasureFailureReason | null;
}

/** A measure over the years, every year with data included (undefined years carry their reason). */
export function measureSeries(
	rows: readonly YearMeasured<Dispersion>[],
	measure: DispersionMeasure
): TrendPoint[] {
	return [...rows]
		.sort((a, b) => a.year - b.year)
		.map((row) => {
			if (!row.ok) return { year: row.year, provinces: row.provinces, value: null, reason: row.reason };
			const m = row.value[measure];
			return m.ok
				? { year: row.year, provinces: row.value.provinces, value: m.value, reason: null }
				: { year: row.year, provinces: row.value.provinces, value: null, reason: m.reason };
		});
}

/** A run of consecutive undefined years with the same reason (and number of provinces). */
export interface GapRun {
	first: number;
	last: number;
	reason: MeasureFailureReason;
	provinces: number;
}

export function gapRuns(series: readonly TrendPoint[]): GapRun[] {
	const runs: GapRun[] = [];
	series.forEach((p, i) => {
		if (p.reason === null) return;
		const run = runs.at(-1);
		const previous = series[i - 1];
		if (run && previous?.reason === p.reason && previous.provinces === p.provinces) run.last = p.year;
		else runs.push({ first: p.year, last: p.year, reason: p.reason, provinces: p.provinces });
	});
	return runs;
}

/** "2011–2012 年缺口：…" for each run. */
export const gapText = (lang: Lang, run: GapRun): string =>
	t(lang, 'spread_gapYears', {
		years: yearSpan(run.first, run.last),
		reason: reasonText(lang, run.reason, run.provinces)
	});

/** The most common number of provinces over the years (the larger on a tie); null without years. */
export function usualProvinces(rows: readonly { provinces: number }[]): number | null {
	const counts = new Map<number, number>();
	for (const r of rows) counts.set(r.provinces, (counts.get(r.provinces) ?? 0) + 1);
	let best: number | null = null;
	for (const [n, c] of counts) {
		const bestCount = best === null ? 0 : (counts.get(best) ?? 0);
		if (c > bestCount || (c === bestCount && best !== null && n > best)) best = n;
	}
	return best;
}

/**
 * The rows the dispersion-trend chart draws: one per year with data, every measure's value or an empty
 * cell, and a note saying why a cell is empty and when the year's number of provinces differs from the rest.
 */
export function dispersionTrendRows(
	rows: readonly YearMeasured<Dispersion>[],
	context: { indicator: string; lang: Lang }
): CsvRow[] {
	const { lang } = context;
	const usual = usualProvinces(rows.map((row) => ({ provinces: provincesOf(row) })));
	return [...rows]
		.sort((a, b) => a.year - b.year)
		.map((row) => {
			const provinces = provincesOf(row);
			const notes: string[] = [];
			if (usual !== null && provinces !== usual)
				notes.push(t(lang, 'spread_coverageFlag', { n: provinces, usual }));
			const base = { indicator: context.indicator, year: row.year, provinces };
			if (!row.ok) {
				notes.push(reasonText(lang, row.reason, row.provinces));
				return { ...base, note: notes.join('; ') };
			}
			const d = row.value;
			const cells: CsvRow = {};
			const failures = new Map<MeasureFailureReason, string[]>();
			for (const measure of DISPERSION_MEASURES) {
				const m = d[measure];
				cells[measure] = m.ok ? m.value : null;
				if (!m.ok) failures.set(m.reason, [...(failures.get(m.reason) ?? []), measure]);
			}
			for (const [reason, measures] of failures)
				notes.push(`${measures.join(', ')}: ${reasonText(lang, reason, d.provinces)}`);
			return { ...base, mean: d.mean, sd: d.sd, ...cells, note: notes.join('; ') };
		});
}
