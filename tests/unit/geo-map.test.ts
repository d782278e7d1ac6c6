// The geographic map over a user's own base map, its pure parts: which province a feature is, reading
// GeoJSON and TopoJSON, the approval number, and projecting the shapes. Every geometry here is synthetic
// (squares on a grid), built for the test.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { matchFeatures, provinceMatcher } from '$lib/geo/match-provinces';
import type { NamedProvince } from '$lib/places/named-province';
import { BaseMapError, readBaseMap } from '$lib/geo/read-base-map';
import { MAX_BASE_MAP_BYTES } from '$lib/geo/limits';
import { BaseMapSession } from '$lib/state/base-map.svelte';
import { approvalNumber, MAX_APPROVAL_LENGTH } from '$lib/geo/approval';
import { drawShapes, isLonLat, rewindForSphere } from '$lib/geo/draw-shapes';
import type { Polygon } from 'geojson';
import { UNMATCHED_NAME, square, syntheticBaseMap, toTopology } from '../browser/support/synthetic-base-map';

const PLACES: NamedProvince[] = csvParse(
	readFileSync(new URL('../../data/provinces.csv', import.meta.url), 'utf8')
).map((d) => ({
	adcode: Number(d.adcode),
	name_zh: d.name_zh as string,
	name_en: d.name_en as string,
	pinyin: d.pinyin as string
}));
const ADCODES = PLACES.map((p) => p.adcode);
const match = provinceMatcher(PLACES);
const of = (properties: Record<string, unknown> | null, id?: string | number) =>
	match({ properties, id }).adcode;

/** The official full names of the 31 provincial units. */
const FULL_NAMES: Record<number, string> = {
	110000: '北京市',
	120000: '天津市',
	130000: '河北省',
	140000: '山西省',
	150000: '内蒙古自治区',
	210000: '辽宁省',
	220000: '吉林省',
	230000: '黑龙江省',
	310000: '上海市',
	320000: '江苏省',
	330000: '浙江省',
	340000: '安徽省',
	350000: '福建省',
	360000: '江西省',
	370000: '山东省',
	410000: '河南省',
	420000: '湖北省',
	430000: '湖南省',
	440000: '广东省',
	450000: '广西壮族自治区',
	460000: '海南省',
	500000: '重庆市',
	510000: '四川省',
	520000: '贵州省',
	530000: '云南省',
	540000: '西藏自治区',
	610000: '陕西省',
	620000: '甘肃省',
	630000: '青海省',
	640000: '宁夏回族自治区',
	650000: '新疆维吾尔自治区'
};

