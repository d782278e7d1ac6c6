import { describe, expect, it } from 'vitest';
import { toCsv } from '$lib/csv/to-csv';
import { csvFileName } from '$lib/csv/download';

describe('toCsv(columns, rows)', () => {
	it('starts with a UTF-8 byte-order mark so Excel keeps the Chinese', () => {
		expect(toCsv(['region_name'], [{ region_name: '东部' }])).toBe('\uFEFFregion_name\r\n东部\r\n');
	});
	it('writes numbers in full and missing values as empty cells', () => {
		expect(toCsv(['a', 'b', 'c'], [{ a: 358.51012345, b: null, c: undefined }])).toBe(
			'\uFEFFa,b,c\r\n358.51012345,,\r\n'
		);
	});
	it('quotes cells holding commas, quotes or line breaks', () => {
		expect(toCsv(['s'], [{ s: 'a, "b"\nc' }])).toBe('\uFEFFs\r\n"a, ""b""\nc"\r\n');
	});
	it.each(['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\t=1'])(
		'neutralises text that a spreadsheet would run as a formula: %s',
		(text) => {
			const cell = toCsv(['s'], [{ s: text }]).split('\r\n')[1] as string;
			expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
		}
	);
	it('leaves negative numbers as numbers (only text is neutralised)', () => {
		expect(toCsv(['d'], [{ d: -3.5 }])).toBe('\uFEFFd\r\n-3.5\r\n');
	});
});

describe('csvFileName(chart, ...parts)', () => {
	it('names the chart, indicator, year and scheme', () => {
		expect(csvFileName('region-summary', 'pku_dfiic_index_aggregate', 2019, 'region4')).toBe(
			'region-summary_pku_dfiic_index_aggregate_2019_region4.csv'
		);
	});
});
