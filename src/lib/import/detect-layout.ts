// A first guess at what each column means, from the header and the first rows: which column names the
// provinces, whether years are a column (long) or the headers (wide, "2019" or "2019年"), which columns
// hold figures. The guess is shown to the user, who confirms or changes it.
import type { ColumnRole, Mapping } from './mapping';
import type { ProvinceMatcher } from './match-province';
import { parseNumber, parseYear } from './parse-number';

const PROVINCE_HEADER = /省份|省区|省市|地区|地方|行政区|province|region|area|name|名称/i;
const YEAR_HEADER = /^(?:年份|年度|年|year|yr|时间|time|period)$/i;
const INDICATOR_HEADER = /指标|变量|项目|indicator|variable|item|series|measure/i;
const VALUE_HEADER = /^(?:value|数值|值|指标值|数据|data)$/i;
/** Row numbers, ranks and codes are numbers but not figures to import. */
const NOT_VALUE_HEADER =
	/^(?:序号|编号|排名|排序|名次|代码|区划代码|行政区划代码|no\.?|#|id|rank|code|adcode)$/i;

/**
 * The header row: the first of the first 20 rows with at least two cells and at least half as many filled
 * cells as the fullest of them (a title above a table fills one cell).
 */
export function guessHeaderRow(rows: readonly (readonly string[])[]): number {
	const filled = rows.slice(0, 20).map((r) => r.filter((c) => c.trim() !== '').length);
	const most = Math.max(0, ...filled);
	const index = filled.findIndex((n) => n >= Math.max(2, Math.ceil(most / 2)));
	return index === -1 ? 0 : index;
}

interface ColumnStats {
	header: string;
	filled: number;
	/** Cells naming a province, or a known non-province row (全国, 东部 …). */
	provinceRate: number;
	/** Cells naming a province. */
	realProvinceRate: number;
	numericRate: number;
	yearRate: number;
	distinct: number;
	headerYear: number | null;
}

function columnStats(
	header: readonly string[],
	body: readonly (readonly string[])[],
	column: number,
	match: ProvinceMatcher
): ColumnStats {
	const cells = body.map((r) => (r[column] ?? '').trim()).filter((c) => c !== '');
	const rate = (test: (c: string) => boolean) =>
		cells.length ? cells.filter(test).length / cells.length : 0;
	const headerText = (header[column] ?? '').trim();
	return {
		header: headerText,
		filled: cells.length,
		provinceRate: rate((c) => {
			const m = match(c);
			return m.kind === 'province' || m.kind === 'not_province';
		}),
		realProvinceRate: rate((c) => match(c).kind === 'province'),
		numericRate: rate((c) => parseNumber(c).kind !== 'invalid'),
		yearRate: rate((c) => parseYear(c) !== null),
		distinct: new Set(cells).size,
		headerYear: parseYear(headerText)
	};
}

/**
 * Roles for every column of `rows` (the first rows of a sheet, header included), given the header row
 * (guessed when not given). Columns it cannot place are ignored; mappingProblems says what is missing.
 */
export function detectLayout(
	rows: readonly (readonly string[])[],
	columnCount: number,
	match: ProvinceMatcher,
	headerRow = guessHeaderRow(rows)
): Mapping {
	const header = rows[headerRow] ?? [];
	const body = rows.slice(headerRow + 1);
	const stats = Array.from({ length: columnCount }, (_, c) => columnStats(header, body, c, match));
	const roles: ColumnRole[] = stats.map(() => 'ignore');

	// The province column: most cells naming a province (names preferred to codes on a tie, by order).
	let province = -1;
	let bestScore = 0;
	stats.forEach((s, c) => {
		if (s.filled === 0 || s.provinceRate < 0.5 || s.realProvinceRate === 0 || s.headerYear !== null) return;
		const score =
			s.provinceRate +
			0.1 * s.realProvinceRate +
			(PROVINCE_HEADER.test(s.header) ? 0.05 : 0) -
			(s.numericRate > 0.5 ? 0.01 : 0);
		if (score > bestScore) [province, bestScore] = [c, score];
	});
	if (province >= 0) roles[province] = 'province';
	// Another column that names provinces just as well (codes beside names) is left out, not read as figures.
	const otherKeys = new Set(
		stats.flatMap((s, c) => (c !== province && s.filled > 0 && s.provinceRate >= 0.8 ? [c] : []))
	);

	const free = (c: number) => roles[c] === 'ignore' && !otherKeys.has(c);
	const yearHeaded = stats.flatMap((s, c) => (free(c) && s.headerYear !== null ? [c] : []));
	const yearColumn = stats.findIndex(
		(s, c) =>
			free(c) && s.filled > 0 && (YEAR_HEADER.test(s.header) || (s.yearRate >= 0.9 && s.headerYear === null))
	);
	const wide = yearHeaded.length >= 2 || (yearHeaded.length === 1 && yearColumn === -1);

	if (wide) {
		for (const c of yearHeaded) roles[c] = 'value';
	} else if (yearColumn >= 0) {
		roles[yearColumn] = 'year';
	}
	const indicator = stats.findIndex(
		(s, c) => free(c) && s.filled > 0 && INDICATOR_HEADER.test(s.header) && s.numericRate < 0.5
	);
	if (indicator >= 0) roles[indicator] = 'indicator';

	if (!wide) {
		let values = stats.flatMap((s, c) =>
			free(c) && s.filled > 0 && s.numericRate >= 0.5 && !NOT_VALUE_HEADER.test(s.header) ? [c] : []
		);
		// With an indicator column only one column can hold the figures: the one called "value" if any.
		if (indicator >= 0 && values.length > 1) {
			const named = values.filter((c) => VALUE_HEADER.test(stats[c]?.header ?? ''));
			values = named.length === 1 ? named : [];
		}
		for (const c of values) roles[c] = 'value';
	}
	return { headerRow, roles };
}
