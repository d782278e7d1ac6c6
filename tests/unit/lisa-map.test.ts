// The LISA map's pure parts and the rows it downloads (shared with the Moran scatter): hand-made local
// Morans for each way the finding can read, and the real data through the page's SQL and the reference
// functions (the aggregate index, 2020, shared borders: Shanghai, Zhejiang, Jiangsu and Fujian high–high).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '$lib/data/manifest';
import type { NodeDatabase } from '$lib/db/node';
import type { Measured } from '$lib/metrics/measured';
import type { LisaCluster, LocalMoran, MoranYear } from '$lib/metrics/moran-types';
import { moranOfYear } from '$lib/metrics/moran';
import { queryProvinceValues } from '$lib/queries/province-values';
import { LISA_COLUMNS, lisaRows } from '$lib/charts/analysis/lisa-rows';
import { LISA_COLOURS } from '$lib/charts/analysis/lisa-palette';
import {
	clusterCounts,
	lisaClusterKeys,
	lisaFill,
	lisaFinding,
	lisaIslandsNote,
	lisaNoFigureText,
	lisaTileLabel,
	lisaTileText,
	lisaTiles,
	lisaTooltipLines
} from '$lib/charts/analysis/lisa-map';
import { PROVINCES, provinceValues } from './support/chart-fixtures';
import { LISA_FIXTURE, LISA_YEAR } from './support/lisa-fixture';
import { realDatabase, realDataset } from './support/real-data';

const SHANGHAI = 310000;
const ZHEJIANG = 330000;
const TIBET = 540000;
const QINGHAI = 630000;
const JIANGXI = 360000;
const HAINAN = 460000;

/** A province's local Moran with only what a test reads set to something other than "not significant". */
const local = (adcode: number, value: number, cluster: LisaCluster, p = 0.5): LocalMoran => ({
	adcode,
	value,
	z: 0,
	lagZ: 0,
	localI: 0,
	pPerm: p,
	cluster
});

/** A year with `locals` and, for every other province, no value. */
const year = (locals: LocalMoran[], islands: number[] = []): MoranYear => ({
	global: {
		provinces: locals.length,
		i: 0.5,
		expected: -1 / (locals.length - 1),
		variance: 0.01,
		z: 5,
		pNorm: 0,
		pPerm: 0.001,
		permutations: 999,
		islands
	},
	locals
});

const view = { year: 2020, weights: 'queen', scheme: 'region4', lang: 'zh' } as const;
const indicator = { id: 'pku_dfiic_index_aggregate' };

describe('lisaRows(moran, view, indicator, places)', () => {
	const moran: Measured<MoranYear> = {
		ok: true,
		value: year([
			{
				adcode: SHANGHAI,
				value: 431.93,
				z: 2.66,
				lagZ: 1.55,
				localI: 4.12,
				pPerm: 0.016,
				cluster: 'high-high'
			},
			local(ZHEJIANG, 406.88, 'high-high', 0.007)
		])
	};

	it('has a row for each of the 31 provinces in adcode order, with exactly the columns LISA_COLUMNS names', () => {
		const rows = lisaRows(moran, view, indicator, PROVINCES);
		expect(rows).toHaveLength(31);
		expect(rows.map((r) => r.adcode)).toEqual([...PROVINCES].map((p) => p.adcode).sort((a, b) => a - b));
		for (const row of rows) expect(Object.keys(row)).toEqual([...LISA_COLUMNS]);
	});

	it('writes a province’s value, z, lag, local I, p and cluster, and leaves them empty where it has no value', () => {
		const rows = lisaRows(moran, view, indicator, PROVINCES);
		expect(rows.find((r) => r.adcode === SHANGHAI)).toEqual({
			indicator: 'pku_dfiic_index_aggregate',
			year: 2020,
			weights: 'queen',
			adcode: SHANGHAI,
			province: '上海',
			region: 'east',
			value: 431.93,
			z: 2.66,
			lag_z: 1.55,
			local_i: 4.12,
			p_perm: 0.016,
			cluster: 'high-high'
		});
		expect(rows.find((r) => r.adcode === TIBET)).toMatchObject({
			province: '西藏',
			value: null,
			z: null,
			lag_z: null,
			local_i: null,
			p_perm: null,
			cluster: null
		});
	});

	it('names the province in the view’s language and its region in the view’s scheme (Liaoning: northeast, or east in region3)', () => {
		const rows = lisaRows(moran, { ...view, lang: 'en', scheme: 'region3' }, indicator, PROVINCES);
		expect(rows.find((r) => r.adcode === 210000)).toMatchObject({ province: 'Liaoning', region: 'east' });
		expect(lisaRows(moran, view, indicator, PROVINCES).find((r) => r.adcode === 210000)?.region).toBe(
			'northeast'
		);
	});

	it('has no rows for a year without a figure', () => {
		expect(
			lisaRows({ ok: false, reason: 'too_few_provinces', provinces: 5 }, view, indicator, PROVINCES)
		).toEqual([]);
	});
});

