// A downloaded data file is the table the manifest describes (same columns, types, order and rows), or the
// problem says what differs: the page names it instead of failing later with "table does not exist".
import { describe, expect, it } from 'vitest';
import { Float64, Int32, Table, Utf8, vectorFromArray } from 'apache-arrow';
import { tableColumns, tableProblem } from '$lib/data/table-check';

const population = new Table({
	adcode: vectorFromArray([110000, 120000], new Int32()),
	year: vectorFromArray([2020, 2020], new Int32()),
	population: vectorFromArray([21_893_095, 13_866_009], new Float64())
});
const expected = {
	rows: 2,
	columns: [
		{ name: 'adcode', type: 'Int32' },
		{ name: 'year', type: 'Int32' },
		{ name: 'population', type: 'Float64' }
	]
};

describe('tableColumns(schema)', () => {
	it('lists each column with its Arrow type as apache-arrow prints it, in order', () => {
		expect(tableColumns(population.schema)).toEqual(expected.columns);
		const text = new Table({ name: vectorFromArray(['北京'], new Utf8()) });
		expect(tableColumns(text.schema)).toEqual([{ name: 'name', type: 'Utf8' }]);
	});
});

describe('tableProblem(expected, found)', () => {
	it('is null for the very table the manifest describes', () => {
		expect(tableProblem(expected, { rows: 2, columns: tableColumns(population.schema) })).toBeNull();
	});

	it('names both column lists, as "name type", when another table was served in its place', () => {
		const regions = [
			{ name: 'scheme', type: 'Utf8' },
			{ name: 'adcode', type: 'Int32' },
			{ name: 'region', type: 'Utf8' }
		];
		expect(tableProblem(expected, { rows: 62, columns: regions })).toEqual({
			kind: 'columns',
			expected: ['adcode Int32', 'year Int32', 'population Float64'],
			found: ['scheme Utf8', 'adcode Int32', 'region Utf8']
		});
	});

	it('reports a column of another type or in another order as other columns', () => {
		const asText = expected.columns.map((c) => (c.name === 'year' ? { ...c, type: 'Utf8' } : c));
		expect(tableProblem(expected, { rows: 2, columns: asText })?.kind).toBe('columns');
		const reordered = [expected.columns[1]!, expected.columns[0]!, expected.columns[2]!];
		expect(tableProblem(expected, { rows: 2, columns: reordered })?.kind).toBe('columns');
		expect(tableProblem(expected, { rows: 0, columns: [] })).toEqual({
			kind: 'columns',
			expected: ['adcode Int32', 'year Int32', 'population Float64'],
			found: []
		});
	});

	it('reports the row counts when the columns match but rows are missing or added', () => {
		expect(tableProblem(expected, { rows: 1, columns: expected.columns })).toEqual({
			kind: 'rows',
			expected: 2,
			found: 1
		});
		expect(tableProblem(expected, { rows: 3, columns: expected.columns })).toEqual({
			kind: 'rows',
			expected: 2,
			found: 3
		});
	});
});