describe('provinceMatcher(places)(feature)', () => {
	it('matches by code under the usual property names, and by the feature’s own id', () => {
		expect(of({ adcode: 110000 })).toBe(110000);
		expect(of({ adcode: '110000', name: 'not a name' })).toBe(110000);
		expect(of({ ADCODE: 320000 })).toBe(320000);
		expect(of({ code: '32' })).toBe(320000);
		expect(of({ GB: '156320000' })).toBe(320000);
		expect(of({ id: 320000 })).toBe(320000);
		expect(of({ 行政区划代码: '320000' })).toBe(320000);
		expect(of({ iso_3166_2: 'CN-JS' })).toBe(320000);
		expect(of({}, '320000')).toBe(320000);
		expect(match({ properties: { adcode: 320000 } })).toEqual({
			adcode: 320000,
			by: 'code',
			label: '320000'
		});
	});

	it('does not read a running number in `id` as a two-digit prefix', () => {
		expect(of({ id: 11 })).toBeNull();
		expect(of({}, 11)).toBeNull();
	});

	it('prefers the code to the name when both are given', () => {
		expect(match({ properties: { name: '北京市', adcode: 120000 } })).toEqual({
			adcode: 120000,
			by: 'code',
			label: '北京市'
		});
	});

	it('matches all 31 official full names (省, 市, 自治区 with their peoples) to distinct provinces', () => {
		for (const [adcode, name] of Object.entries(FULL_NAMES)) {
			expect(match({ properties: { name } })).toEqual({ adcode: Number(adcode), by: 'name', label: name });
		}
	});

	it('matches short names, traditional characters and a name with its variants after "|"', () => {
		for (const p of PLACES) expect(of({ name: p.name_zh })).toBe(p.adcode);
		expect(of({ NAME: '廣西壯族自治區' })).toBe(450000);
		expect(of({ 省: '內蒙古' })).toBe(150000);
		expect(of({ 省份: '黑龍江省' })).toBe(230000);
		expect(of({ NL_NAME_1: '陝西|陕西' })).toBe(610000);
		expect(of({ name_zh: ' 重庆 市 ' })).toBe(500000);
	});

	it('matches English names, with or without their administrative words', () => {
		for (const p of PLACES) expect(of({ name_en: p.name_en })).toBe(p.adcode);
		expect(of({ NAME_1: 'Inner Mongolia Autonomous Region' })).toBe(150000);
		expect(of({ name: 'Nei Mongol' })).toBe(150000);
		expect(of({ name: 'Guangxi Zhuang Autonomous Region' })).toBe(450000);
		expect(of({ name: 'Ningxia Hui' })).toBe(640000);
		expect(of({ name: 'Xinjiang Uygur Autonomous Region' })).toBe(650000);
		expect(of({ name: 'Tibet Autonomous Region' })).toBe(540000);
		expect(of({ name: 'Beijing Municipality' })).toBe(110000);
		expect(of({ name: 'Heilongjiang Province' })).toBe(230000);
	});

	it('matches pinyin, keeping Shaanxi 陕西 and Shanxi 山西 apart and Anhui whole', () => {
		for (const p of PLACES) expect(of({ pinyin: p.pinyin })).toBe(p.adcode);
		expect(of({ name: 'Nei Menggu Zizhiqu' })).toBe(150000);
		expect(of({ name: 'Xizang' })).toBe(540000);
		expect(of({ name: 'Shaanxi' })).toBe(610000);
		expect(of({ name: 'Shanxi Sheng' })).toBe(140000);
		expect(of({ name: 'Anhui' })).toBe(340000);
		expect(of({ name: 'Anhui Sheng' })).toBe(340000);
		expect(of({ name: 'Guangxi Zhuangzu Zizhiqu' })).toBe(450000);
	});

	it('looks at other text properties when the usual ones name nothing', () => {
		expect(of({ 地区: '福建省', 类别: '省' })).toBe(350000);
	});

	it('matches nothing for places outside these data, lines and features without names', () => {
		for (const name of ['台湾省', '香港特别行政区', '澳門特別行政區', 'Hong Kong', 'Macau', '南海诸岛', '']) {
			expect(of({ name })).toBeNull();
		}
		expect(of({ adcode: 710000, name: '台湾省' })).toBeNull();
		expect(of({ adcode: '100000_JD', name: '' })).toBeNull();
		expect(of(null)).toBeNull();
		expect(match({ properties: { name: '台湾省', adcode: 710000 } })).toEqual({
			adcode: null,
			by: null,
			label: '台湾省'
		});
		expect(match({ properties: { level: 1 } }).label).toBe('');
	});
});

describe('matchFeatures(features, places)', () => {
	it('says how many features matched, names those that did not, and lists provinces without a feature', () => {
		const features = [
			{ properties: { adcode: 110000 } },
			{ properties: { name: '天津市' } },
			{ properties: { name: '天津' } }, // a second part of the same province
			{ properties: { name: '台湾省' } },
			{ properties: null }
		];
		const report = matchFeatures(features, PLACES);
		expect(report.matched).toBe(3);
		expect(report.matches.map((m) => m.adcode)).toEqual([110000, 120000, 120000, null, null]);
		expect(report.unmatched).toEqual(['台湾省', '']);
		expect(report.missing).toEqual(ADCODES.filter((a) => a !== 110000 && a !== 120000));
	});

	it('matches every square of the synthetic test map but "测试区域"', () => {
		const map = syntheticBaseMap(ADCODES);
		const report = matchFeatures(map.features, PLACES);
		expect(report.matched).toBe(31);
		expect(report.unmatched).toEqual([UNMATCHED_NAME]);
		expect(report.missing).toEqual([]);
	});
});

