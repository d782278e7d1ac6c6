import { describe, expect, it } from 'vitest';
import { createProvinceMatcher } from '$lib/import/match-province';
import { PROVINCE_NAMES } from '$lib/places/province-names';
import { PROVINCES } from './support/import-fixtures';

const match = createProvinceMatcher(PROVINCES);
const adcodeOf = (text: string) => {
	const m = match(text);
	return m.kind === 'province' ? m.adcode : m.kind;
};

describe('createProvinceMatcher(provinces)', () => {
	it('knows every one of the 31 provinces by its full official name (GB/T 2260)', () => {
		expect(PROVINCES).toHaveLength(31);
		for (const p of PROVINCES) expect(adcodeOf(PROVINCE_NAMES[p.adcode]?.full ?? '?')).toBe(p.adcode);
		expect(adcodeOf('内蒙古自治区')).toBe(150000);
		expect(adcodeOf('广西壮族自治区')).toBe(450000);
		expect(adcodeOf('新疆维吾尔自治区')).toBe(650000);
		expect(adcodeOf('宁夏回族自治区')).toBe(640000);
		expect(adcodeOf('西藏自治区')).toBe(540000);
		expect(adcodeOf('北京市')).toBe(110000);
	});

	it('knows every province by its short Chinese name, English name and pinyin, in any case and spacing', () => {
		for (const p of PROVINCES) {
			expect(adcodeOf(p.name_zh)).toBe(p.adcode);
			expect(adcodeOf(p.name_en)).toBe(p.adcode);
			expect(adcodeOf(p.name_en.toUpperCase())).toBe(p.adcode);
			expect(adcodeOf(p.pinyin)).toBe(p.adcode);
		}
		expect(adcodeOf(' Nei Menggu ')).toBe(150000);
		expect(adcodeOf('neimenggu')).toBe(150000);
		expect(adcodeOf('Inner-Mongolia')).toBe(150000);
		expect(adcodeOf('Xizang')).toBe(540000);
		expect(adcodeOf('ｂｅｉｊｉｎｇ')).toBe(110000);
	});

	it('knows common official English forms and a few Chinese variants', () => {
		expect(adcodeOf('Inner Mongolia Autonomous Region')).toBe(150000);
		expect(adcodeOf('Guangxi Zhuang Autonomous Region')).toBe(450000);
		expect(adcodeOf('Xinjiang Uygur Autonomous Region')).toBe(650000);
		expect(adcodeOf('Ningxia Hui Autonomous Region')).toBe(640000);
		expect(adcodeOf('Tibet Autonomous Region')).toBe(540000);
		expect(adcodeOf('Beijing Municipality')).toBe(110000);
		expect(adcodeOf('Hebei Province')).toBe(130000);
		expect(adcodeOf('内蒙')).toBe(150000);
		expect(adcodeOf('新疆维吾尔族自治区')).toBe(650000);
		expect(adcodeOf('广东省')).toBe(440000);
	});

	it('tells Shanxi 山西 from Shaanxi 陕西: by spelling, and by tone marks when given', () => {
		expect(adcodeOf('Shanxi')).toBe(140000);
		expect(adcodeOf('Shaanxi')).toBe(610000);
		expect(adcodeOf('Shānxī')).toBe(140000);
		expect(adcodeOf('Shǎnxī')).toBe(610000);
	});

	it('reads GB/T 2260 codes: 6 digits, 2 digits, Excel’s 110000.0 and the 12-digit statistical code', () => {
		for (const p of PROVINCES) {
			expect(adcodeOf(String(p.adcode))).toBe(p.adcode);
			expect(adcodeOf(String(p.adcode / 10_000))).toBe(p.adcode);
		}
		expect(adcodeOf('110000.0')).toBe(110000);
		expect(adcodeOf('110000000000')).toBe(110000);
	});

	it('recognises national totals, region subtotals, the XPCC, Hong Kong, Macao and Taiwan as not provinces', () => {
		for (const text of [
			'全国',
			'合计',
			'东部地区',
			'新疆生产建设兵团',
			'香港特别行政区',
			'澳门',
			'台湾省',
			'Total',
			'Hong Kong SAR'
		]) {
			expect(match(text)).toEqual({ kind: 'not_province' });
		}
	});

	it('never guesses a name it does not know: it suggests close ones instead', () => {
		expect(match('内蒙古自治洲')).toEqual({ kind: 'unknown', suggestions: [150000] });
		expect(match('广东省统计局')).toEqual({ kind: 'unknown', suggestions: [440000] });
		expect(match('Guangdon')).toEqual({ kind: 'unknown', suggestions: [440000] });
		expect(match('+山西')).toMatchObject({ kind: 'unknown', suggestions: expect.arrayContaining([140000]) });
		expect(match('黑龙')).toMatchObject({ kind: 'unknown', suggestions: [230000] });
	});

	it('gives no suggestion for text that is nothing like a province, nor for an unknown code', () => {
		expect(match('<img src=x onerror=alert(1)>')).toEqual({ kind: 'unknown', suggestions: [] });
		expect(match('=HYPERLINK("http://example.invalid","x")')).toEqual({ kind: 'unknown', suggestions: [] });
		expect(match('990000')).toEqual({ kind: 'unknown', suggestions: [] });
		expect(match('81')).toEqual({ kind: 'unknown', suggestions: [] });
	});

	it('says a blank cell is blank', () => {
		expect(match('  ')).toEqual({ kind: 'blank' });
	});
});
