// Excel workbooks (xlsx, and legacy xls) read with SheetJS, loaded only when a workbook is opened (in the
// parsing worker, never on the dashboard's pages). Cells become the text a user sees, with two rules: a
// number is written in full (not rounded to its display format), and a number shown as a percentage
// (0.125 shown "12.5%") is read as it is shown, 12.5%. Formulas are never evaluated: their cached value is read.
import type { CellObject, WorkBook } from '@e965/xlsx';
import { TooManyColumns } from './delimited';

export async function readWorkbook(bytes: Uint8Array): Promise<WorkBook> {
	const XLSX = await import('@e965/xlsx');
	return XLSX.read(bytes, {
		type: 'array',
		dense: true,
		cellNF: true,
		cellHTML: false,
		cellFormula: false,
		cellStyles: false,
		cellDates: false,
		sheetStubs: false,
		bookVBA: false,
		WTF: false
	});
}

/** The text of one cell. */
export function cellText(cell: CellObject | undefined): string {
	if (!cell || cell.v === undefined || cell.v === null) return '';
	if (cell.t === 'n' && typeof cell.v === 'number') {
		if (typeof cell.z === 'string' && /%/.test(cell.z.replace(/"[^"]*"|\\./g, ''))) {
			return `${Number((cell.v * 100).toPrecision(15))}%`;
		}
		return String(cell.v);
	}
	if (cell.t === 'e') return cell.w ?? '#ERROR';
	if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
	if (cell.v instanceof Date) return cell.w ?? cell.v.toISOString();
	return String(cell.v);
}

/** Every row of a sheet as text cells; throws TooManyColumns for a row with a filled cell past `maxColumns`. */
export function sheetRows(workbook: WorkBook, name: string, maxColumns: number): string[][] {
	const sheet = workbook.Sheets[name];
	const data = sheet?.['!data'] ?? [];
	const rows: string[][] = [];
	for (let r = 0; r < data.length; r++) {
		const cells = data[r] ?? [];
		const row: string[] = [];
		for (let c = 0; c < cells.length; c++) {
			const text = cellText(cells[c]);
			if (c >= maxColumns) {
				if (text !== '') throw new TooManyColumns(maxColumns, r);
				continue;
			}
			row.push(text);
		}
		while (row.length && row.at(-1) === '') row.pop();
		rows.push(row);
	}
	while (rows.length && (rows.at(-1) as string[]).length === 0) rows.pop();
	return rows;
}

/** The first sheet with at least two rows of at least two cells: usually the data, past a notes sheet. */
export function defaultSheet(workbook: WorkBook, rowsOf: (name: string) => string[][]): string {
	const names = workbook.SheetNames;
	return (
		names.find(
			(name) => rowsOf(name).filter((r) => r.filter((c) => c.trim() !== '').length >= 2).length >= 2
		) ??
		names[0] ??
		''
	);
}
