import type { LevelCount } from '$lib/data/manifest';
import type { CsvRow } from '$lib/csv/to-csv';
import type { MessageKey } from '$lib/i18n/messages';

/** The levels of the Party School index, best first, with their message keys. */
export const LEVELS = [
	{ level: '非常高', key: 'level_veryHigh' },
	{ level: '高', key: 'level_high' },
	{ level: '中', key: 'level_medium' },
	{ level: '低', key: 'level_low' }
] as const satisfies readonly { level: string; key: MessageKey }[];

/** Provincial units evaluated each year: 31 provinces and the XPCC. */
export const EVALUATED_UNITS = 32;

export interface LevelBar {
	data_year: number;
	report_year: number | null;
	level: string;
	province_count: number;
	low_confidence: boolean;
	sources: string[];
}

export const LEVEL_DISTRIBUTION_COLUMNS = [
	'data_year',
	'report_year',
	'level',
	'province_count',
	'low_confidence',
	'source'
] as const;

/**
 * One bar segment per data year and level, from the published counts. Rows that are not a level
 * (e.g. "above national average") are left out; two sources giving the same count are one segment
 * citing both. Levels that were not published stay absent: nothing is inferred.
 */
export function levelBars(counts: readonly LevelCount[]): LevelBar[] {
	const bars = new Map<string, LevelBar>();
	for (const c of counts) {
		if (!LEVELS.some((l) => l.level === c.level)) continue;
		const key = `${c.data_year}|${c.level}`;
		const bar = bars.get(key);
		if (bar && bar.province_count !== c.province_count) {
			throw new Error(`level counts disagree for ${key}: ${bar.province_count} vs ${c.province_count}`);
		}
		if (bar) {
			bar.sources.push(c.source);
			bar.report_year ??= c.report_year;
		} else
			bars.set(key, {
				data_year: c.data_year,
				report_year: c.report_year,
				level: c.level,
				province_count: c.province_count,
				low_confidence: c.low_confidence,
				sources: [c.source]
			});
	}
	const rank = (level: string) => LEVELS.findIndex((l) => l.level === level);
	return [...bars.values()].sort((a, b) => a.data_year - b.data_year || rank(a.level) - rank(b.level));
}

export function levelDistributionRows(bars: readonly LevelBar[]): CsvRow[] {
	return bars.map((b) => ({
		data_year: b.data_year,
		report_year: b.report_year,
		level: b.level,
		province_count: b.province_count,
		low_confidence: b.low_confidence ? 'yes' : 'no',
		source: b.sources.join(' ; ')
	}));
}
