import { describe, expect, it } from 'vitest';
import { sortRows } from '$lib/charts/sort-rows';

const rows = [
	{ province: '上海', value: 410.28 },
	{ province: '青海', value: null },
	{ province: '北京', value: 399.0 },
	{ province: '甘肃', value: 289.14 }
];

describe('sortRows(rows, column, direction, locale)', () => {
	it('sorts numbers as numbers, with empty cells last in either direction', () => {
		expect(sortRows(rows, 'value', 'ascending', 'zh-CN').map((r) => r.value)).toEqual([
			289.14,
			399.0,
			410.28,
			null
		]);
		expect(sortRows(rows, 'value', 'descending', 'zh-CN').map((r) => r.value)).toEqual([
			410.28,
			399.0,
			289.14,
			null
		]);
	});
	it('sorts Chinese text in the Chinese collation (by pinyin)', () => {
		expect(sortRows(rows, 'province', 'ascending', 'zh-CN').map((r) => r.province)).toEqual([
			'北京',
			'甘肃',
			'青海',
			'上海'
		]);
	});
	it('leaves the rows it was given in their order', () => {
		sortRows(rows, 'value', 'ascending', 'en');
		expect(rows[0]?.province).toBe('上海');
	});
});
