// lib/places, the one module that reads province names and codes, and the three callers that use it: the
// import's cell matcher, the base map's feature matcher and the compare page's search. One table of name
// variants runs through all three, so they cannot drift apart again.
import { describe, expect, it } from 'vitest';
import { createProvinceMatcher } from '$lib/import/match-province';
import { provinceMatcher } from '$lib/geo/match-provinces';
import { searchEntities } from '$lib/search/search-entities';
import { compareEntities } from '$lib/search/compare-entities';
import { provinceCode } from '$lib/places/codes';
import { editDistance } from '$lib/places/edit-distance';
import { placeMatcher } from '$lib/places/match-place';
import { normaliseName } from '$lib/places/normalise-name';
import { nameStems } from '$lib/places/suffixes';
import { PROVINCES } from './support/import-fixtures';

describe('normaliseName(text)', () => {
	it('ignores case, spaces, hyphens, apostrophes and tone marks', () => {
		expect(normaliseName('Nei Menggu')).toBe('neimenggu');
		expect(normaliseName('nei-menggu')).toBe('neimenggu');
		expect(normaliseName("Xi'an")).toBe('xian');
		expect(normaliseName('Nèi Měnggǔ')).toBe('neimenggu');
		expect(normaliseName('  内蒙古 ')).toBe('内蒙古');
	});
});

describe('normaliseName(text) for Chinese', () => {
	it('turns traditional characters and full-width letters into simplified ones and ASCII', () => {
		expect(normaliseName('廣東')).toBe('广东');
		expect(normaliseName('臺灣')).toBe('台湾');
		expect(normaliseName('內蒙古自治區')).toBe('内蒙古自治区');
		expect(normaliseName('黑龍江省')).toBe('黑龙江省');
		expect(normaliseName('ＢＥＩＪＩＮＧ')).toBe('beijing');
		expect(normaliseName('（北京）')).toBe('北京');
	});
});

describe('nameStems(key)', () => {
	it('cuts one administrative word after another, the longest first, leaving something', () => {
		expect(nameStems('新疆维吾尔自治区')).toEqual(['新疆维吾尔自治区', '新疆']);
		expect(nameStems('新疆维吾尔族自治区')).toEqual(['新疆维吾尔族自治区', '新疆']);
		expect(nameStems('香港特别行政区')).toEqual(['香港特别行政区', '香港']);
		expect(nameStems('东部地区')).toEqual(['东部地区', '东部']);
		expect(nameStems('ningxiahuiautonomousregion')).toEqual([
			'ningxiahuiautonomousregion',
			'ningxiahui',
			'ningxia'
		]);
		expect(nameStems('anhui')).toEqual(['anhui', 'an']);
		expect(nameStems('省')).toEqual(['省']);
		expect(nameStems('beijing')).toEqual(['beijing']);
	});
});

describe('provinceCode(value, allowPrefix)', () => {
	it('reads a province-level adcode as a number or as text, and a two-digit prefix', () => {
		expect(provinceCode(110000)).toBe(110000);
		expect(provinceCode(' 650000 ')).toBe(650000);
		expect(provinceCode('11')).toBe(110000);
		expect(provinceCode(65)).toBe(650000);
	});

	it('reads GB codes with the country code 156, 12-digit statistical codes and ISO 3166-2', () => {
		expect(provinceCode('156440000')).toBe(440000);
		expect(provinceCode('440000000000')).toBe(440000);
		expect(provinceCode('CN-GD')).toBe(440000);
		expect(provinceCode('cn-44')).toBe(440000);
		expect(provinceCode('CN-TW')).toBe(710000);
	});

	it('refuses codes below province level, two digits where a prefix is not allowed, and anything else', () => {
		expect(provinceCode(110101)).toBeNull();
		expect(provinceCode('440300000000')).toBeNull();
		expect(provinceCode('11', false)).toBeNull();
		expect(provinceCode('100000_JD')).toBeNull();
		expect(provinceCode(1.5)).toBeNull();
		expect(provinceCode('北京')).toBeNull();
		expect(provinceCode(null)).toBeNull();
		expect(provinceCode(['110000'])).toBeNull();
	});
});

describe('provinceCode(value) for table cells', () => {
	it('reads Excel’s 110000.0 and full-width digits, and refuses decimals that are not whole', () => {
		expect(provinceCode('110000.0')).toBe(110000);
		expect(provinceCode('１１００００')).toBe(110000);
		expect(provinceCode('110000.5')).toBeNull();
	});
});