describe('readBaseMap(text)', () => {
	const collection = syntheticBaseMap([110000, 120000]);

	it('reads a FeatureCollection as one layer, and a single Feature', () => {
		const layers = readBaseMap(JSON.stringify(collection));
		expect(layers).toHaveLength(1);
		expect(layers[0]?.name).toBeNull();
		expect(layers[0]?.features.map((f) => f.properties)).toEqual([
			{ adcode: 110000 },
			{ adcode: 120000 },
			{ name: UNMATCHED_NAME }
		]);
		expect(readBaseMap(JSON.stringify(collection.features[0]))[0]?.features).toHaveLength(1);
	});

	it('reads a (quantized) Topology: each object a layer, with the same coordinates as the GeoJSON', () => {
		const text = JSON.stringify(
			toTopology({ provinces: collection, south: syntheticBaseMap([440000, 460000]) })
		);
		const layers = readBaseMap(text);
		expect(layers.map((d) => d.name)).toEqual(['provinces', 'south']);
		expect(layers[1]?.features.map((f) => f.properties)).toEqual([
			{ adcode: 440000 },
			{ adcode: 460000 },
			{ name: UNMATCHED_NAME }
		]);
		const first = layers[0]?.features ?? [];
		expect(first.map((f) => f.properties)).toEqual(collection.features.map((f) => f.properties));
		const ring = (first[1]?.geometry as Polygon).coordinates[0] ?? [];
		const expected = collection.features[1]?.geometry.coordinates[0] ?? [];
		expect(ring).toHaveLength(expected.length);
		ring.forEach((p, i) => {
			expect(p[0]).toBeCloseTo(expected[i]?.[0] as number, 6);
			expect(p[1]).toBeCloseTo(expected[i]?.[1] as number, 6);
		});
	});

	it('leaves out features without a drawable geometry and counts them, and ignores a byte-order mark', () => {
		const text =
			'\uFEFF' +
			JSON.stringify({
				type: 'FeatureCollection',
				features: [
					...collection.features,
					{ type: 'Feature', properties: { name: '北京' }, geometry: null },
					{ type: 'Feature', properties: {}, geometry: { type: 'Polygon' } },
					'junk'
				]
			});
		const [layer] = readBaseMap(text);
		expect(layer?.features).toHaveLength(3);
		expect(layer?.skipped).toBe(3);
	});

	it('refuses text that is not JSON, JSON that is not a map, a map with nothing to draw and a broken Topology', () => {
		const problem = (text: string) => {
			try {
				readBaseMap(text);
			} catch (error) {
				return error instanceof BaseMapError ? error.problem : 'other';
			}
			return 'none';
		};
		expect(problem('<html>not json</html>')).toBe('json');
		expect(problem('{"type":')).toBe('json');
		expect(problem('[1,2,3]')).toBe('notGeo');
		expect(problem('{"type":"Polygon","coordinates":[]}')).toBe('notGeo');
		expect(problem('{"type":"FeatureCollection","features":[]}')).toBe('empty');
		expect(problem('{"type":"Topology","objects":{}}')).toBe('topology');
		expect(problem('{"type":"Topology","objects":{"a":{"type":"Polygon","arcs":[[7]]}},"arcs":[]}')).toBe(
			'topology'
		);
		expect(problem('{"type":"Topology","objects":{},"arcs":[]}')).toBe('empty');
	});
});

