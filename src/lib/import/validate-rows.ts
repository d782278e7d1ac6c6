// Every row of a table, read with a confirmed mapping, accounted for: title, header, empty or data row;
// and every value cell of a data row imported or rejected with its reason. Rows are fed one at a time so a
// large file is never held whole; the counts always add up (rows = titles + header + empty + data rows,
// cells = imported + rejected).
import { cellValue } from './cell-value';
import { createIndicatorTally, type FoundIndicator, type ImportedValue } from './indicator-tally';
import { MAX_LISTED_REJECTED } from './limits';
import type { Mapping } from './mapping';
import type { ProvinceMatcher } from './match-province';
import { createNameTally, type UnmatchedName } from './name-tally';
import { parseYear } from './parse-number';
import { REJECT_REASONS, type RejectReason } from './reject-reasons';
import { rowProvince } from './row-province';
import { rowColumns } from './value-columns';

export { REJECT_REASONS, type RejectReason } from './reject-reasons';
export type { FoundIndicator, ImportedValue } from './indicator-tally';

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
	const columns = rowColumns(header, mapping);
	const counts: RowCounts = { rows: 0, titleRows: 0, headerRows: 0, emptyRows: 0, dataRows: 0 };
	const rejected = emptyReasons();
	const rejectedCells: RejectedCell[] = [];
	let cells = 0;
	const tally = createIndicatorTally(keepValues);
	const unmatched = createNameTally();
	const notProvinces = createNameTally();
	const yearOf = cachedYears();

	/** Counts a row that holds no data; false for a data row. */
	function countedAsOther(row: readonly string[], index: number): boolean {
		if (index < mapping.headerRow) counts.titleRows++;
		else if (index === mapping.headerRow) counts.headerRows++;
		else if (isEmpty(row)) counts.emptyRows++;
		else return false;
		return true;
	}

	function add(row: readonly string[], index: number): void {
		counts.rows++;
		if (countedAsOther(row, index)) return;
		counts.dataRows++;
		const rowNumber = index + 1;
		const provinceText = (row[columns.province] ?? '').trim();
		const yearText = columns.year >= 0 ? (row[columns.year] ?? '').trim() : '';
		const indicatorText = columns.indicator >= 0 ? (row[columns.indicator] ?? '').trim() : '';
		const province = rowProvince(provinceText, assigned, match);
		const rowYear = columns.year >= 0 ? yearOf(yearText) : null;
		// A name the matcher does not know stays listed once the user has decided about it, so the choice can be undone.
		const listedUnmatched = province.reason === 'unknown_province' || assigned[provinceText] !== undefined;

		for (const column of columns.values) {
			cells++;
			const text = row[column.index] ?? '';
			const indicatorLabel =
				columns.indicator >= 0 ? indicatorText : columns.wide ? columns.wideLabel : column.label;
			// The cell as the report lists it, made only for a rejected cell that is listed.
			const reject = (reason: RejectReason, firstRow?: number) => {
				rejected[reason]++;
				if (rejectedCells.length >= listLimit) return;
				rejectedCells.push({
					row: rowNumber,
					column: column.label,
					province: provinceText,
					year: columns.wide ? column.headerText : yearText,
					indicator: indicatorLabel,
					value: text,
					reason,
					...(firstRow === undefined ? {} : { firstRow })
				});
			};
			if (listedUnmatched) {
				const m = match(provinceText);
				unmatched.note(provinceText, rowNumber, m.kind === 'unknown' ? m.suggestions : []);
			}
			if (province.reason) {
				if (province.reason === 'not_province') notProvinces.note(provinceText, rowNumber, []);
				reject(province.reason);
				continue;
			}
			const year = columns.wide ? column.headerYear : rowYear;
			const value = cellValue(text, year, maxYear, columns.indicator >= 0 && indicatorText === '');
			if (value.kind === 'rejected') {
				reject(value.reason);
				continue;
			}
			const key =
				columns.indicator >= 0 ? `name:${indicatorText}` : columns.wide ? 'wide' : `column:${column.index}`;
			const notTaken = tally.take(key, indicatorLabel, province.adcode, rowNumber, value);
			if (notTaken) reject(notTaken.reason, notTaken.reason === 'duplicate' ? notTaken.firstRow : undefined);
		}
	}

	function result(): Validation {
		return {
			counts: { ...counts },
			cells,
			imported: tally.imported(),
			rejected: { ...rejected },
			indicators: tally.indicators(),
			unmatched: unmatched.list().sort((a, b) => b.cells - a.cells),
			notProvinces: notProvinces.list(),
			rejectedCells,
			values: tally.values
		};
	}

	return { add, result };
}

/** A year column repeats a few values: each is read once. */
function cachedYears(): (text: string) => number | null {
	const years = new Map<string, number | null>();
	return (text) => {
		let year = years.get(text);
		if (year === undefined) {
			year = parseYear(text);
			if (years.size < 10_000) years.set(text, year);
		}
		return year;
	};
}

/** The number of rejected cells, all reasons together. */
export const totalRejected = (v: Pick<Validation, 'rejected'>): number =>
	REJECT_REASONS.reduce((n, r) => n + v.rejected[r], 0);

function isEmpty(row: readonly string[]): boolean {
	for (const cell of row) if (cell !== '' && cell.trim() !== '') return false;
	return true;
}
