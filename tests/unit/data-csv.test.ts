import { describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/data/csv';
import { DataError } from '../../scripts/data/errors';

const DIR = 'tests/unit/fixtures/data-csv';

describe('readCsv', () => {
	it('gives every row the line it starts on, counting line breaks inside quoted cells and skipping blank lines', async () => {
		const rows = await readCsv(DIR, 'lines.csv', ['id', 'source']);
		expect(rows.map((r) => [r.cells.id, r.line])).toEqual([
			['1', 2],
			['2', 3],
			['3', 6]
		]);
		expect(rows[1]?.cells.note).toBe('a note\nover two lines');
	});

	it('rejects a row whose field count differs from the header, at the line of that row', async () => {
		const error = await readCsv(DIR, 'short-row.csv', ['id']).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DataError);
		expect(error).toMatchObject({
			file: 'data-csv/short-row.csv',
			line: 7,
			reason: '2 fields, header has 3'
		});
	});

	it('rejects a file without a required column at line 1, naming the file relative to the parent of the data directory', async () => {
		const error = await readCsv(DIR, 'lines.csv', ['id', 'value']).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DataError);
		expect((error as DataError).message).toBe('data-csv/lines.csv:1: missing column value');
	});
});