describe('lisaTiles(moran, places, scheme) and what a tile shows', () => {
	const tiles = lisaTiles(
		year([
			local(SHANGHAI, 431.93, 'high-high', 0.016),
			local(JIANGXI, 340.61, 'low-high', 0.028),
			local(HAINAN, 344.05, 'not-significant')
		]),
		PROVINCES,
		'region4'
	);
	const tile = (adcode: number) => tiles.find((d) => d.adcode === adcode)!;

	it('places all 31 provinces at their tiles, a province without a value with local null', () => {
		expect(tiles).toHaveLength(31);
		expect(tile(SHANGHAI)).toMatchObject({ row: 3, col: 7, value: 431.93, rank: null });
		expect(tile(TIBET)).toMatchObject({ row: 3, col: 0, value: null, local: null });
	});

	it('fills a tile with its cluster’s colour', () => {
		expect(lisaFill(tile(SHANGHAI))).toBe(LISA_COLOURS['high-high']);
		expect(lisaFill(tile(JIANGXI))).toBe(LISA_COLOURS['low-high']);
		expect(lisaFill(tile(HAINAN))).toBe(LISA_COLOURS['not-significant']);
	});

	it('writes a significant cluster’s short name on its tile, "no data" where there is none, and nothing otherwise', () => {
		expect(lisaTileText('zh', tile(SHANGHAI))).toBe('高—高');
		expect(lisaTileText('en', tile(JIANGXI))).toBe('Low–high');
		expect(lisaTileText('zh', tile(TIBET))).toBe('无数据');
		expect(lisaTileText('zh', tile(HAINAN))).toBe('');
	});

	it('tells a screen reader the province, its cluster and p, or that it has no data', () => {
		expect(lisaTileLabel('zh', tile(SHANGHAI))).toBe('上海：高—高集聚，p = 0.016');
		expect(lisaTileLabel('en', tile(JIANGXI))).toBe('Jiangxi: Low–high outlier, p = 0.028');
		expect(lisaTileLabel('en', tile(TIBET))).toBe('Tibet, no data');
	});

	it('gives the tooltip the value, the cluster, local I and p', () => {
		expect(lisaTooltipLines('en', tile(SHANGHAI), (v) => v.toFixed(1))).toEqual([
			'Value: 431.9',
			'LISA cluster: High–high cluster',
			'Local Moran’s Iᵢ: 0.000',
			'Permutation p-value: 0.016'
		]);
		expect(lisaTooltipLines('zh', tile(TIBET), String)).toEqual(['数值: 无数据']);
	});

	it('says of a province without a neighbour that it has no local I', () => {
		const [island] = lisaTiles(
			year(
				[{ ...local(HAINAN, 344.05, 'not-significant'), lagZ: null, localI: null, pPerm: null }],
				[HAINAN]
			),
			PROVINCES.filter((p) => p.adcode === HAINAN),
			'region4'
		);
		expect(lisaTileLabel('zh', island!)).toBe('海南：没有相邻省份，不计算局部莫兰指数');
		expect(lisaTooltipLines('en', island!, String)).toEqual([
			'Value: 344.05',
			'No neighbour, so no local Moran’s I'
		]);
	});
});

