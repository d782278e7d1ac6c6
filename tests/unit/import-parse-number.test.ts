import { describe, expect, it } from 'vitest';
import { parseNumber, parseYear } from '$lib/import/parse-number';

describe('parseNumber(text)', () => {
	it('reads plain numbers, signs and exponents', () => {
		expect(parseNumber('384.655858')).toMatchObject({ kind: 'number', value: 384.655858 });
		expect(parseNumber(' -12.5 ')).toMatchObject({ kind: 'number', value: -12.5 });
		expect(parseNumber('−3')).toMatchObject({ kind: 'number', value: -3 });
		expect(parseNumber('2.1893095e7')).toMatchObject({ kind: 'number', value: 21893095 });
	});
	it('removes thousands separators in groups of three and says so', () => {
		expect(parseNumber('21,893,095')).toEqual({
			kind: 'number',
			value: 21893095,
			percent: false,
			grouped: true,
			fullWidth: false
		});
		expect(parseNumber('1,234.5')).toMatchObject({ value: 1234.5, grouped: true });
	});
	it('does not guess at a comma that is not a thousands separator', () => {
		expect(parseNumber('1,5')).toEqual({ kind: 'invalid' });
		expect(parseNumber('12,34,567')).toEqual({ kind: 'invalid' });
	});
	it('reads full-width digits, point and comma as their ASCII forms and says so', () => {
		expect(parseNumber('１２３．４')).toMatchObject({ kind: 'number', value: 123.4, fullWidth: true });
		expect(parseNumber('３４，９１５，６１６')).toMatchObject({
			value: 34915616,
			grouped: true,
			fullWidth: true
		});
	});
	it('removes a trailing % (full-width too) and keeps the number as written', () => {
		expect(parseNumber('58.59%')).toMatchObject({ kind: 'number', value: 58.59, percent: true });
		expect(parseNumber('５８．５９％')).toMatchObject({ value: 58.59, percent: true, fullWidth: true });
	});
	it.each(['', '   ', '-', '—', '…', '...', '..', 'NA', 'n/a', 'null', '#N/A', '无'])(
		'reads the placeholder %j as no value, never as 0',
		(text) => {
			expect(parseNumber(text)).toEqual({ kind: 'blank' });
		}
	);
	it.each(['abc', '=1+2', '@SUM(A1)', '12元', '¥12', '1.2.3', 'Infinity', '1e999', '%'])(
		'rejects %j as not a number',
		(text) => {
			expect(parseNumber(text)).toEqual({ kind: 'invalid' });
		}
	);
});

describe('parseYear(text)', () => {
	it.each([
		['2019', 2019],
		['2019年', 2019],
		['2019年度', 2019],
		[' ２０１９年 ', 2019],
		['Y2019', 2019],
		['2019.0', 2019],
		['2019（%）', 2019],
		['1999', 1999]
	])('reads %j as %i', (text, year) => {
		expect(parseYear(text)).toBe(year);
	});
	it.each(['省份', '19', '20190', '2019-2020', '二〇一九年', ''])('reads %j as no year', (text) => {
		expect(parseYear(text)).toBeNull();
	});
});
