// The steps the validator takes for each row and cell, each on its own.
import { describe, expect, it } from 'vitest';
import { cellValue } from '$lib/import/cell-value';
import { createIndicatorTally } from '$lib/import/indicator-tally';
import { createProvinceMatcher } from '$lib/import/match-province';
import { createNameTally } from '$lib/import/name-tally';
import { rowProvince } from '$lib/import/row-province';
import { rowColumns } from '$lib/import/value-columns';
import { PROVINCES } from './support/import-fixtures';

const match = createProvinceMatcher(PROVINCES);

describe('rowColumns(header, mapping)', () => {
	it('gives a wide table’s year columns their header years and names its one indicator by the first and last header', () => {
		const columns = rowColumns(['地区', '2019年', '2020年'], {
			headerRow: 0,
			roles: ['province', 'value', 'value']
		});
		expect(columns).toEqual({
			province: 0,
			year: -1,
			indicator: -1,
			wide: true,
			wideLabel: '2019年–2020年',
			values: [
				{ index: 1, label: '2019年', headerText: '2019年', headerYear: 2019 },
				{ index: 2, label: '2020年', headerText: '2020年', headerYear: 2020 }
			]
		});
	});

	it('reads no year from the headers of a long table and labels a column without a header by its letter', () => {
		const columns = rowColumns(['省份', '年份', ''], { headerRow: 0, roles: ['province', 'year', 'value'] });
		expect(columns.wide).toBe(false);
		expect(columns.year).toBe(1);
		expect(columns.values).toEqual([{ index: 2, label: 'C', headerText: '', headerYear: null }]);
	});
});

describe('rowProvince(text, assigned, match)', () => {
	it('reads a province’s full name, and says why a blank, a national total or an unknown name is none', () => {
		expect(rowProvince('北京市', {}, match)).toEqual({ adcode: 110000, reason: null });
		expect(rowProvince('', {}, match)).toEqual({ adcode: null, reason: 'no_province' });
		expect(rowProvince('全国', {}, match)).toEqual({ adcode: null, reason: 'not_province' });
		expect(rowProvince('火星', {}, match)).toEqual({ adcode: null, reason: 'unknown_province' });
	});

	it('takes the user’s decision over the matcher: an adcode, or null to leave the name out', () => {
		expect(rowProvince('京城', { 京城: 110000 }, match)).toEqual({ adcode: 110000, reason: null });
		expect(rowProvince('北京市', { 北京市: null }, match)).toEqual({
			adcode: null,
			reason: 'unknown_province'
		});
	});
});

describe('cellValue(text, year, maxYear, indicatorBlank)', () => {
	it('rejects a missing year before a year out of range, before a blank indicator, before the number', () => {
		expect(cellValue('x', null, 2025, true)).toEqual({ kind: 'rejected', reason: 'bad_year' });
		expect(cellValue('x', 2026, 2025, true)).toEqual({ kind: 'rejected', reason: 'year_out_of_range' });
		expect(cellValue('x', 2020, 2025, true)).toEqual({ kind: 'rejected', reason: 'no_indicator' });
		expect(cellValue('x', 2020, 2025, false)).toEqual({ kind: 'rejected', reason: 'non_numeric' });
	});

	it('calls a placeholder no value, never 0, and reads a number with its percent sign noted', () => {
		expect(cellValue('—', 2020, 2025, false)).toEqual({ kind: 'rejected', reason: 'no_value' });
		expect(cellValue('12.5%', 2020, 2025, false)).toEqual({
			kind: 'value',
			year: 2020,
			number: { kind: 'number', value: 12.5, percent: true, grouped: false, fullWidth: false }
		});
	});
});

describe('createNameTally()', () => {
	it('counts every cell of a name and keeps the first five distinct rows where it appears', () => {
		const names = createNameTally();
		for (const row of [3, 3, 4, 5, 6, 7, 8]) names.note('火星', row, [110000]);
		expect(names.list()).toEqual([{ text: '火星', cells: 7, rows: [3, 4, 5, 6, 7], suggestions: [110000] }]);
	});
});

describe('createIndicatorTally(keepValues)', () => {
	const value = (year: number, v: number) =>
		({
			kind: 'value',
			year,
			number: { kind: 'number', value: v, percent: false, grouped: true, fullWidth: false }
		}) as const;

	it('imports one value per province and year and names the row of the first for a duplicate', () => {
		const tally = createIndicatorTally(true);
		expect(tally.take('wide', '2019–2020', 110000, 2, value(2019, 1.5))).toBeNull();
		expect(tally.take('wide', '2019–2020', 110000, 9, value(2019, 2))).toEqual({
			reason: 'duplicate',
			firstRow: 2
		});
		expect(tally.imported()).toBe(1);
		expect(tally.values).toEqual({ wide: [{ year: 2019, adcode: 110000, value: 1.5 }] });
		expect(tally.indicators()).toEqual([
			{ key: 'wide', label: '2019–2020', imported: 1, percent: 0, grouped: 1, fullWidth: 0 }
		]);
	});

	it('refuses the 31st indicator of a file and keeps no values when not asked to', () => {
		const tally = createIndicatorTally(false);
		for (let i = 0; i < 30; i++)
			expect(tally.take(`name:${i}`, String(i), 110000, 2, value(2019, i))).toBeNull();
		expect(tally.take('name:30', '30', 110000, 2, value(2019, 30))).toEqual({
			reason: 'too_many_indicators'
		});
		expect(tally.values).toEqual({});
	});
});
