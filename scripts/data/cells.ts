// Typed reads of single cells. Each throws a DataError naming the file, the row's line and the problem.
import type { CsvRow } from './csv';
import { DataError } from './errors';

const FIRST_YEAR = 2000;

export function fail(row: CsvRow, reason: string): never {
	throw new DataError(row.file, row.line, reason);
}

/** A cell that may be empty. */
export function optional(row: CsvRow, column: string): string {
	return row.cells[column] ?? '';
}

/** A cell that must not be empty. */
export function text(row: CsvRow, column: string): string {
	const value = optional(row, column);
	if (value.trim() === '') fail(row, `empty ${column}`);
	return value;
}

export function source(row: CsvRow): string {
	return text(row, 'source');
}

const DECIMAL = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

export function number(row: CsvRow, column: string): number {
	const value = text(row, column).trim();
	const parsed = Number(value);
	if (!DECIMAL.test(value) || !Number.isFinite(parsed)) fail(row, `${column} "${value}" is not a number`);
	return parsed;
}

export function optionalNumber(row: CsvRow, column: string): number | null {
	return optional(row, column).trim() === '' ? null : number(row, column);
}

export function integer(row: CsvRow, column: string): number {
	const value = number(row, column);
	if (!Number.isInteger(value)) fail(row, `${column} ${value} is not an integer`);
	return value;
}

export function optionalInteger(row: CsvRow, column: string): number | null {
	return optional(row, column).trim() === '' ? null : integer(row, column);
}

/** A year from 2000 to the current year. */
export function year(row: CsvRow, column: string): number {
	return plausibleYear(row, column, integer(row, column));
}

export function optionalYear(row: CsvRow, column: string): number | null {
	return optional(row, column).trim() === '' ? null : year(row, column);
}

export function plausibleYear(row: CsvRow, column: string, value: number): number {
	const last = new Date().getFullYear();
	if (value < FIRST_YEAR || value > last) fail(row, `${column} ${value} is outside ${FIRST_YEAR}..${last}`);
	return value;
}

export function boolean(row: CsvRow, column: string): boolean {
	const value = optional(row, column);
	if (value !== 'true' && value !== 'false') fail(row, `${column} "${value}" is not true or false`);
	return value === 'true';
}

export function oneOf<T extends string>(row: CsvRow, column: string, allowed: readonly T[]): T {
	const value = optional(row, column);
	const match = allowed.find((a) => a === value);
	if (match === undefined) fail(row, `${column} "${value}" is not one of ${allowed.join('|')}`);
	return match;
}
