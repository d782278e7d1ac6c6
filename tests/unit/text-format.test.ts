// Small pieces of how charts write numbers and lists.
import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { nameList, separator, t } from '$lib/i18n/translate';
import { tickDecimals } from '$lib/charts/tick-decimals';

describe('separator(lang, kind)', () => {
	it('joins items with a full-width comma in Chinese and ", " in English', () => {
		expect(['东部 428.14', '中部 394.82'].join(separator('zh', 'items'))).toBe('东部 428.14，中部 394.82');
		expect(['East 428.14', 'Central 394.82'].join(separator('en', 'items'))).toBe(
			'East 428.14, Central 394.82'
		);
	});

	it('joins clauses with a semicolon and bare names with 、 in Chinese', () => {
		expect(separator('zh', 'clauses')).toBe('；');
		expect(separator('en', 'clauses')).toBe('; ');
		expect(separator('zh', 'names')).toBe('、');
		expect(separator('en', 'names')).toBe(', ');
	});
});

describe('nameList(lang, names)', () => {
	it('puts "and" before the last of three or more names in English, after commas and no serial comma', () => {
		expect(nameList('en', ['Shanghai', 'Zhejiang', 'Jiangsu'])).toBe('Shanghai, Zhejiang and Jiangsu');
		expect(nameList('en', ['Shanghai', 'Zhejiang'])).toBe('Shanghai and Zhejiang');
	});

	it('puts 和 before the last name in Chinese, the others joined by 、', () => {
		expect(nameList('zh', ['上海', '浙江', '江苏', '福建'])).toBe('上海、浙江、江苏和福建');
		expect(nameList('zh', ['上海', '浙江'])).toBe('上海和浙江');
	});

	it('gives one name as it is, and nothing for none', () => {
		expect(nameList('en', ['Tibet'])).toBe('Tibet');
		expect(nameList('zh', [])).toBe('');
	});
});

describe('tickDecimals(scale, count)', () => {
	it('gives as many decimals as the tick step needs', () => {
		expect(tickDecimals(scaleLinear().domain([0, 0.5]), 5)).toBe(1);
		expect(tickDecimals(scaleLinear().domain([0, 0.2]), 5)).toBe(2);
		expect(tickDecimals(scaleLinear().domain([240, 480]), 5)).toBe(0);
	});

	it('is 0, never NaN, for a scale of one value', () => {
		expect(tickDecimals(scaleLinear().domain([3, 3]), 5)).toBe(0);
	});
});

describe('t(lang, key, vars)', () => {
	it('chooses the English word for the number by the plural rules: one indicator, two indicators', () => {
		expect(t('en', 'import_fieldsTitle', { n: 1 })).toBe('Names and units (1 indicator)');
		expect(t('en', 'import_fieldsTitle', { n: 2 })).toBe('Names and units (2 indicators)');
		expect(t('en', 'tileMap_rank', { rank: 1, n: 1 })).toBe('1 of 1 province with data');
	});

	it('leaves Chinese, which has no plural forms, as it is', () => {
		expect(t('zh', 'import_fieldsTitle', { n: 1 })).toBe('指标名称与单位（1 个指标）');
	});
});
