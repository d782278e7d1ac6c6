// The fields an imported indicator starts with, and the CSV of rejected cells: the two pieces of the import
// session that are plain functions.
import { describe, expect, it } from 'vitest';
import { defaultFields } from '$lib/import/default-fields';
import { rejectedCsv } from '$lib/import/rejected-csv';
import type { Mapping } from '$lib/import/mapping';
import type { FoundIndicator } from '$lib/import/validate-rows';

const found = (label: string, imported = 31, percent = 0): FoundIndicator => ({
	key: 'wide',
	label,
	imported,
	percent,
	grouped: 0,
	fullWidth: 0
});

describe('defaultFields(found, indicatorCount, file)', () => {
	const titles = [['北京大学数字普惠金融指数：覆盖广度（单位：指数）']];
	const wide = {
		opened: { sample: [...titles, ['省份', '2013年', '2014年']], sheet: '数据' },
		mapping: { headerRow: 1, roles: ['province', 'value', 'value'] } as Mapping,
		fileName: 'gbk_wide.csv'
	};

	it('names the one indicator of a wide table from the title above the header, in both languages, higher being better', () => {
		expect(defaultFields(found('2013年–2014年'), 1, wide)).toEqual({
			name_zh: '北京大学数字普惠金融指数：覆盖广度',
			name_en: '北京大学数字普惠金融指数：覆盖广度',
			unit: '指数',
			higher_is_better: true,
			total: false
		});
	});

	it('names each of several indicators of a long table from its own header and unit, not the title', () => {
		const long = {
			opened: { sample: [...titles, ['省份', '年份', '常住人口（人）', '面积（平方公里）']], sheet: null },
			mapping: {
				headerRow: 1,
				roles: ['province', 'year', 'value', 'value']
			} as Mapping,
			fileName: 'population.csv'
		};
		expect(defaultFields(found('常住人口（人）'), 2, long)).toMatchObject({
			name_zh: '常住人口',
			unit: '人'
		});
	});
});

describe('rejectedCsv(cells, describe)', () => {
	it('writes one row per cell with the reason in words, a BOM first and a formula neutralised', () => {
		const csv = rejectedCsv(
			[
				{
					row: 4,
					column: '2019年',
					province: '=火星',
					year: '2019年',
					indicator: 'x',
					value: 'n/a',
					reason: 'unknown_province'
				}
			],
			(cell) => `无法识别的省份（第 ${cell.row} 行）`
		);
		expect(csv.split('\r\n').slice(0, 2)).toEqual([
			'\uFEFFrow,column,province,year,indicator,value,reason,note',
			"4,2019年,'=火星,2019年,x,n/a,unknown_province,无法识别的省份（第 4 行）"
		]);
	});
});
