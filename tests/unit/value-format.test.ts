// How charts write values: large numbers in 万/亿 (zh) and K/M/B (en), one magnitude per axis, the unit the
// indicator gives (an imported indicator's unit is the one the user typed) on the axis and with each value.
import { describe, expect, it } from 'vitest';
import { valueFormatter } from '$lib/charts/value-format';

const people = { unit_zh: '人', unit_en: 'persons' };
const index = { unit_zh: '指数', unit_en: 'index' };
const score = { unit_zh: '分(0–100)', unit_en: 'score (0–100)' };

describe('valueFormatter(lang, indicator, domainMax)', () => {
	it('writes the ticks of an axis up to 126 million people in 亿 and labels the axis 亿人', () => {
		const f = valueFormatter('zh', people, 126_012_510);
		expect(f.unit).toBe('亿人');
		expect([0, 20_000_000, 100_000_000, 120_000_000].map(f.tick)).toEqual(['0', '0.2', '1', '1.2']);
	});

	it('writes them in millions in English and labels the axis "million persons"', () => {
		const f = valueFormatter('en', people, 126_012_510);
		expect(f.unit).toBe('million persons');
		expect([0, 50_000_000, 120_000_000].map(f.tick)).toEqual(['0', '50', '120']);
	});

	it('writes a value alone in its own magnitude with the unit: 2,189.3 万人, 21.9M persons', () => {
		expect(valueFormatter('zh', people, 126_012_510).value(21_893_095)).toBe('2,189.3 万人');
		expect(valueFormatter('en', people, 126_012_510).value(21_893_095)).toBe('21.9M persons');
		expect(valueFormatter('zh', { unit_zh: '', unit_en: '' }, 3e6).value(2_123_677.21)).toBe('212.4 万');
	});

	it('leaves a bundled index as before: ticks without decimals, values with two, no unit after them', () => {
		const f = valueFormatter('zh', index, 473.8);
		expect([0, 100, 450].map(f.tick)).toEqual(['0', '100', '450']);
		expect(f.value(374.6912)).toBe('374.69');
		expect(f.unit).toBe('指数');
		expect(valueFormatter('en', index, 473.8).value(1234.5)).toBe('1.23K');
		expect(valueFormatter('en', score, 90).value(62.5)).toBe('62.50');
	});

	it('keeps the decimals a chart asks for below the first magnitude', () => {
		expect(valueFormatter('zh', index, 1.2, { tickDigits: 1 }).tick(0.5)).toBe('0.5');
		expect(valueFormatter('zh', people, 5000, { valueDigits: 0 }).value(4321)).toBe('4,321 人');
	});

	it('writes a percentage without a space', () => {
		expect(valueFormatter('en', { unit_zh: '%', unit_en: '%' }, 80).value(45.5)).toBe('45.50%');
	});
});

describe('valueFormatter(…).short', () => {
	it('writes a label beside a mark in its own magnitude without the unit', () => {
		expect(valueFormatter('zh', people, 126_012_510).short(21_893_095)).toBe('2,189.3 万');
		expect(valueFormatter('en', people, 126_012_510).short(3_648_100)).toBe('3.65M');
		expect(valueFormatter('zh', index, 473.8).short(374.6912)).toBe('374.69');
	});
});

describe('valueFormatter with a unit that holds a magnitude (万人, 亿元)', () => {
	it('writes 12,601.25 万人 as 1.26 亿人, and the axis in 亿人', () => {
		const f = valueFormatter('zh', { unit_zh: '万人', unit_en: '万人' }, 12_601.251);
		expect(f.value(12_601.251)).toBe('1.26 亿人');
		expect(f.value(2_189.3095)).toBe('2,189.3 万人');
		expect(f.unit).toBe('亿人');
		expect(f.tick(10_000)).toBe('1');
	});

	it('keeps a small value in the base unit: 0.5 万人 is 5,000 人', () => {
		expect(valueFormatter('zh', { unit_zh: '万人', unit_en: '' }, 1).value(0.5)).toBe('5,000.00 人');
	});
});
