// Is a downloaded Arrow file the table the manifest describes? The data step writes the description
// (tableColumns), the browser compares what it read against it (tableProblem) before loading the table.
import type { Schema } from 'apache-arrow';
import type { DataTable, TableColumn } from './manifest';

/** What is wrong with a data file: unreadable as Arrow, other columns, or another number of rows. */
export type TableProblem =
	| { kind: 'unreadable'; detail: string }
	| { kind: 'columns'; expected: readonly string[]; found: readonly string[] }
	| { kind: 'rows'; expected: number; found: number };

/** The columns of an Arrow schema, as the manifest lists them. */
export function tableColumns(schema: Schema): TableColumn[] {
	return schema.fields.map((field) => ({ name: field.name, type: String(field.type) }));
}

/** Columns as `name type`, the way a problem names them. */
function columnList(columns: readonly TableColumn[]): string[] {
	return columns.map((column) => `${column.name} ${column.type}`);
}

/** null when `found` has exactly the expected columns (names, types, order) and row count; else what differs first. */
export function tableProblem(
	expected: Pick<DataTable, 'rows' | 'columns'>,
	found: { rows: number; columns: readonly TableColumn[] }
): TableProblem | null {
	const want = columnList(expected.columns);
	const got = columnList(found.columns);
	if (want.length !== got.length || want.some((column, i) => column !== got[i])) {
		return { kind: 'columns', expected: want, found: got };
	}
	if (expected.rows !== found.rows) return { kind: 'rows', expected: expected.rows, found: found.rows };
	return null;
}
