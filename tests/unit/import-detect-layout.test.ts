import { describe, expect, it } from 'vitest';
import { detectLayout, guessHeaderRow } from '$lib/import/detect-layout';
import { createProvinceMatcher } from '$lib/import/match-province';
import { layoutOf, mappingProblems, type Mapping } from '$lib/import/mapping';
import { inspectSource, openBytes } from '$lib/import/open-file';
import { fixtureBytes, GBK_WIDE, MESSY_LONG, PROVINCES } from './support/import-fixtures';

const match = createProvinceMatcher(PROVINCES);
const detect = (rows: string[][]): Mapping =>
	detectLayout(rows, Math.max(...rows.map((r) => r.length)), match);

async function fixtureSample(name: string) {
	const opened = await openBytes(fixtureBytes(name), name);
	return inspectSource(opened.source());
}

describe('detectLayout(rows, columns, match)', () => {
	it('reads the GBK yearbook table as wide: title row skipped, full names as provinces, 2013年–2022年 as years', async () => {
		const { sample, columnCount } = await fixtureSample(GBK_WIDE);
		const mapping = detectLayout(sample, columnCount, match);
		expect(mapping).toEqual({ headerRow: 1, roles: ['province', ...Array(10).fill('value')] });
		expect(layoutOf(mapping)).toBe('wide');
		expect(mappingProblems(mapping, sample[1] as string[])).toEqual([]);
	});

	it('reads a long table: province names, a year column and a value column', async () => {
		const { sample, columnCount } = await fixtureSample(MESSY_LONG);
		const mapping = detectLayout(sample, columnCount, match);
		expect(mapping).toEqual({ headerRow: 0, roles: ['province', 'year', 'value'] });
		expect(layoutOf(mapping)).toBe('long');
	});

	it('takes plain years ("2019") as wide headers just like "2019年"', () => {
		const rows = [
			['province', '2019', '2020'],
			['Beijing', '384.655858', '397.001872'],
			['Tianjin', '323.856602', '340.289897']
		];
		expect(detect(rows).roles).toEqual(['province', 'value', 'value']);
	});

	it('reads each numeric column of a long table as an indicator of its own', () => {
		const rows = [
			['地区', '年份', '覆盖广度', '使用深度'],
			['北京', '2019', '384.655858', '1'],
			['天津', '2019', '323.856602', '2']
		];
		expect(detect(rows).roles).toEqual(['province', 'year', 'value', 'value']);
	});

	it('finds an indicator column by its header, with the one "value" column beside it', () => {
		const rows = [
			['indicator', 'province', 'year', 'rank', 'value'],
			['coverage breadth', 'Beijing', '2019', '1', '384.655858'],
			['coverage breadth', 'Tianjin', '2019', '5', '323.856602']
		];
		expect(detect(rows).roles).toEqual(['indicator', 'province', 'year', 'ignore', 'value']);
	});

	it('leaves a code column beside the names, a row-number column and text columns unused', () => {
		const rows = [
			['序号', '代码', '省份', '区域', '2019年'],
			['1', '110000', '北京', '东部', '384.655858'],
			['2', '120000', '天津', '东部', '323.856602'],
			['3', '130000', '河北', '东部', '284.387079']
		];
		expect(detect(rows).roles).toEqual(['ignore', 'ignore', 'province', 'ignore', 'value']);
	});

	it('takes the codes as the province column when there are no names', () => {
		const rows = [
			['adcode', 'year', 'value'],
			['110000', '2019', '384.655858'],
			['120000', '2019', '323.856602']
		];
		expect(detect(rows).roles).toEqual(['province', 'year', 'value']);
	});

	it('finds no province column in a table without one, and says so', () => {
		const rows = [
			['年份', '覆盖广度'],
			['2013', '193.86'],
			['2014', '243.92']
		];
		const mapping = detect(rows);
		expect(mapping.roles).not.toContain('province');
		expect(mappingProblems(mapping, rows[0] as string[])).toContainEqual({ kind: 'no_province' });
	});

	it('uses the header row it is given', () => {
		const rows = [['覆盖广度'], ['省份', '2019年'], ['北京', '384.655858']];
		expect(detectLayout(rows, 2, match, 1).roles).toEqual(['province', 'value']);
	});
});

describe('guessHeaderRow(rows)', () => {
	it('skips title and unit rows above the table', () => {
		expect(
			guessHeaderRow([['表 3-1 覆盖广度'], ['单位：指数'], ['省份', '2019年', '2020年'], ['北京', '1', '2']])
		).toBe(2);
		expect(
			guessHeaderRow([
				['省份', '2019年'],
				['北京', '1']
			])
		).toBe(0);
	});
});

describe('mappingProblems(mapping, header)', () => {
	const header = ['省份', '2019年', '备注'];
	it('asks for one province column, values, and years as headers of a wide table', () => {
		expect(mappingProblems({ headerRow: 0, roles: ['ignore', 'value', 'ignore'] }, header)).toEqual([
			{ kind: 'no_province' }
		]);
		expect(mappingProblems({ headerRow: 0, roles: ['province', 'ignore', 'ignore'] }, header)).toEqual([
			{ kind: 'no_values' }
		]);
		expect(mappingProblems({ headerRow: 0, roles: ['province', 'value', 'value'] }, header)).toEqual([
			{ kind: 'value_without_year', column: 2 }
		]);
		expect(mappingProblems({ headerRow: 0, roles: ['province', 'province', 'value'] }, header)).toEqual([
			{ kind: 'several', role: 'province' },
			{ kind: 'value_without_year', column: 2 }
		]);
	});
	it('allows one value column only beside an indicator column', () => {
		expect(
			mappingProblems({ headerRow: 0, roles: ['province', 'year', 'indicator', 'value', 'value'] }, [])
		).toEqual([{ kind: 'indicator_with_several_values' }]);
	});
});
