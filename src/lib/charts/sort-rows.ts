import type { CsvRow, CsvValue } from '$lib/csv/to-csv';

export type SortDirection = 'ascending' | 'descending';

/**
 * The rows ordered by one column: numbers as numbers, text in the language's collation; empty cells
 * (no data) last in either direction. Equal cells keep the chart's order.
 */
export function sortRows(
	rows: readonly CsvRow[],
	column: string,
	direction: SortDirection,
	locale: string
): CsvRow[] {
	const collator = new Intl.Collator(locale, { numeric: true });
	const sign = direction === 'ascending' ? 1 : -1;
	return rows
		.map((row, i) => ({ row, i }))
		.sort((a, b) => {
			const x = a.row[column];
			const y = b.row[column];
			if (isEmpty(x) || isEmpty(y)) return isEmpty(x) === isEmpty(y) ? a.i - b.i : isEmpty(x) ? 1 : -1;
			const order =
				typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
			return sign * order || a.i - b.i;
		})
		.map((d) => d.row);
}

function isEmpty(value: CsvValue): boolean {
	return (
		value === null ||
		value === undefined ||
		value === '' ||
		(typeof value === 'number' && !Number.isFinite(value))
	);
}