describe('clusterCounts(locals) and lisaClusterKeys(lang, counts)', () => {
	it('counts the provinces of each cluster, zero for a cluster with none', () => {
		const counts = clusterCounts([
			local(SHANGHAI, 1, 'high-high'),
			local(ZHEJIANG, 1, 'high-high'),
			local(TIBET, 1, 'low-low'),
			local(HAINAN, 1, 'not-significant')
		]);
		expect(counts).toEqual({
			'high-high': 2,
			'low-low': 1,
			'high-low': 0,
			'low-high': 0,
			'not-significant': 1
		});
	});

	it('gives each cluster a legend key with its colour and count, in the order of LISA_CLUSTERS', () => {
		const keys = lisaClusterKeys('zh', {
			'high-high': 4,
			'low-low': 8,
			'high-low': 0,
			'low-high': 1,
			'not-significant': 18
		});
		expect(keys.map((k) => k.label)).toEqual([
			'高—高集聚 4',
			'低—低集聚 8',
			'高—低离群 0',
			'低—高离群 1',
			'不显著 18'
		]);
		expect(keys[0]).toMatchObject({ kind: 'high-high', fill: LISA_COLOURS['high-high'] });
	});
});

describe('lisaFinding(lang, tiles, year)', () => {
	const finding = (lang: 'zh' | 'en', locals: LocalMoran[]) =>
		lisaFinding(lang, lisaTiles(year(locals), PROVINCES, 'region4'), 2020);

	it('names the high–high provinces, highest first, and the low–low ones, lowest first', () => {
		const locals = [
			local(ZHEJIANG, 406.88, 'high-high'),
			local(SHANGHAI, 431.93, 'high-high'),
			local(TIBET, 310.53, 'low-low'),
			local(QINGHAI, 298.23, 'low-low'),
			local(HAINAN, 344.05, 'not-significant')
		];
		expect(finding('zh', locals)).toBe(
			'2020 年，上海和浙江构成高—高集聚，青海和西藏构成低—低集聚（p < 0.05）'
		);
		expect(finding('en', locals)).toBe(
			'In 2020, Shanghai and Zhejiang form a high–high cluster and Qinghai and Tibet a low–low one (p < 0.05)'
		);
	});

	it('says when only one kind of cluster is significant, in the singular for one province', () => {
		expect(finding('en', [local(SHANGHAI, 431.93, 'high-high')])).toBe(
			'In 2020, Shanghai forms a high–high cluster; no province is in a low–low one (p < 0.05)'
		);
		expect(finding('zh', [local(TIBET, 310.53, 'low-low')])).toBe(
			'2020 年，西藏构成低—低集聚，没有省份属于高—高集聚（p < 0.05）'
		);
	});

	it('says when only spatial outliers are significant, and when no province is', () => {
		expect(finding('en', [local(JIANGXI, 340.61, 'low-high')])).toBe(
			'In 2020, no province is in a high–high or a low–low cluster; 1 province is a spatial outlier (p < 0.05)'
		);
		expect(finding('zh', [local(HAINAN, 344.05, 'not-significant')])).toBe(
			'2020 年没有省份的局部莫兰指数在 p < 0.05 下显著'
		);
	});
});

describe('lisaIslandsNote and lisaNoFigureText', () => {
	it('lists the provinces without a neighbour by name, and says nothing when there are none', () => {
		expect(lisaIslandsNote('en', year([local(HAINAN, 1, 'not-significant')], [HAINAN]), PROVINCES)).toBe(
			'Without a neighbour (no local Moran’s I; still counted in the mean and standard deviation): Hainan'
		);
		expect(lisaIslandsNote('zh', year([local(HAINAN, 1, 'not-significant')]), PROVINCES)).toBe('');
	});

	it('says why there is no map: fewer than 8 provinces, or no variation', () => {
		expect(lisaNoFigureText('zh', { reason: 'too_few_provinces', provinces: 5 }, 2011)).toBe(
			'2011 年无法绘制 LISA 集聚图：只有 5 个省份有数据（至少需要 8 个）。'
		);
		expect(lisaNoFigureText('en', { reason: 'too_few_provinces', provinces: 1 }, 2011)).toBe(
			'No LISA cluster map for 2011: only 1 province has data (at least 8 are needed).'
		);
		expect(lisaNoFigureText('en', { reason: 'no_variation', provinces: 31 }, 2011)).toBe(
			'No LISA cluster map for 2011: every province has the same value: there is no spread.'
		);
	});
});

