// The tile-grid map's pure parts: placing tiles, the colour scale, legible labels and the rows it downloads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interpolateBlues } from 'd3';
import { queryProvinceValues } from '$lib/queries/province-values';
import {
	TILE_MAP_COLUMNS,
	colourScale,
	contrast,
	eachOnItsOwnTile,
	fitFontSize,
	labelColour,
	onProvinceKey,
	placeTiles,
	provinceMap,
	ramp,
	tileAriaLabel,
	tileLabelLines,
	tileValueText,
	tileMapRows
} from '$lib/charts/tile-map';
import type { NodeDatabase } from '$lib/db/node';
import type { Manifest } from '$lib/data/manifest';
import { realDatabase, realDataset } from './support/real-data';

let db: NodeDatabase;
let manifest: Manifest;
beforeAll(async () => {
	db = await realDatabase();
	manifest = (await realDataset()).manifest;
});
afterAll(() => db.close());

const tilesFor = async (indicator: string, year: number) =>
	placeTiles(await queryProvinceValues(db, { indicator, year, scheme: 'region4' }), manifest.provinces);

describe('colourScale(values)', () => {
	it('spans the least to the greatest value, ignoring null, undefined and NaN', () => {
		const scale = colourScale([3, null, 1, undefined, NaN, 2]);
		expect(scale.domain).toEqual([1, 3]);
		expect(scale.colour(1)).toBe(ramp(0));
		expect(scale.colour(2)).toBe(ramp(0.5));
		expect(scale.colour(3)).toBe(ramp(1));
	});

	it('runs from a light blue that stands apart from white (Blues at 0.15) to the darkest blue', () => {
		expect(ramp(0)).toBe(interpolateBlues(0.15));
		expect(ramp(1)).toBe(interpolateBlues(1));
		expect(contrast(ramp(0), '#ffffff')).toBeGreaterThan(1.1);
	});

	it('gives a lone value the middle colour, and has no domain when nothing has a value', () => {
		expect(colourScale([5, null])).toMatchObject({ domain: [5, 5] });
		expect(colourScale([5]).colour(5)).toBe(ramp(0.5));
		expect(colourScale([null, undefined]).domain).toBeNull();
	});

	it('covers the provinces of the year: coverage breadth 2018 runs from Tibet 249.82 to Beijing 353.87', async () => {
		const tiles = await tilesFor('pku_dfiic_coverage_breadth', 2018);
		const scale = colourScale(tiles.map((d) => d.value));
		expect(scale.domain?.[0]).toBeCloseTo(249.82, 2);
		expect(scale.domain?.[1]).toBeCloseTo(353.87, 2);
		expect(scale.colour(tiles.find((d) => d.adcode === 110000)?.value as number)).toBe(ramp(1));
		expect(scale.colour(tiles.find((d) => d.adcode === 540000)?.value as number)).toBe(ramp(0));
	});
});

describe('labelColour(fill)', () => {
	it('writes white on the darkest blue and black on the lightest', () => {
		expect(labelColour(ramp(1))).toBe('#ffffff');
		expect(labelColour(ramp(0))).toBe('#000000');
	});

	it('keeps a contrast of at least 4.5:1 (WCAG AA) everywhere on the ramp', () => {
		for (let i = 0; i <= 100; i++) {
			const fill = ramp(i / 100);
			expect(contrast(fill, labelColour(fill))).toBeGreaterThanOrEqual(4.5);
		}
	});
});

describe('eachOnItsOwnTile(places)', () => {
	it('holds for the 31 provinces of the bundled grid', () => {
		expect(eachOnItsOwnTile(manifest.provinces)).toBe(true);
	});

	it('fails as soon as two places share a square (county-scale units on their province tile)', () => {
		const [gansu, zhejiang] = [620000, 330000].map((a) => manifest.provinces.find((p) => p.adcode === a)!);
		expect(eachOnItsOwnTile([gansu!, zhejiang!])).toBe(true);
		expect(eachOnItsOwnTile([gansu!, zhejiang!, { ...gansu!, adcode: 620001 }])).toBe(false);
	});
});

describe('placeTiles(values, places)', () => {
	it('puts every one of the 31 provinces on its own tile, in adcode order, with the value and rank of the year', async () => {
		const tiles = await tilesFor('pku_dfiic_coverage_breadth', 2018);
		expect(tiles).toHaveLength(31);
		expect(tiles.map((d) => d.adcode)).toEqual([...tiles.map((d) => d.adcode)].sort((a, b) => a - b));
		expect(new Set(tiles.map((d) => `${d.row},${d.col}`)).size).toBe(31);
		expect(tiles.find((d) => d.adcode === 620000)).toMatchObject({
			name_zh: '甘肃',
			region: 'west',
			value: 261.289635,
			rank: 26,
			row: 2,
			col: 1
		});
	});

	it('keeps a province without a value as a tile with null value and rank (Party School index 2020: Anhui only)', async () => {
		const tiles = await tilesFor('cps_online_service_index', 2020);
		expect(tiles).toHaveLength(31);
		expect(tiles.filter((d) => d.value != null).map((d) => [d.adcode, d.value, d.rank])).toEqual([
			[340000, 91.02, 1]
		]);
		expect(tiles.find((d) => d.adcode === 620000)).toMatchObject({ value: null, rank: null });
	});
});

