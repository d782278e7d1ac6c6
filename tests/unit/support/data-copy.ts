// Corrupting a copy of data/ to check that the data step rejects it at the right line.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3';
import { afterEach, expect } from 'vitest';
import { buildDataset, DataError } from '../../../scripts/data/build';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of data/ as `<tmp>/data`, so errors still name `data/<file>`. */
export function copyData(): string {
	const root = mkdtempSync(path.join(tmpdir(), 'data-validation-'));
	temps.push(root);
	const dir = path.join(root, 'data');
	cpSync('data', dir, { recursive: true });
	return dir;
}

export function editLines(dir: string, file: string, edit: (lines: string[]) => void): void {
	const target = path.join(dir, file);
	const lines = readFileSync(target, 'utf8').split('\n');
	edit(lines);
	writeFileSync(target, lines.join('\n'));
}

/** Adds a line at the end of the file (before its final newline). */
export function appendLine(dir: string, file: string, line: (lines: string[]) => string): void {
	editLines(dir, file, (lines) => lines.splice(lines.length - 1, 0, line(lines)));
}

/** Sets one cell of the 1-based line `line` (a data file without multi-line cells). */
export function setCell(dir: string, file: string, line: number, column: string, value: string): void {
	editLines(dir, file, (lines) => {
		const header = csvParseRows(lines[0] ?? '')[0] ?? [];
		const cells = csvParseRows(lines[line - 1] ?? '')[0] ?? [];
		cells[header.indexOf(column)] = value;
		lines[line - 1] = csvFormatRows([cells]);
	});
}

/** The DataError that building `dir` throws (failing the test if it throws anything else or nothing). */
export async function rejection(dir: string): Promise<DataError> {
	const error = await buildDataset(dir).then(
		() => undefined,
		(e: unknown) => e
	);
	if (!(error instanceof DataError)) throw new Error(`expected a DataError, got ${String(error)}`);
	expect(error.message).toBe(`${error.file}:${error.line}: ${error.reason}`);
	return error;
}
