// What a chart's table view shows for its rows: headers in the reader's language (with the unit where the
// values carry one), years and codes as plain text, region ids as names, yes/no in words, and numbers at
// the chart's precision. The CSV download keeps the ids and the exact values (csv/to-csv.ts).
import { REGION_IDS, type Indicator, type RegionId } from '$lib/data/manifest';
import type { CsvValue } from '$lib/csv/to-csv';
import type { Lang } from '$lib/i18n/lang';
import type { MessageKey } from '$lib/i18n/messages';
import { messages } from '$lib/i18n/messages';
import { indicatorName, regionName } from '$lib/i18n/names';
import { formatNumber, t } from '$lib/i18n/translate';
import { formatSignificant } from './analysis/format-significant';
import { LEVELS } from './level-distribution';

/** Decimals shown (fixed), or significant figures for small indices. */
export type TableDigits = number | { significant: number };

export interface TableOptions {
	/** The precision of the chart's own labels (default 2 decimals). */
	digits?: TableDigits;
	/** The unit of the indicator's values, put in the headers of the value columns. */
	unit?: string;
	/** Names of indicators by id, for the `indicator` and `component` columns and columns named by an id. */
	indicators?: Readonly<Record<string, string>>;
	/** Headers a chart writes itself (the relate charts' `x` and `y`, named by their indicators). */
	headers?: Readonly<Record<string, string>>;
}

/** Years, codes, ranks and counts: written as they are, never with a thousands separator. */
const PLAIN = new Set([
	'year',
	'data_year',
	'report_year',
	'from',
	'to',
	'adcode',
	'rank',
	'provinces',
	'province_count'
]);
/** Columns in the indicator's unit. */
const IN_UNIT = new Set([
	'value',
	'mean',
	'min',
	'max',
	'region_mean',
	'east_mean',
	'gap_to_region',
	'gap_to_east',
	'initial',
	'x',
	'sd'
]);
const REGION_COLUMNS = new Set(['region', 'region_j', 'region_h']);
const GAP_ROWS: Record<string, MessageKey> = {
	east_minus_west: 'gap_east_minus_west',
	east_over_west: 'gap_east_over_west'
};

const isKey = (key: string): key is MessageKey => key in messages.zh;
const isRegion = (value: string): value is RegionId => (REGION_IDS as readonly string[]).includes(value);

/** The header of a column in the language ("平均值（指数）", "Mean (index)"); the id where none is known. */
export function columnHeader(
	lang: Lang,
	column: string,
	unit = '',
	indicators: TableOptions['indicators'] = {}
): string {
	const named = indicators[column];
	if (named) return named;
	const key = `column_${column}`;
	const header = isKey(key) ? t(lang, key) : column;
	return unit && IN_UNIT.has(column) ? t(lang, 'columnWithUnit', { header, unit }) : header;
}

/** The text of one cell as the table shows it. */
export function formatCell(lang: Lang, column: string, value: CsvValue, options: TableOptions = {}): string {
	if (value === null || value === undefined || value === '') return '';
	if (PLAIN.has(column)) return String(value);
	if (typeof value === 'number') return formatValue(lang, value, options.digits ?? 2);
	return labelOf(lang, column, value, options) ?? value;
}

function formatValue(lang: Lang, value: number, digits: TableDigits): string {
	if (!Number.isFinite(value)) return '';
	return typeof digits === 'number'
		? formatNumber(lang, value, digits)
		: formatSignificant(lang, value, digits.significant);
}

/** The reader's word for an id the rows hold (a region, a scheme, a level, yes/no), if it is one. */
function labelOf(lang: Lang, column: string, value: string, options: TableOptions): string | undefined {
	if (REGION_COLUMNS.has(column)) {
		if (isRegion(value)) return regionName(lang, value);
		const gap = GAP_ROWS[value];
		return gap && t(lang, gap);
	}
	const key = (
		{
			scheme: `schemeShort_${value}`,
			weighting: `weighting_${value}`,
			kind: `kind_${value}`,
			direction: `direction_${value}`,
			weights: `weights_${value}`,
			cluster: `lisa_${value}`,
			low_confidence: value
		} as Record<string, string>
	)[column];
	if (key && isKey(key)) return t(lang, key);
	if (column === 'level') {
		const level = LEVELS.find((l) => l.level === value);
		return level && t(lang, level.key);
	}
	if (['indicator', 'indicator_x', 'indicator_y', 'component'].includes(column))
		return options.indicators?.[value];
	return undefined;
}

/** The table options of a chart of one indicator: its unit and name in the language, and the chart's digits. */
export function indicatorTable(lang: Lang, indicator: Indicator, digits?: TableDigits): TableOptions {
	return {
		digits,
		unit: lang === 'zh' ? indicator.unit_zh : indicator.unit_en,
		indicators: { [indicator.id]: indicatorName(lang, indicator) }
	};
}

/** Columns a table repeats only for the CSV: the same in every row, and named by the chart's title. */
const CONSTANT_FOR_READING = [
	'indicator',
	'scheme',
	'indicator_x',
	'indicator_y',
	'weighting',
	'weights',
	'per_capita'
];

/**
 * The columns the table view shows: the CSV's, less what a reader does not need — the region's name where
 * the region column already shows it, and the indicator or scheme where every row has the same one.
 */
export function readingColumns(
	columns: readonly string[],
	rows: readonly Record<string, CsvValue>[]
): string[] {
	return columns.filter((c) => {
		if (c === 'region_name') return !columns.includes('region');
		if (!CONSTANT_FOR_READING.includes(c) || rows.length === 0) return true;
		const first = rows[0]?.[c];
		return rows.some((r) => r[c] !== first);
	});
}
