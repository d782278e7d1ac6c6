// Finding provinces and regions by name as a user types them in the compare page's search box:
// Chinese, English or pinyin, however cased, spaced or hyphenated.
import { beforeAll, describe, expect, it } from 'vitest';
import { searchEntities } from '$lib/search/search-entities';
import { compareEntities } from '$lib/search/compare-entities';
import type { Province } from '$lib/data/manifest';
import { realDataset } from './support/real-data';

let provinces: Province[];
beforeAll(async () => {
	provinces = (await realDataset()).manifest.provinces;
});

const ids = (found: readonly { id: unknown }[]) => found.map((e) => e.id);

describe('searchEntities(query, entities)', () => {
	const items = [
		{ id: 'a', names: ['Shanxi'] },
		{ id: 'b', names: ['Shaanxi', 'Shanxi'] },
		{ id: 'c', names: ['Xinjiang'] },
		{ id: 'd', names: ['Jiangxi'] }
	];
	it('puts exact matches first, then names that start with the query, then names that contain it', () => {
		expect(ids(searchEntities('jiang', items))).toEqual(['d', 'c']);
		expect(ids(searchEntities('xi', items))).toEqual(['c', 'a', 'b', 'd']);
	});
	it('keeps the order of the entities between equally good matches', () => {
		expect(ids(searchEntities('shanxi', items))).toEqual(['a', 'b']);
	});
	it('returns every entity for an empty or blank query, and none when nothing matches', () => {
		expect(ids(searchEntities('', items))).toEqual(['a', 'b', 'c', 'd']);
		expect(ids(searchEntities('  - ', items))).toEqual(['a', 'b', 'c', 'd']);
		expect(searchEntities('tokyo', items)).toEqual([]);
	});
});

describe('compareEntities(provinces, scheme) searched by name', () => {
	const find = (query: string, scheme: 'region4' | 'region3' = 'region4') =>
		ids(searchEntities(query, compareEntities(provinces, scheme)));

	it('finds Inner Mongolia by its Chinese, English and pinyin names, however spaced, cased or hyphenated', () => {
		for (const q of [
			'内蒙古',
			'内蒙',
			'内蒙古自治区',
			'Inner Mongolia',
			'inner mongolia',
			'INNERMONGOLIA',
			'mongolia'
		])
			expect(find(q)[0], q).toBe(150000);
		for (const q of ['neimenggu', 'nei menggu', 'Nei Menggu', 'nei-menggu', 'neimeng'])
			expect(find(q), q).toEqual([150000]);
	});

	it('finds provinces whose English name is their pinyin (guangdong, Guang Dong, 广东省) and Tibet as xizang', () => {
		expect(find('guangdong')).toEqual([440000]);
		expect(find('Guang Dong')).toEqual([440000]);
		expect(find('广东省')).toEqual([440000]);
		expect(find('xizang')).toEqual([540000]);
		expect(find('西藏')).toEqual([540000]);
		expect(find('Tibet')).toEqual([540000]);
	});

	it('gives both 山西 and 陕西 for the pinyin "shanxi", Shanxi first; "Shaanxi" only 陕西', () => {
		expect(find('shanxi')).toEqual([140000, 610000]);
		expect(find('Shaanxi')).toEqual([610000]);
	});

	it('finds the regions of the scheme by Chinese, English and pinyin name (东部 / East / dongbu)', () => {
		expect(find('东部')).toEqual(['east']);
		expect(find('东部地区')).toEqual(['east']);
		expect(find('east')[0]).toBe('east');
		expect(find('dongbu')).toEqual(['east']);
		expect(find('Northeast')).toEqual(['northeast']);
		expect(find('东北')).toEqual(['northeast']);
	});

	it('offers only the regions of the current scheme: no Northeast under the three-region scheme', () => {
		expect(find('Northeast', 'region3')).toEqual([]);
		expect(find('', 'region3').slice(0, 4)).toEqual(['east', 'central', 'west', 110000]);
	});

	it('uses a pinyin name that the data provides', () => {
		const withPinyin = [{ adcode: 440000, name_zh: '广东', name_en: 'Canton', pinyin: 'Guǎngdōng' }];
		expect(ids(searchEntities('guangdong', compareEntities(withPinyin, 'region4')))).toEqual([440000]);
	});
});