describe('tileMapRows(tiles, context)', () => {
	it('has the columns indicator,year,adcode,province,region,value,rank and one row per province, no-data ones included', async () => {
		expect(TILE_MAP_COLUMNS).toEqual(['indicator', 'year', 'adcode', 'province', 'region', 'value', 'rank']);
		const tiles = await tilesFor('cps_online_service_index', 2020);
		const rows = tileMapRows(tiles, { indicator: 'cps_online_service_index', year: 2020, lang: 'en' });
		expect(rows).toHaveLength(31);
		expect(rows[0]).toEqual({
			indicator: 'cps_online_service_index',
			year: 2020,
			adcode: 110000,
			province: 'Beijing',
			region: 'east',
			value: null,
			rank: null
		});
		expect(rows.find((r) => r.adcode === 340000)).toMatchObject({ province: 'Anhui', value: 91.02, rank: 1 });
	});

	it('names the province in the view’s language', async () => {
		const tiles = await tilesFor('pku_dfiic_index_aggregate', 2019);
		const rows = tileMapRows(tiles, { indicator: 'pku_dfiic_index_aggregate', year: 2019, lang: 'zh' });
		expect(rows.find((r) => r.adcode === 620000)).toMatchObject({ province: '甘肃', value: 289.140469 });
	});
});

describe('provinceMap(values, places, context)', () => {
	it('gives the tiles, the colour scale over their values, the rows to download and how many have a value', async () => {
		const values = await queryProvinceValues(db, {
			indicator: 'cps_online_service_index',
			year: 2019,
			scheme: 'region4'
		});
		const context = { indicator: 'cps_online_service_index', year: 2019, lang: 'zh' } as const;
		const map = provinceMap(values, manifest.provinces, context);
		expect(map.tiles).toEqual(placeTiles(values, manifest.provinces));
		expect(map.rows).toEqual(tileMapRows(map.tiles, context));
		// The Party School index 2019 scores every province: 74.07 the lowest, 96.73 the highest (data/).
		expect(map.covered).toBe(31);
		expect(map.scale.domain).toEqual([74.07, 96.73]);
	});
});

describe('tile labels', () => {
	it('are the Chinese short name, or the English name one word a line', () => {
		const inner = { name_zh: '内蒙古', name_en: 'Inner Mongolia' };
		expect(tileLabelLines('zh', inner)).toEqual(['内蒙古']);
		expect(tileLabelLines('en', inner)).toEqual(['Inner', 'Mongolia']);
		expect(tileLabelLines('en', { name_zh: '黑龙江', name_en: 'Heilongjiang' })).toEqual(['Heilongjiang']);
	});

	it('shrink to fit the tile, up to a largest size', () => {
		expect(fitFontSize(['北京'], 62, 15)).toBe(15);
		expect(fitFontSize(['Heilongjiang'], 62, 12)).toBeLessThan(12);
		expect(fitFontSize(['Heilongjiang'], 62, 12) * 12 * 0.58).toBeLessThanOrEqual(62);
	});
});

describe('a province on a map, in words and keys', () => {
	const gansu = { adcode: 620000, name_zh: '甘肃', name_en: 'Gansu', region: 'west' as const };

	it('gives its value to two decimals, or "no data", never 0', () => {
		expect(tileValueText('zh', { value: 261.289635 })).toBe('261.29');
		expect(tileValueText('en', { value: 1234.5 })).toBe('1,234.50');
		expect(tileValueText('zh', { value: null })).toBe('无数据');
		expect(tileValueText('en', { value: null })).toBe('no data');
	});

	it('names it for a screen reader with its value and rank, or says it has no data', () => {
		expect(tileAriaLabel('en', { ...gansu, value: 261.289635, rank: 26 })).toBe('Gansu 261.29, rank 26');
		expect(tileAriaLabel('zh', { ...gansu, value: 261.289635, rank: 26 })).toBe('甘肃 261.29 第 26 名');
		expect(tileAriaLabel('en', { ...gansu, value: null, rank: null })).toBe('Gansu, no data');
	});

	it('toggles it on Enter and Space (without scrolling the page), and asks to hide the tooltip on Escape', () => {
		const press = (key: string) => {
			let toggled = 0;
			let prevented = false;
			const event = { key, preventDefault: () => (prevented = true) } as unknown as KeyboardEvent;
			const dismiss = onProvinceKey(event, () => toggled++);
			return { toggled, prevented, dismiss };
		};
		expect(press('Enter')).toEqual({ toggled: 1, prevented: true, dismiss: false });
		expect(press(' ')).toEqual({ toggled: 1, prevented: true, dismiss: false });
		expect(press('Escape')).toEqual({ toggled: 0, prevented: false, dismiss: true });
		expect(press('Tab')).toEqual({ toggled: 0, prevented: false, dismiss: false });
	});
});
