// Where a mapping puts each part of a row, and what each value column is called and, in a wide table, which
// year it holds.
import { columnLabel, layoutOf, type Mapping } from './mapping';
import { parseYear } from './parse-number';

export interface ValueColumn {
	/** The column's index in the row. */
	index: number;
	/** Its header, or its letter. */
	label: string;
	/** In a wide table: the header as written and the year it names (null when it names none). */
	headerText: string;
	headerYear: number | null;
}

export interface RowColumns {
	/** The index of the province, year and indicator columns; -1 for a role no column has. */
	province: number;
	year: number;
	indicator: number;
	values: ValueColumn[];
	wide: boolean;
	/** The label of the one indicator a wide table without an indicator column holds across its year columns. */
	wideLabel: string;
}

export function rowColumns(header: readonly string[], mapping: Mapping): RowColumns {
	const roles = mapping.roles;
	const wide = layoutOf(mapping) === 'wide';
	const values = roles.flatMap((role, index) =>
		role === 'value'
			? [
					{
						index,
						label: columnLabel(header, index),
						headerText: (header[index] ?? '').trim(),
						headerYear: wide ? parseYear(header[index] ?? '') : null
					}
				]
			: []
	);
	const first = values[0]?.label ?? '';
	return {
		province: roles.indexOf('province'),
		year: roles.indexOf('year'),
		indicator: roles.indexOf('indicator'),
		values,
		wide,
		wideLabel: values.length > 1 ? `${first}–${values.at(-1)?.label}` : first
	};
}