describe('approvalNumber(input)', () => {
	it('trims, makes runs of spaces one, drops a typed "审图号：" label and control characters', () => {
		expect(approvalNumber('  GS(2019)1822号 ')).toBe('GS(2019)1822号');
		expect(approvalNumber('审图号：GS(2019)1822号')).toBe('GS(2019)1822号');
		expect(approvalNumber('审图号 GS京(2022)1061号')).toBe('GS京(2022)1061号');
		expect(approvalNumber('GS(2019)\n\t1822号')).toBe('GS(2019) 1822号');
		expect(approvalNumber('   ')).toBe('');
	});

	it(`keeps at most ${MAX_APPROVAL_LENGTH} characters, and markup stays text`, () => {
		expect(approvalNumber('x'.repeat(100))).toHaveLength(MAX_APPROVAL_LENGTH);
		expect(approvalNumber('<b>GS</b>')).toBe('<b>GS</b>');
	});
});

describe('drawShapes(items, layout)', () => {
	const layout = { width: 800, top: 48, bottom: 26, pad: 8, maxAspect: 1.1 };
	const items = (adcodes: number[]) =>
		syntheticBaseMap(adcodes).features.map((feature, i) => ({
			feature,
			adcode: adcodes[i] ?? null,
			label: String(feature.properties?.name ?? '')
		}));

	/** Every number in the paths lies inside the box the map is fitted into. */
	const inside = (d: string, [[x0, y0], [x1, y1]]: [[number, number], [number, number]]) => {
		const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
		return numbers.every((n, i) =>
			i % 2 === 0 ? n >= x0 - 0.1 && n <= x1 + 0.1 : n >= y0 - 0.1 && n <= y1 + 0.1
		);
	};

	it('fits longitude/latitude squares into the width, grouped by province, the rest apart', () => {
		const shapes = drawShapes([...items(ADCODES)], layout);
		expect(shapes.planar).toBe(false);
		expect(shapes.provinces).toHaveLength(31);
		expect(shapes.others).toEqual([expect.objectContaining({ label: UNMATCHED_NAME, line: false })]);
		expect(shapes.width).toBe(800);
		expect(shapes.height).toBe(shapes.extent[1][1] + 26);
		expect(shapes.extent[0]).toEqual([8, 48]);
		for (const shape of shapes.provinces) {
			expect(shape.paths).toHaveLength(1);
			expect(inside(shape.paths[0]?.d ?? '', shapes.extent)).toBe(true);
		}
	});

	it('draws the same whichever way the rings are wound (RFC 7946 anticlockwise or d3’s clockwise)', () => {
		const anticlockwise = drawShapes(items(ADCODES), layout);
		const clockwise = drawShapes(
			items(ADCODES).map((item) => ({
				...item,
				feature: {
					...item.feature,
					geometry: {
						type: 'Polygon' as const,
						coordinates: item.feature.geometry.coordinates.map((ring) => [...ring].reverse())
					}
				}
			})),
			layout
		);
		expect(clockwise.height).toBe(anticlockwise.height);
		expect(clockwise.provinces.map((d) => d.centroid.map(Math.round))).toEqual(
			anticlockwise.provinces.map((d) => d.centroid.map(Math.round))
		);
	});

	it('puts provinces in reading order: north to south, then west to east', () => {
		const shapes = drawShapes(items(ADCODES), layout);
		// The grid has eight squares a row, in adcode order.
		expect(shapes.provinces.map((d) => d.adcode)).toEqual(ADCODES);
	});

	it('draws projected coordinates as they are, y up, and strokes lines', () => {
		const metres = (lon: number, lat: number) => square(lon * 100_000, lat * 100_000, 400_000);
		const shapes = drawShapes(
			[
				{
					feature: {
						type: 'Feature',
						properties: {},
						geometry: { type: 'Polygon', coordinates: [metres(0, 40)] }
					},
					adcode: 110000,
					label: ''
				},
				{
					feature: {
						type: 'Feature',
						properties: {},
						geometry: { type: 'Polygon', coordinates: [metres(0, 20)] }
					},
					adcode: 460000,
					label: ''
				},
				{
					feature: {
						type: 'Feature',
						properties: {},
						geometry: {
							type: 'LineString',
							coordinates: [
								[500_000, 1_000_000],
								[600_000, 1_200_000]
							]
						}
					},
					adcode: null,
					label: '南海诸岛'
				}
			],
			layout
		);
		expect(shapes.planar).toBe(true);
		const [north, south] = shapes.provinces;
		expect(north?.adcode).toBe(110000);
		expect((north?.centroid[1] ?? 0) < (south?.centroid[1] ?? 0)).toBe(true);
		expect(shapes.others).toEqual([expect.objectContaining({ line: true, label: '南海诸岛' })]);
	});

	it('tells longitude/latitude from projected coordinates, and rewinds each ring to enclose its smaller side', () => {
		expect(isLonLat([{ type: 'Point', coordinates: [116, 40] }])).toBe(true);
		expect(isLonLat([{ type: 'Point', coordinates: [12_000_000, 4_000_000] }])).toBe(false);
		const ring = square(110, 30, 2);
		const hole = square(110.5, 30.5, 0.5);
		const rewound = rewindForSphere({ type: 'Polygon', coordinates: [ring, hole] }) as Polygon;
		const again = rewindForSphere(rewound) as Polygon;
		expect(again.coordinates).toEqual(rewound.coordinates);
		expect(rewound.coordinates[0]).toEqual([...ring].reverse());
		expect(rewound.coordinates[1]).toEqual(hole);
	});
});

