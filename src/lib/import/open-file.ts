// A file's bytes → a table to read row by row, its first rows for the preview, and a full validation pass:
// the work of the parsing worker, as plain functions (the unit tests run them on the fixtures in Node).
import type { WorkBook } from '@e965/xlsx';
import { decodeText, looksBinary, sniffKind, type TextEncodingName } from './decode';
import { detectDelimiter, forEachRow, TooManyColumns, type Delimiter } from './delimited';
import { MAX_COLUMNS, MAX_JSON_DEPTH, MAX_TEXT_BYTES, MAX_WORKBOOK_BYTES, SAMPLE_ROWS } from './limits';
import type { Mapping } from './mapping';
import type { ProvinceMatcher } from './match-province';
import { jsonRows, JsonDepthError, JsonShapeError } from './read-json';
import { checkWorkbook, WorkbookLimitError } from './check-workbook';
import { ZipFormatError } from './zip-directory';
import { defaultSheet, readWorkbook, sheetRows } from './read-workbook';
import { createValidator, type ValidateOptions, type Validation } from './validate-rows';
import { ImportError, type ImportErrorCode } from './import-error';

export type FileFormat = 'csv' | 'tsv' | 'workbook' | 'json';

/** Rows to read: the text of a CSV (parsed as it is read) or the cells of a sheet or JSON file. */
export type TableSource =
	{ kind: 'text'; text: string; delimiter: Delimiter } | { kind: 'rows'; rows: string[][] };

export interface OpenedFile {
	format: FileFormat;
	encoding: TextEncodingName | null;
	delimiter: Delimiter | null;
	sheets: string[];
	defaultSheet: string | null;
	/** The table of a sheet (workbooks) or of the file. */
	source(sheet?: string | null): TableSource;
}

export interface Inspection {
	rowCount: number;
	columnCount: number;
	/** The first rows, each padded to `columnCount`. */
	sample: string[][];
}

export type Progress = (fraction: number) => void;

/** The limit for a file of this kind, in bytes. */
export const sizeLimit = (workbook: boolean): number => (workbook ? MAX_WORKBOOK_BYTES : MAX_TEXT_BYTES);

