// The site's Arrow tables, downloaded and checked against the manifest before the engine loads them: a
// missing, cut-short or swapped file is reported by name, not found later as "table does not exist".
import { tableFromIPC } from 'apache-arrow';
import type { DataTable } from '$lib/data/manifest';
import { tableColumns, tableProblem, type TableProblem } from '$lib/data/table-check';
import { download } from './download';
import { EngineError } from './engine-failure';

/** The Arrow IPC stream of `table`, once it is known to hold the manifest's columns and rows. */
export async function downloadTable(
	table: DataTable,
	dataUrl: (file: string) => string
): Promise<Uint8Array> {
	const file = `data/${table.file}`;
	const bytes = await download(dataUrl(table.file), file);
	const problem = arrowProblem(table, bytes);
	if (problem) throw new EngineError({ kind: 'not-table', file, problem });
	return bytes;
}

function arrowProblem(table: DataTable, bytes: Uint8Array): TableProblem | null {
	try {
		const found = tableFromIPC(bytes);
		return tableProblem(table, { rows: found.numRows, columns: tableColumns(found.schema) });
	} catch (error) {
		return { kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
	}
}
