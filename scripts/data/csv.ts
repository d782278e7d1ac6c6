// Reads one CSV under data/ with d3's parser and keeps the 1-based line number of every row.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { csvParseRows } from 'd3';
import { DataError } from './errors';

/** One data row: its cells by column name, and where it starts in the file (header = line 1). */
export interface CsvRow {
	file: string;
	line: number;
	cells: Record<string, string>;
}

/** Reads `<dataDir>/<relPath>`; errors name the file relative to the parent of dataDir, e.g. `data/provinces.csv`. */
export async function readCsv(dataDir: string, relPath: string, required: readonly string[]): Promise<CsvRow[]> {
	const file = displayPath(dataDir, relPath);
	const text = (await readFile(path.join(dataDir, relPath), 'utf8')).replace(/^\uFEFF/, '');
	const [header = [], ...records] = csvParseRows(text);
	const missing = required.filter((column) => !header.includes(column));
	if (missing.length > 0) throw new DataError(file, 1, `missing column ${missing.join(', ')}`);

	const rows: CsvRow[] = [];
	let line = 1 + lineCount(header);
	for (const record of records) {
		if (!isBlank(record)) {
			if (record.length !== header.length) {
				throw new DataError(file, line, `${record.length} fields, header has ${header.length}`);
			}
			rows.push({ file, line, cells: Object.fromEntries(header.map((column, i) => [column, record[i] ?? ''])) });
		}
		line += lineCount(record);
	}
	return rows;
}

export function displayPath(dataDir: string, relPath: string): string {
	const resolved = path.resolve(dataDir, relPath);
	return path.relative(path.dirname(path.resolve(dataDir)), resolved).split(path.sep).join('/');
}

/** Lines a record spans: one, plus the line breaks inside its quoted cells. */
function lineCount(record: string[]): number {
	return 1 + record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
}

function isBlank(record: string[]): boolean {
	return record.length === 1 && record[0] === '';
}
