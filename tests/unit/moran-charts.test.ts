// The pure parts of the Moran trend and the Moran scatter: their download rows, the finding in words, the
// islands and reasons, the points drawn and the line through the origin.
import { describe, expect, it } from 'vitest';
import type { YearMeasured } from '$lib/metrics/measured';
import type { GlobalMoran, LocalMoran, MoranYear } from '$lib/metrics/moran-types';
import {
	MORAN_TREND_COLUMNS,
	islandsNote,
	moranFinding,
	moranMethod,
	moranReason,
	moranTrendRows
} from '$lib/charts/analysis/moran-trend';
import { lagged, moranPoints, originSlope, slopeSentence } from '$lib/charts/analysis/moran-scatter';
import { PROVINCES } from './support/chart-fixtures';

const BEIJING = 110000;
const HAINAN = 460000;

const globalMoran = (i: number, pPerm: number, provinces = 31, islands: number[] = []): GlobalMoran => ({
	provinces,
	i,
	expected: -1 / (provinces - 1),
	variance: 0.01,
	z: 4.2,
	pNorm: 0.00003,
	pPerm,
	permutations: 999,
	islands
});

const trend: YearMeasured<GlobalMoran>[] = [
	{ year: 2013, ok: true, value: globalMoran(0.52, 0.001) },
	{ year: 2011, ok: true, value: globalMoran(0.35, 0.002) },
	{ year: 2012, ok: false, reason: 'too_few_provinces', provinces: 6 },
	{ year: 2014, ok: true, value: globalMoran(0.04, 0.31) },
	{ year: 2015, ok: true, value: globalMoran(-0.21, 0.02) }
];

describe('moranTrendRows(rows, context)', () => {
	it('gives one row per year in year order, with exactly the columns of the download', () => {
		const rows = moranTrendRows(trend, { indicator: 'x', weights: 'queen' });
		expect(rows.map((r) => r.year)).toEqual([2011, 2012, 2013, 2014, 2015]);
		expect(Object.keys(rows[0]!)).toEqual([...MORAN_TREND_COLUMNS]);
		expect(rows[0]).toEqual({
			indicator: 'x',
			year: 2011,
			weights: 'queen',
			provinces: 31,
			moran_i: 0.35,
			expected_i: -1 / 30,
			z_norm: 4.2,
			p_norm: 0.00003,
			p_perm: 0.002,
			permutations: 999
		});
	});

	it('keeps a year without a figure with its number of provinces and no figures', () => {
		const rows = moranTrendRows(trend, { indicator: 'x', weights: 'knn4' });
		expect(rows[1]).toEqual({ indicator: 'x', year: 2012, weights: 'knn4', provinces: 6 });
	});
});

describe('moranFinding(lang, rows, year, indicator)', () => {
	it('says that high provinces border each other when I > 0 and p < 0.05, and what I was in the first year', () => {
		expect(moranFinding('zh', trend, 2013, '数字普惠金融指数')).toBe(
			'2013 年莫兰指数 I = 0.520，置换检验 p = 0.001：数字普惠金融指数高的省份彼此相邻，低的也彼此相邻（2011 年为 0.350）'
		);
		expect(moranFinding('en', trend, 2013, 'the index')).toBe(
			'In 2013, Moran’s I = 0.520, permutation p = 0.001: provinces where the index is high border each other, and so do those where it is low (0.350 in 2011)'
		);
	});

	it('says there is no significant clustering when p ≥ 0.05', () => {
		expect(moranFinding('zh', trend, 2014, '指数')).toBe(
			'2014 年莫兰指数 I = 0.040，置换检验 p = 0.310：没有显著的空间集聚（2011 年为 0.350）'
		);
		expect(moranFinding('en', trend, 2014, 'x')).toBe(
			'In 2014, Moran’s I = 0.040, permutation p = 0.310: no significant clustering (0.350 in 2011)'
		);
	});

	it('says high provinces border low ones when I < 0 is significant, with a true minus sign', () => {
		expect(moranFinding('zh', trend, 2015, '指数')).toBe(
			'2015 年莫兰指数 I = −0.210，置换检验 p = 0.020：指数高低相邻的省份多于相似相邻的（2011 年为 0.350）'
		);
	});

	it('leaves out the comparison in the first year, and says nothing for a year without a figure', () => {
		expect(moranFinding('en', trend, 2011, 'x')).toBe(
			'In 2011, Moran’s I = 0.350, permutation p = 0.002: provinces where x is high border each other, and so do those where it is low'
		);
		expect(moranFinding('zh', trend, 2012, 'x')).toBeNull();
		expect(moranFinding('zh', trend, 2030, 'x')).toBeNull();
	});
});