describe('BaseMapSession', () => {
	const topology = JSON.stringify(
		toTopology({
			south: syntheticBaseMap([440000, 460000]),
			provinces: syntheticBaseMap(ADCODES)
		})
	);

	it('opens a Topology on the layer with the most provinces, and another layer when asked', async () => {
		const session = new BaseMapSession();
		expect(await session.open(topology, 'china.topojson', PLACES)).toBe(true);
		expect(session.layers.map((d) => d.name)).toEqual(['south', 'provinces']);
		expect(session.layer).toBe(1);
		expect(session.current?.features).toHaveLength(32);
		expect(await session.open(topology, 'china.topojson', PLACES, 0)).toBe(true);
		expect(session.current?.name).toBe('south');
	});

	it('draws nothing without an approval number, which is tidied as typed', async () => {
		const session = new BaseMapSession();
		await session.open(topology, 'china.topojson', PLACES);
		expect(session.approval).toBe('');
		session.approvalInput = ' 审图号：GS(2019)1822号 ';
		expect(session.approval).toBe('GS(2019)1822号');
	});

	it('keeps the loaded map when a file cannot be used, and says why', async () => {
		const session = new BaseMapSession();
		await session.open(topology, 'china.topojson', PLACES);
		expect(await session.open('not json', 'junk.json', PLACES)).toBe(false);
		expect(session.error?.key).toBe('geoMap_errorJson');
		expect(await session.open(JSON.stringify(syntheticBaseMap([])), 'nothing.json', PLACES)).toBe(false);
		expect(session.error).toEqual({ key: 'geoMap_errorNoMatch' });
		expect(session.fileName).toBe('china.topojson');

		const huge = { size: MAX_BASE_MAP_BYTES + 1, name: 'huge.json', text: async () => '' } as File;
		await session.load(huge, PLACES);
		expect(session.error).toEqual({ key: 'geoMap_errorTooBig', vars: { size: '30.0', max: 30 } });
		expect(session.current?.name).toBe('provinces');

		session.remove();
		expect(session.current).toBeNull();
		expect(session.fileName).toBe('');
	});
});
