// Every row of a table, read with a confirmed mapping, accounted for: title, header, empty or data row;
// and every value cell of a data row imported or rejected with its reason. Rows are fed one at a time so a
// large file is never held whole; the counts always add up (rows = titles + header + empty + data rows,
// cells = imported + rejected).
import { MAX_INDICATORS, MAX_LISTED_REJECTED, MIN_YEAR } from './limits';
import { columnLabel, layoutOf, type Mapping } from './mapping';
import type { ProvinceMatcher } from './match-province';
import { parseNumber, parseYear } from './parse-number';

export const REJECT_REASONS = [
	'no_value',
	'no_province',
	'unknown_province',
	'not_province',
	'bad_year',
	'year_out_of_range',
	'no_indicator',
	'too_many_indicators',
	'non_numeric',
	'duplicate'
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface RejectedCell {
	/** 1-based row number in the sheet (the record number for CSV). */
	row: number;
	/** The column of the value: its header, or its letter. */
	column: string;
	province: string;
	year: string;
	indicator: string;
	/** The cell as written. */
	value: string;
	reason: RejectReason;
	/** For a duplicate: the row of the value kept. */
	firstRow?: number;
}

export interface ImportedValue {
	year: number;
	adcode: number;
	value: number;
}

export interface FoundIndicator {
	/** Identifies the indicator within the file: `wide` (all year columns), `column:<i>` or `name:<text>`. */
	key: string;
	/** What the file calls it: the value column's header or the indicator column's text. */
	label: string;
	imported: number;
	/** Imported values written with a %, thousands separators or full-width characters. */
	percent: number;
	grouped: number;
	fullWidth: number;
}

export interface UnmatchedName {
	text: string;
	cells: number;
	/** The first rows (1-based) where it appears. */
	rows: number[];
	suggestions: number[];
}

export interface RowCounts {
	rows: number;
	titleRows: number;
	headerRows: number;
	emptyRows: number;
	dataRows: number;
}

export interface Validation {
	counts: RowCounts;
	cells: number;
	imported: number;
	rejected: Record<RejectReason, number>;
	indicators: FoundIndicator[];
	/** Names the matcher does not know (assigned by the user or not), with suggestions; and rows known not to be provinces (totals…). */
	unmatched: UnmatchedName[];
	notProvinces: UnmatchedName[];
	/** Rejected cells in file order, up to `listLimit`; `rejectedListed < total rejected` says some are not listed. */
	rejectedCells: RejectedCell[];
	/** The imported values of each indicator, by key (only when asked for). */
	values: Record<string, ImportedValue[]>;
}

export interface ValidateOptions {
	/** User decisions for names the matcher did not know: text → adcode, or null to leave out. */
	assigned?: Readonly<Record<string, number | null>>;
	/** The last year accepted (the current year). */
	maxYear: number;
	/** How many rejected cells to list (the counts are exact regardless). */
	listLimit?: number;
	/** Whether to keep the imported values (false for a summary before the import). */
	keepValues?: boolean;
}

const emptyReasons = (): Record<RejectReason, number> =>
	Object.fromEntries(REJECT_REASONS.map((r) => [r, 0])) as Record<RejectReason, number>;

/** Reads rows one at a time (`add`, in file order, the header row included) and reports (`result`). */
export function createValidator(
	header: readonly string[],
	mapping: Mapping,
	match: ProvinceMatcher,
	options: ValidateOptions
) {
	const { assigned = {}, maxYear, listLimit = MAX_LISTED_REJECTED, keepValues = true } = options;
	const roles = mapping.roles;
	const provinceColumn = roles.indexOf('province');
	const yearColumn = roles.indexOf('year');
	const indicatorColumn = roles.indexOf('indicator');
	const valueColumns = roles.flatMap((r, i) => (r === 'value' ? [i] : []));
	const wide = layoutOf(mapping) === 'wide';
	const headerYears = valueColumns.map((c) => (wide ? parseYear(header[c] ?? '') : null));
	const labels = valueColumns.map((c) => columnLabel(header, c));
	// A wide table without an indicator column holds one indicator across its year columns.
	const wideLabel = labels.length > 1 ? `${labels[0]}–${labels.at(-1)}` : (labels[0] ?? '');

	const counts: RowCounts = { rows: 0, titleRows: 0, headerRows: 0, emptyRows: 0, dataRows: 0 };
	const rejected = emptyReasons();
	let cells = 0;
	let imported = 0;
	const indicators = new Map<string, FoundIndicator>();
	const values: Record<string, ImportedValue[]> = {};
	/** By indicator key: the row of the value kept for each province and year (adcode × 10,000 + year). */
	const firstRowOf = new Map<string, Map<number, number>>();
	const rejectedCells: RejectedCell[] = [];
	const unmatched = new Map<string, UnmatchedName>();
	const notProvinces = new Map<string, UnmatchedName>();

	function note(names: Map<string, UnmatchedName>, text: string, row: number, suggestions: number[]) {
		let entry = names.get(text);
		if (!entry) {
			entry = { text, cells: 0, rows: [], suggestions };
			if (names.size < 1_000) names.set(text, entry);
		}
		entry.cells++;
		if (entry.rows.length < 5 && entry.rows.at(-1) !== row) entry.rows.push(row);
	}

	// A year column repeats a few values: each is read once.
	const years = new Map<string, number | null>();
	function yearOf(text: string): number | null {
		let year = years.get(text);
		if (year === undefined) {
			year = parseYear(text);
			if (years.size < 10_000) years.set(text, year);
		}
		return year;
	}

	function indicatorFor(key: string, label: string): FoundIndicator | null {
		let found = indicators.get(key);
		if (!found) {
			if (indicators.size >= MAX_INDICATORS) return null;
			found = { key, label, imported: 0, percent: 0, grouped: 0, fullWidth: 0 };
			indicators.set(key, found);
			firstRowOf.set(key, new Map());
			if (keepValues) values[key] = [];
		}
		return found;
	}

	function add(row: readonly string[], index: number): void {
		counts.rows++;
		if (index < mapping.headerRow) {
			counts.titleRows++;
			return;
		}
		if (index === mapping.headerRow) {
			counts.headerRows++;
			return;
		}
		if (isEmpty(row)) {
			counts.emptyRows++;
			return;
		}
		counts.dataRows++;
		const rowNumber = index + 1;
		const provinceText = (row[provinceColumn] ?? '').trim();
		const yearText = yearColumn >= 0 ? (row[yearColumn] ?? '').trim() : '';
		const indicatorText = indicatorColumn >= 0 ? (row[indicatorColumn] ?? '').trim() : '';

		// The row's province, once for all its cells.
		let adcode: number | null = null;
		let provinceReason: RejectReason | null = null;
		const choice = assigned[provinceText];
		if (choice !== undefined) {
			if (choice === null) provinceReason = 'unknown_province';
			else adcode = choice;
		} else {
			const m = match(provinceText);
			if (m.kind === 'province') adcode = m.adcode;
			else
				provinceReason =
					m.kind === 'blank' ? 'no_province' : m.kind === 'unknown' ? 'unknown_province' : m.kind;
		}
		const rowYear = yearColumn >= 0 ? yearOf(yearText) : null;

		for (let k = 0; k < valueColumns.length; k++) {
			const column = valueColumns[k] as number;
			cells++;
			const text = row[column] ?? '';
			const year = wide ? (headerYears[k] ?? null) : rowYear;
			const indicatorLabel = indicatorColumn >= 0 ? indicatorText : wide ? wideLabel : (labels[k] as string);
			// The cell as the report lists it, made only for a rejected cell that is listed.
			const reject = (reason: RejectReason, firstRow?: number) => {
				rejected[reason]++;
				if (rejectedCells.length >= listLimit) return;
				rejectedCells.push({
					row: rowNumber,
					column: labels[k] as string,
					province: provinceText,
					year: wide ? (header[column] ?? '').trim() : yearText,
					indicator: indicatorLabel,
					value: text,
					reason,
					...(firstRow === undefined ? {} : { firstRow })
				});
			};
			// A name the matcher does not know stays listed once the user has decided about it, so the choice can be undone.
			if (provinceReason === 'unknown_province' || choice !== undefined) {
				const m = match(provinceText);
				note(unmatched, provinceText, rowNumber, m.kind === 'unknown' ? m.suggestions : []);
			}
			if (provinceReason) {
				if (provinceReason === 'not_province') note(notProvinces, provinceText, rowNumber, []);
				reject(provinceReason);
				continue;
			}
			if (year === null) {
				reject('bad_year');
				continue;
			}
			if (year < MIN_YEAR || year > maxYear) {
				reject('year_out_of_range');
				continue;
			}
			if (indicatorColumn >= 0 && indicatorText === '') {
				reject('no_indicator');
				continue;
			}
			const parsed = parseNumber(text);
			if (parsed.kind !== 'number') {
				reject(parsed.kind === 'blank' ? 'no_value' : 'non_numeric');
				continue;
			}
			const key = indicatorColumn >= 0 ? `name:${indicatorText}` : wide ? 'wide' : `column:${column}`;
			const indicator = indicatorFor(key, indicatorLabel);
			if (!indicator) {
				reject('too_many_indicators');
				continue;
			}
			const seen = firstRowOf.get(key) as Map<number, number>;
			const place = (adcode as number) * 10_000 + year;
			const first = seen.get(place);
			if (first !== undefined) {
				reject('duplicate', first);
				continue;
			}
			seen.set(place, rowNumber);
			imported++;
			indicator.imported++;
			if (parsed.percent) indicator.percent++;
			if (parsed.grouped) indicator.grouped++;
			if (parsed.fullWidth) indicator.fullWidth++;
			if (keepValues) values[key]?.push({ year, adcode: adcode as number, value: parsed.value });
		}
	}

	function result(): Validation {
		return {
			counts: { ...counts },
			cells,
			imported,
			rejected: { ...rejected },
			indicators: [...indicators.values()],
			unmatched: [...unmatched.values()].sort((a, b) => b.cells - a.cells),
			notProvinces: [...notProvinces.values()],
			rejectedCells,
			values
		};
	}

	return { add, result };
}

/** The number of rejected cells, all reasons together. */
export const totalRejected = (v: Pick<Validation, 'rejected'>): number =>
	REJECT_REASONS.reduce((n, r) => n + v.rejected[r], 0);

function isEmpty(row: readonly string[]): boolean {
	for (const cell of row) if (cell !== '' && cell.trim() !== '') return false;
	return true;
}
