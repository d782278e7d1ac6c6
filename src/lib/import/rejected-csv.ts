// The rejected cells of an import as a CSV file, for the user to correct their table.
import { toCsv } from '$lib/csv/to-csv';
import type { RejectedCell } from './validate-rows';

export const REJECTED_COLUMNS = ['row', 'column', 'province', 'year', 'indicator', 'value', 'reason', 'note'];

/** The rejected cells as CSV (BOM, formula-neutralised), the reason in words in `note`. */
export function rejectedCsv(
	cells: readonly RejectedCell[],
	describe: (cell: RejectedCell) => string
): string {
	return toCsv(
		REJECTED_COLUMNS,
		cells.map((c) => ({
			row: c.row,
			column: c.column,
			province: c.province,
			year: c.year,
			indicator: c.indicator,
			value: c.value,
			reason: c.reason,
			note: describe(c)
		}))
	);
}