describe('moranReason, moranMethod and islandsNote', () => {
	it('moranReason says Moran’s I needs 8 provinces, and words other reasons as the other measures do', () => {
		expect(moranReason('zh', 'too_few_provinces', 6)).toBe('只有 6 个省份有数据（至少需要 8 个）');
		expect(moranReason('en', 'too_few_provinces', 1)).toBe(
			'only 1 province has data (at least 8 are needed)'
		);
		expect(moranReason('en', 'no_variation', 31)).toBe(
			'every province has the same value: there is no spread'
		);
	});

	it('moranMethod names the weights, the Hainan convention, the permutations and the seed', () => {
		expect(moranMethod('zh', 'queen')).toBe(
			'空间权重：省界相邻（海南按惯例与广东相邻），行标准化；置换检验：999 次随机置换，种子 20260101'
		);
		expect(moranMethod('en', 'knn4')).toBe(
			'Spatial weights: four nearest provincial capitals (great-circle distance), row-standardised; permutation test: 999 random permutations, seed 20260101'
		);
	});

	it('islandsNote names the provinces left without a neighbour, and is empty without any', () => {
		expect(islandsNote('zh', [HAINAN, BEIJING], PROVINCES)).toBe('没有相邻省份（不在散点图中）：海南、北京');
		expect(islandsNote('en', [HAINAN], PROVINCES)).toBe('Without a neighbour (not in the scatter): Hainan');
		expect(islandsNote('en', [], PROVINCES)).toBe('');
	});
});

const local = (
	adcode: number,
	z: number,
	lagZ: number | null,
	cluster: LocalMoran['cluster']
): LocalMoran => ({
	adcode,
	value: 100 + z,
	z,
	lagZ,
	localI: lagZ === null ? null : z * lagZ,
	pPerm: lagZ === null ? null : 0.01,
	cluster
});

describe('the Moran scatter’s points', () => {
	const year: MoranYear = {
		global: globalMoran(0.5, 0.001, 4, [HAINAN]),
		locals: [
			local(BEIJING, 1, 0.5, 'high-high'),
			local(440000, -1, -1, 'low-low'),
			local(HAINAN, 0.5, null, 'not-significant'),
			local(999999, 0, 0, 'not-significant')
		]
	};

	it('moranPoints names each province and gives its region in the scheme; an unknown adcode is left out', () => {
		const points = moranPoints(year, PROVINCES, 'region3');
		expect(points.map((p) => [p.adcode, p.name_en, p.region])).toEqual([
			[BEIJING, 'Beijing', 'east'],
			[440000, 'Guangdong', 'east'],
			[HAINAN, 'Hainan', 'east']
		]);
	});

	it('lagged leaves out the islands, which have no lag', () => {
		expect(lagged(moranPoints(year, PROVINCES, 'region4')).map((p) => p.adcode)).toEqual([BEIJING, 440000]);
	});

	it('originSlope is Σ z·lag / Σ z² (here (0.5 + 1) / 2 = 0.75), null when every z is 0', () => {
		expect(
			originSlope([
				{ z: 1, lagZ: 0.5 },
				{ z: -1, lagZ: -1 }
			])
		).toBe(0.75);
		expect(originSlope([{ z: 0, lagZ: 1 }])).toBeNull();
	});

	it('originSlope equals I when there are no islands (z standardised over n: Σ z² = n)', () => {
		// A path a–b–c–d with values 1, 2, 3, 4: z = (−3, −1, 1, 3)/√5, Σ z·lag = (3 + 1 + 1 + 3)/5, Σ z² = 4: I = 0.4.
		const z = [-3, -1, 1, 3].map((d) => d / Math.sqrt(5));
		const lag = [z[1]!, (z[0]! + z[2]!) / 2, (z[1]! + z[3]!) / 2, z[2]!];
		const slope = originSlope(z.map((v, k) => ({ z: v, lagZ: lag[k]! })));
		expect(slope).toBeCloseTo(0.4, 12);
	});

	it('slopeSentence says slope = I without islands, and names the provinces the slope covers with them', () => {
		const points = lagged(moranPoints(year, PROVINCES, 'region4'));
		expect(slopeSentence('zh', 0.5, points, 0)).toBe('过原点的最小二乘线，斜率 = I = 0.500');
		expect(slopeSentence('en', 0.5, points, 1)).toBe(
			'Least-squares line through the origin, slope 0.750 over the 2 provinces with a neighbour (I = 0.500)'
		);
	});
});