export async function openBytes(bytes: Uint8Array, fileName: string): Promise<OpenedFile> {
	if (bytes.length === 0) throw new ImportError('empty');
	const kind = sniffKind(bytes, fileName);
	if (kind === 'pdf') throw new ImportError('pdf');
	if (kind === 'binary') throw new ImportError('binary');
	if (bytes.length > sizeLimit(kind === 'workbook')) throw new ImportError('too_large');
	if (kind === 'workbook') return openWorkbook(bytes);

	const decoded = decodeText(bytes);
	if (looksBinary(decoded.text)) throw new ImportError('binary');
	if (decoded.text.trim() === '') throw new ImportError('empty');
	const base = { encoding: decoded.encoding, sheets: [], defaultSheet: null };
	if (kind === 'json' || /^\s*\[/.test(decoded.text.slice(0, 1000))) {
		let rows: string[][];
		try {
			rows = jsonRows(decoded.text, MAX_COLUMNS, MAX_JSON_DEPTH);
		} catch (error) {
			if (error instanceof JsonDepthError) throw new ImportError('json_too_deep', error.message);
			if (error instanceof JsonShapeError) throw new ImportError('json_shape', error.message);
			if (kind === 'json') throw new ImportError('json_invalid', (error as Error).message);
			rows = [];
		}
		if (rows.length)
			return { ...base, format: 'json', delimiter: null, source: () => ({ kind: 'rows', rows }) };
	}
	const delimiter = detectDelimiter(decoded.text, fileName);
	const text = decoded.text;
	return {
		...base,
		format: delimiter === '\t' ? 'tsv' : 'csv',
		delimiter,
		source: () => ({ kind: 'text', text, delimiter })
	};
}

const LIMIT_ERRORS: Record<WorkbookLimitError['limit'], ImportErrorCode> = {
	parts: 'workbook_too_many_parts',
	part_bytes: 'workbook_part_too_big',
	unpacked_bytes: 'workbook_unpacked_too_big',
	cells: 'workbook_too_many_cells'
};

async function openWorkbook(bytes: Uint8Array): Promise<OpenedFile> {
	try {
		await checkWorkbook(bytes);
	} catch (error) {
		// The detail of a limit is the part that passed it: the page names it.
		if (error instanceof WorkbookLimitError) throw new ImportError(LIMIT_ERRORS[error.limit], error.part);
		if (error instanceof ZipFormatError) throw new ImportError('workbook_unreadable', error.message);
		throw error;
	}
	let workbook: WorkBook;
	try {
		workbook = await readWorkbook(bytes);
	} catch (error) {
		throw new ImportError('workbook_unreadable', error instanceof Error ? error.message : String(error));
	}
	if (!workbook.SheetNames?.length) throw new ImportError('workbook_unreadable', 'no sheet');
	const cache = new Map<string, string[][]>();
	const rowsOf = (name: string) => {
		let rows = cache.get(name);
		if (!rows) {
			try {
				rows = sheetRows(workbook, name, MAX_COLUMNS);
			} catch (error) {
				if (error instanceof TooManyColumns) throw new ImportError('too_many_columns', error.message);
				throw error;
			}
			cache.set(name, rows);
		}
		return rows;
	};
	const first = defaultSheet(workbook, (name) => {
		try {
			return rowsOf(name);
		} catch {
			return [];
		}
	});
	return {
		format: 'workbook',
		encoding: null,
		delimiter: null,
		sheets: [...workbook.SheetNames],
		defaultSheet: first,
		source: (sheet) => {
			const name = sheet && workbook.SheetNames.includes(sheet) ? sheet : first;
			return { kind: 'rows', rows: rowsOf(name) };
		}
	};
}

/** Calls `onRow` for every row of `source`, reporting progress about every 2%. */
export function eachRow(
	source: TableSource,
	onRow: (cells: string[], index: number) => void,
	progress: Progress = () => {}
): void {
	let next = 0;
	if (source.kind === 'rows') {
		const n = source.rows.length;
		source.rows.forEach((row, i) => {
			onRow(row, i);
			if (i >= next) {
				progress(i / n);
				next = i + Math.max(1, Math.floor(n / 50));
			}
		});
	} else {
		const n = source.text.length;
		try {
			forEachRow(
				source.text,
				source.delimiter,
				(cells, i, end) => {
					onRow(cells, i);
					if (end >= next) {
						progress(end / n);
						next = end + Math.max(1, Math.floor(n / 50));
					}
				},
				MAX_COLUMNS
			);
		} catch (error) {
			if (error instanceof TooManyColumns) throw new ImportError('too_many_columns', error.message);
			throw error;
		}
	}
	progress(1);
}

/** How many rows and columns a table has, and its first rows; a table needs two rows with something in them. */
export function inspectSource(source: TableSource, progress?: Progress): Inspection {
	let rowCount = 0;
	let columnCount = 0;
	let filledRows = 0;
	const sample: string[][] = [];
	eachRow(
		source,
		(cells, i) => {
			rowCount++;
			let width = cells.length;
			while (width > 0 && (cells[width - 1] as string).trim() === '') width--;
			columnCount = Math.max(columnCount, width);
			if (width > 0) filledRows++;
			if (i < SAMPLE_ROWS) sample.push(cells.map((c) => (c.length > 500 ? `${c.slice(0, 500)}…` : c)));
		},
		progress
	);
	// A header alone (or a title alone) is not a table.
	if (filledRows < 2) throw new ImportError('no_rows');
	return {
		rowCount,
		columnCount,
		sample: sample.map((r) => Array.from({ length: columnCount }, (_, c) => r[c] ?? ''))
	};
}

/** Every row of `source` through the validator. */
export function validateSource(
	source: TableSource,
	header: readonly string[],
	mapping: Mapping,
	match: ProvinceMatcher,
	options: ValidateOptions,
	progress?: Progress
): Validation {
	const validator = createValidator(header, mapping, match, options);
	eachRow(source, validator.add, progress);
	return validator.result();
}
