// What each column of an imported table means, as guessed by detect-layout and confirmed (or changed) by
// the user; and what is wrong with a mapping that cannot be imported.
import { parseYear } from './parse-number';

/**
 * province: the province (name or code). year: the year (long layout). indicator: the indicator's name,
 * for files holding several. value: figures; in the wide layout their header is the year. ignore: unused.
 */
export const COLUMN_ROLES = ['province', 'year', 'indicator', 'value', 'ignore'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export interface Mapping {
	/** Index of the header row; the rows above it are titles. */
	headerRow: number;
	/** One role per column. */
	roles: ColumnRole[];
}

/** Long: a year column, one row per province and year. Wide: a column per year. */
export type Layout = 'long' | 'wide';

export const layoutOf = (mapping: Mapping): Layout => (mapping.roles.includes('year') ? 'long' : 'wide');

export type MappingProblem =
	| { kind: 'no_province' }
	| { kind: 'several'; role: 'province' | 'year' | 'indicator' }
	| { kind: 'no_values' }
	/** Wide layout: a value column whose header is not a year. */
	| { kind: 'value_without_year'; column: number }
	/** An indicator column says which indicator each row holds: it goes with exactly one value column. */
	| { kind: 'indicator_with_several_values' };

/** What stops `mapping` from being imported; empty when it can be. */
export function mappingProblems(mapping: Mapping, header: readonly string[]): MappingProblem[] {
	const problems: MappingProblem[] = [];
	const count = (role: ColumnRole) => mapping.roles.filter((r) => r === role).length;
	if (count('province') === 0) problems.push({ kind: 'no_province' });
	for (const role of ['province', 'year', 'indicator'] as const) {
		if (count(role) > 1) problems.push({ kind: 'several', role });
	}
	const values = mapping.roles.flatMap((r, i) => (r === 'value' ? [i] : []));
	if (values.length === 0) problems.push({ kind: 'no_values' });
	if (layoutOf(mapping) === 'wide') {
		for (const column of values) {
			if (parseYear(header[column] ?? '') === null) problems.push({ kind: 'value_without_year', column });
		}
	} else if (count('indicator') > 0 && values.length > 1) {
		problems.push({ kind: 'indicator_with_several_values' });
	}
	return problems;
}

/** A column's name for people: its header, else its spreadsheet letter (A, B, … AA). */
export function columnLabel(header: readonly string[], column: number): string {
	const text = (header[column] ?? '').trim();
	return text || columnLetter(column);
}

export function columnLetter(column: number): string {
	let n = column + 1;
	let letters = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		letters = String.fromCharCode(65 + r) + letters;
		n = Math.floor((n - 1) / 26);
	}
	return letters;
}