describe('editDistance(a, b)', () => {
	it('counts insertions, deletions and substitutions', () => {
		expect(editDistance('内蒙古', '内蒙古')).toBe(0);
		expect(editDistance('内蒙', '内蒙古')).toBe(1);
		expect(editDistance('guangdon', 'guangdong')).toBe(1);
		expect(editDistance('shanxi', 'shaanxi')).toBe(1);
		expect(editDistance('', 'abc')).toBe(3);
	});
});

describe('placeMatcher(provinces)(name)', () => {
	const place = placeMatcher(PROVINCES);
	it('says what a non-province is: national total, region, XPCC, Hong Kong, Macao or Taiwan', () => {
		expect(place('全国合计')).toEqual({ kind: 'not_province', place: { kind: 'national' } });
		expect(place('China')).toEqual({ kind: 'not_province', place: { kind: 'national' } });
		expect(place('东部地区')).toEqual({ kind: 'not_province', place: { kind: 'region', region: 'east' } });
		expect(place('Dongbei')).toEqual({
			kind: 'not_province',
			place: { kind: 'region', region: 'northeast' }
		});
		expect(place('新疆生产建设兵团')).toEqual({ kind: 'not_province', place: { kind: 'xpcc' } });
		expect(place('Hong Kong SAR')).toEqual({ kind: 'not_province', place: { kind: 'hong_kong' } });
		expect(place('澳門特別行政區')).toEqual({ kind: 'not_province', place: { kind: 'macao' } });
		expect(place('臺灣省')).toEqual({ kind: 'not_province', place: { kind: 'taiwan' } });
	});
	it('tells 山西 from 陕西 by tone marks, and reads a toneless "shanxi" as 山西', () => {
		expect(place('Shǎnxī')).toEqual({ kind: 'province', adcode: 610000 });
		expect(place('Shānxī')).toEqual({ kind: 'province', adcode: 140000 });
		expect(place('shanxi')).toEqual({ kind: 'province', adcode: 140000 });
	});
	it('matches nothing it does not know', () => {
		expect(place('南海诸岛')).toBeNull();
		expect(place('')).toBeNull();
	});
});

/** Name variants and the province each stands for, or the non-province it is (null: no province). */
const VARIANTS: readonly [string, number | null][] = [
	['新疆维吾尔自治区', 650000],
	['新疆维吾尔族自治区', 650000],
	['Xinjiang Uygur Autonomous Region', 650000],
	['Xinjiang Uyghur', 650000],
	['内蒙古自治区', 150000],
	['內蒙古', 150000],
	['內蒙古自治區', 150000],
	['内蒙', 150000],
	['Inner Mongolia Autonomous Region', 150000],
	['Nei Mongol', 150000],
	['Nei Menggu Zizhiqu', 150000],
	['Nèi Měnggǔ', 150000],
	['广西壮族自治区', 450000],
	['廣西壯族自治區', 450000],
	['Guangxi Zhuangzu Zizhiqu', 450000],
	['宁夏回族自治区', 640000],
	['Ningxia Hui Autonomous Region', 640000],
	['西藏自治区', 540000],
	['Tibet Autonomous Region', 540000],
	['Xizang', 540000],
	['廣東', 440000],
	['广东省', 440000],
	['Guang Dong', 440000],
	['黑龍江省', 230000],
	['北京市', 110000],
	['Beijing Municipality', 110000],
	['Hebei Province', 130000],
	['Anhui Sheng', 340000],
	['Shaanxi', 610000],
	['臺灣', null],
	['台湾省', null],
	['香港特别行政区', null],
	['Macau', null],
	['新疆生产建设兵团', null],
	['全国', null]
];

describe('one table of name variants, read alike by the import, the base map and the compare search', () => {
	const importCell = createProvinceMatcher(PROVINCES);
	const baseMap = provinceMatcher(PROVINCES);
	const entities = compareEntities(PROVINCES, 'region4');

	it.each(VARIANTS)('the import reads "%s" as %s', (name, adcode) => {
		expect(importCell(name)).toEqual(
			adcode === null ? { kind: 'not_province' } : { kind: 'province', adcode }
		);
	});
	it.each(VARIANTS)('the base map reads a feature named "%s" as %s', (name, adcode) => {
		expect(baseMap({ properties: { name } }).adcode).toBe(adcode);
	});
	it.each(VARIANTS)(
		'the compare search for "%s" finds %s first, and no province for a non-province',
		(name, adcode) => {
			const found = searchEntities(name, entities).filter((e) => e.kind === 'province');
			if (adcode === null) expect(found).toEqual([]);
			else expect(found[0]?.id).toBe(adcode);
		}
	);
});