describe('the LISA map of the real data', () => {
	let db: NodeDatabase;
	let manifest: Manifest;
	beforeAll(async () => {
		db = await realDatabase();
		manifest = (await realDataset()).manifest;
	});
	afterAll(() => db?.close());

	const moranFor = async (weights: 'queen' | 'knn4') => {
		const values = await queryProvinceValues(db, { indicator: indicator.id, year: 2020, scheme: 'region4' });
		return moranOfYear(values, weights, manifest);
	};

	it('aggregate index 2020, shared borders: the east coast high–high, the west and the northeast low–low', async () => {
		const moran = await moranFor('queen');
		if (!moran.ok) throw new Error(moran.reason);
		const tiles = lisaTiles(moran.value, manifest.provinces, 'region4');
		expect(lisaFinding('zh', tiles, 2020)).toBe(
			'2020 年，上海、浙江、江苏和福建构成高—高集聚，青海、甘肃、黑龙江、吉林、新疆、内蒙古、西藏、辽宁和四川构成低—低集聚（p < 0.05）'
		);
		expect(clusterCounts(moran.value.locals)).toEqual({
			'high-high': 4,
			'low-low': 9,
			'high-low': 0,
			'low-high': 1,
			'not-significant': 17
		});
	});

	it('aggregate index 2020, four nearest capitals: Anhui joins the high–high cluster, fewer low–low provinces', async () => {
		const moran = await moranFor('knn4');
		if (!moran.ok) throw new Error(moran.reason);
		expect(lisaFinding('en', lisaTiles(moran.value, manifest.provinces, 'region4'), 2020)).toBe(
			'In 2020, Shanghai, Zhejiang, Jiangsu, Fujian and Anhui form a high–high cluster and Xinjiang, Ningxia and Tibet a low–low one (p < 0.05)'
		);
	});

	it('gives the snapshot’s fixed local Morans (support/lisa-fixture.ts) for the chart fixture’s 2020 values, to 1e-4', () => {
		const moran = moranOfYear(provinceValues(LISA_YEAR), 'queen', manifest);
		if (!moran.ok) throw new Error(moran.reason);
		expect(moran.value.global.i).toBeCloseTo(LISA_FIXTURE.global.i, 4);
		expect(moran.value.locals).toHaveLength(LISA_FIXTURE.locals.length);
		moran.value.locals.forEach((l, k) => {
			const fixed = LISA_FIXTURE.locals[k] as LocalMoran;
			expect({ adcode: l.adcode, cluster: l.cluster, pPerm: l.pPerm }).toEqual({
				adcode: fixed.adcode,
				cluster: fixed.cluster,
				pPerm: fixed.pPerm
			});
			expect(l.localI).toBeCloseTo(fixed.localI as number, 4);
			expect(l.lagZ).toBeCloseTo(fixed.lagZ as number, 4);
		});
	});

	it('downloads 31 rows whose clusters are the reference function’s', async () => {
		const moran = await moranFor('queen');
		const rows = lisaRows(moran, view, indicator, manifest.provinces);
		expect(rows).toHaveLength(31);
		expect(rows.filter((r) => r.cluster === 'high-high').map((r) => r.adcode)).toEqual([
			310000, 320000, 330000, 350000
		]);
		expect(rows.find((r) => r.adcode === 650000)).toMatchObject({ cluster: 'low-low', p_perm: 0.006 });
	});
});
