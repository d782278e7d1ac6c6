// Spatial weights, global and local Moran's I: the reference functions on small graphs worked by hand in
// the comments, and on the real data against an independent DuckDB computation from data/ (moran-reference.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Capital, Contiguity } from '$lib/data/manifest';
import { localMoran } from '$lib/metrics/local-moran';
import type { Measured } from '$lib/metrics/measured';
import { globalMoran, moranOfYear, moranTrend } from '$lib/metrics/moran';
import type { SpatialWeights } from '$lib/metrics/moran-types';
import { erfc, normalTwoSidedP } from '$lib/metrics/normal';
import { ols } from '$lib/metrics/ols';
import { foldedPseudoP } from '$lib/metrics/permutation-p';
import { greatCircleKm, spatialWeights, type Geography } from '$lib/metrics/spatial-weights';
import type { NodeDatabase } from '$lib/db/node';
import { moranReference } from './support/moran-reference';
import { realDatabase, realDataset } from './support/real-data';

const value = <V>(m: Measured<V>): V => {
	if (!m.ok) throw new Error(`not measured: ${m.reason}`);
	return m.value;
};
const capital = (adcode: number, lon: number, lat: number): Capital => ({
	adcode,
	name_zh: String(adcode),
	name_en: String(adcode),
	lon,
	lat
});
const border = (a: number, b: number): Contiguity => ({ a, b, kind: 'border' });

// Five units on a path 1 – 2 – 3 – 4 – 5 (queen = rook here); no capitals needed for queen.
const PATH: Geography = {
	contiguity: [border(1, 2), border(2, 3), border(3, 4), border(4, 5)],
	capitals: []
};
const PATH_IDS = [1, 2, 3, 4, 5];
// x = 1, 3, 5, 7, 9: mean 5, z = −4, −2, 0, 2, 4, Σz² = 40.
const PATH_VALUES = [1, 3, 5, 7, 9];

/** Var[I] under normality from the dense matrix, written out term by term (Cliff & Ord 1981, eq. 1.38). */
function denseVariance(w: SpatialWeights): number {
	const n = w.ids.length;
	const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
	w.neighbours.forEach((row, i) => row.forEach((j, r) => ((m[i] as number[])[j] = w.weights[i]?.[r] ?? 0)));
	const at = (i: number, j: number) => m[i]?.[j] ?? 0;
	let s0 = 0;
	let s1 = 0;
	let s2 = 0;
	for (let i = 0; i < n; i++) {
		let row = 0;
		let col = 0;
		for (let j = 0; j < n; j++) {
			s0 += at(i, j);
			s1 += (at(i, j) + at(j, i)) ** 2 / 2;
			row += at(i, j);
			col += at(j, i);
		}
		s2 += (row + col) ** 2;
	}
	return (n * n * s1 - n * s2 + 3 * s0 * s0) / ((n * n - 1) * s0 * s0) - 1 / (n - 1) ** 2;
}

describe('greatCircleKm(a, b)', () => {
	it('is a quarter of a great circle, R·π/2 = 10,007.56 km, from the equator to the pole', () => {
		expect(greatCircleKm({ lon: 0, lat: 0 }, { lon: 0, lat: 90 })).toBeCloseTo((6371.0088 * Math.PI) / 2, 9);
	});

	it('is R·Δλ on the equator (1° of longitude = 111.195 km) and symmetric', () => {
		const a = { lon: 100, lat: 0 };
		const b = { lon: 101, lat: 0 };
		expect(greatCircleKm(a, b)).toBeCloseTo((6371.0088 * Math.PI) / 180, 9);
		expect(greatCircleKm(b, a)).toBe(greatCircleKm(a, b));
		expect(greatCircleKm(a, a)).toBe(0);
	});

	it('is R·π between antipodes (no NaN where the haversine rounds above 1)', () => {
		expect(greatCircleKm({ lon: 0, lat: 0 }, { lon: 180, lat: 0 })).toBeCloseTo(6371.0088 * Math.PI, 9);
	});
});

describe('spatialWeights(queen, ids, geography)', () => {
	it('row-standardises the contiguity pairs: an end of the path has weight 1, an inner unit ½ and ½', () => {
		const w = spatialWeights('queen', PATH_IDS, PATH);
		expect(w.ids).toEqual(PATH_IDS);
		expect(w.neighbours).toEqual([[1], [0, 2], [1, 3], [2, 4], [3]]);
		expect(w.weights).toEqual([[1], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [1]]);
		expect(w.islands).toEqual([]);
	});

	it('drops a province without a value, re-standardises its neighbours and lists the unit left alone as an island', () => {
		// Without 2: 1 has no neighbour left; 3 keeps only 4 (weight 1, was ½).
		const w = spatialWeights('queen', [1, 3, 4, 5], PATH);
		expect(w.neighbours).toEqual([[], [2], [1, 3], [2]]);
		expect(w.weights).toEqual([[], [1], [0.5, 0.5], [1]]);
		expect(w.islands).toEqual([1]);
	});

	it('indexes neighbours by position in ids, whatever the order of ids', () => {
		const w = spatialWeights('queen', [5, 4, 3, 2, 1], PATH);
		expect(w.neighbours).toEqual([[1], [0, 2], [1, 3], [2, 4], [3]]);
	});

	it('ignores pairs with a province outside ids (a convention pair too)', () => {
		const geography = {
			...PATH,
			contiguity: [...PATH.contiguity, { a: 1, b: 99, kind: 'convention' as const }]
		};
		expect(spatialWeights('queen', PATH_IDS, geography).neighbours[0]).toEqual([1]);
	});
});

describe('spatialWeights(knn4, ids, geography)', () => {
	// On the equator and the meridian 0 (all distances are whole degrees of arc):
	// 10 at (0, 0); 20 at lon 1; 30 at lon −1; 60 at lon 2; 50 at lon −2; 40 at lat 2; 70 at lon 5.
	const capitals = [
		capital(10, 0, 0),
		capital(20, 1, 0),
		capital(30, -1, 0),
		capital(60, 2, 0),
		capital(50, -2, 0),
		capital(40, 0, 2),
		capital(70, 5, 0)
	];
	const geography: Geography = { contiguity: [], capitals };
	const ids = capitals.map((c) => c.adcode);
	const w = spatialWeights('knn4', ids, geography);
	const adcodesOf = (k: number) => (w.neighbours[k] ?? []).map((j) => ids[j]);

	it('takes the 4 nearest capitals, nearest first, each with weight ¼', () => {
		// 70 (lon 5): 60 at 3°, 20 at 4°, 10 at 5°, 30 at 6° (then 50 at 7°, 40 at ≈5.39°: 40 is nearer than 30).
		expect(adcodesOf(6)).toEqual([60, 20, 10, 40]);
		expect(w.weights.every((row) => row.length === 4 && row.every((x) => x === 0.25))).toBe(true);
		expect(w.islands).toEqual([]);
	});

	it('breaks a tie at equal distance by the smaller adcode', () => {
		// 10: 20 and 30 at 1°, then 60, 50 and 40 all at 2°: 40 and 50 are taken, 60 is not.
		expect(adcodesOf(0)).toEqual([20, 30, 40, 50]);
	});

	it('is asymmetric: 70 counts 40 among its neighbours, 40 does not count 70', () => {
		expect(adcodesOf(5)).not.toContain(70);
	});

	it('uses only the provinces in ids', () => {
		const some = spatialWeights('knn4', [70, 60, 20, 10, 30], geography);
		expect(some.neighbours[0]?.map((j) => [70, 60, 20, 10, 30][j])).toEqual([60, 20, 10, 30]);
	});

	it('refuses a province without a capital', () => {
		expect(() => spatialWeights('knn4', [10, 20, 30, 40, 99], geography)).toThrow(/99/);
	});
});

describe('globalMoran(values, w)', () => {
	const w = spatialWeights('queen', PATH_IDS, PATH);
	const g = globalMoran(PATH_VALUES, w);

	it("gives Moran's I = (n/S0)·Σwz z/Σz² = (5/5)·24/40 = 0.6 on the path", () => {
		// lag z = −2, −2, 0, 2, 2; Σ z·lag = 8 + 4 + 0 + 4 + 8 = 24.
		expect(g.i).toBeCloseTo(0.6, 14);
		expect(g.provinces).toBe(5);
	});

	it('gives E[I] = −1/(n − 1) = −0.25', () => {
		expect(g.expected).toBe(-0.25);
	});

	it('gives Var[I] under normality = 19/120 on the path', () => {
		// S0 = 5; S1 = (1.5)² + 1² + 1² + (1.5)² = 6.5 (pairs 1–2 and 4–5 weigh 1 one way, ½ the other);
		// column sums ½, 1.5, 1, 1.5, ½, so S2 = 1.5² + 2.5² + 2² + 2.5² + 1.5² = 21;
		// Var = (25·6.5 − 5·21 + 3·25)/(24·25) − 1/16 = 132.5/600 − 1/16 = 19/120.
		expect(g.variance).toBeCloseTo(19 / 120, 14);
	});

	it('gives z = (I − E[I])/√Var = 0.85/√(19/120) ≈ 2.13615 and its two-sided normal p ≈ 0.032667', () => {
		expect(g.z).toBeCloseTo(0.85 / Math.sqrt(19 / 120), 12);
		expect(g.z).toBeCloseTo(2.13615, 5);
		// Python's math.erfc(2.136154932287647 / √2) = 0.03266678750121418.
		expect(Math.abs(g.pNorm / 0.03266678750121418 - 1)).toBeLessThan(1e-14);
	});

	it('computes Var[I] for asymmetric knn weights as the dense-matrix formula does', () => {
		const capitals = [0, 1, 3, 6, 10, 15, 21, 28].map((lon, k) => capital(k + 1, lon, k % 3));
		const knn = spatialWeights(
			'knn4',
			capitals.map((c) => c.adcode),
			{ contiguity: [], capitals }
		);
		const knnMoran = globalMoran([3, 1, 4, 1, 5, 9, 2, 6], knn);
		expect(knnMoran.variance).toBeCloseTo(denseVariance(knn), 14);
	});

	it('keeps an island in n and the mean but not in S0: I = (4/3)·6.75/35 = 9/35', () => {
		// ids 1, 3, 4, 5 with x = 1, 5, 7, 9: mean 5.5, z = −4.5, −0.5, 1.5, 3.5, Σz² = 35;
		// 1 is an island (lag 0); lag z of 3, 4, 5 = 1.5, 1.5, 1.5; Σ z·lag = 6.75; S0 = 3.
		const withIsland = globalMoran([1, 5, 7, 9], spatialWeights('queen', [1, 3, 4, 5], PATH));
		expect(withIsland.i).toBeCloseTo(9 / 35, 14);
		expect(withIsland.provinces).toBe(4);
		expect(withIsland.islands).toEqual([1]);
		expect(withIsland.expected).toBeCloseTo(-1 / 3, 15);
	});

	it('gives the same permutation p-value for the same seed and another for another seed', () => {
		const values = [5, 3, 8, 1, 9, 2, 7, 4, 6, 10];
		const ring: Geography = {
			contiguity: values.map((_, k) => border(k + 1, ((k + 1) % values.length) + 1)),
			capitals: []
		};
		const ringW = spatialWeights(
			'queen',
			values.map((_, k) => k + 1),
			ring
		);
		const p = (seed: number) => globalMoran(values, ringW, { seed }).pPerm;
		expect(p(1)).toBe(p(1));
		expect(globalMoran(values, ringW).pPerm).toBe(globalMoran(values, ringW).pPerm);
		expect(new Set([1, 2, 3, 4, 5].map(p)).size).toBeGreaterThan(1);
	});

	it('gives a permutation p near the exact one over all 5! = 120 orderings of the path values', () => {
		// I of an ordering, from the path's rows written out: ends weigh 1, inner units ½ and ½.
		const iOf = (x: number[]) => {
			const [a = 0, b = 0, c = 0, d = 0, e = 0] = x.map((v) => v - 5);
			const cross = a * b + b * ((a + c) / 2) + c * ((b + d) / 2) + d * ((c + e) / 2) + e * d;
			return cross / 40;
		};
		const orderings = (xs: number[]): number[][] =>
			xs.length <= 1
				? [xs]
				: xs.flatMap((x, k) => orderings(xs.filter((_, j) => j !== k)).map((o) => [x, ...o]));
		const all = orderings(PATH_VALUES).map(iOf);
		// I = 0.6 is the largest, and 8 of the 120 orderings reach it (the path read either way, and its mirror images).
		const exact = all.filter((i) => i >= 0.6 - 1e-12).length / all.length;
		// Binomial sd over 999 draws is √(p(1 − p)/999) ≈ 0.008: allow 4 sd.
		expect(Math.abs(g.pPerm - exact)).toBeLessThan(0.035);
	});

	it('gives a permutation p in [1/1000, 1] over 999 permutations', () => {
		expect(g.permutations).toBe(999);
		expect(g.pPerm).toBeGreaterThanOrEqual(1 / 1000);
		expect(g.pPerm).toBeLessThanOrEqual(1);
	});
});

describe('foldedPseudoP(observed, permuted)', () => {
	it('counts the permuted statistics ≥ the observed one when they are at most half: (2 + 1)/(9 + 1)', () => {
		expect(foldedPseudoP(7, [1, 2, 3, 4, 5, 6, 7, 8, 0])).toBeCloseTo(0.3, 15);
	});

	it('counts those ≤ the observed one when those ≥ are more than half: (1 + 1)/(4 + 1)', () => {
		expect(foldedPseudoP(1, [1, 5, 6, 7])).toBeCloseTo(0.4, 15);
	});

	it('is 1/(permutations + 1) when no permutation is as extreme, and 1 when all are equal', () => {
		expect(foldedPseudoP(10, [1, 2, 3])).toBe(0.25);
		expect(foldedPseudoP(3, [3, 3, 3])).toBe(1);
	});
});

describe('normalTwoSidedP(z) and erfc(x)', () => {
	it('gives Φ(1.959963984540054) = 0.975: two-sided p = 0.05', () => {
		expect(normalTwoSidedP(1.959963984540054)).toBeCloseTo(0.05, 15);
		expect(normalTwoSidedP(-1.959963984540054)).toBeCloseTo(0.05, 15);
	});

	it('gives p = 1 at z = 0 and 0.3173105078629141 at |z| = 1', () => {
		expect(normalTwoSidedP(0)).toBe(1);
		expect(normalTwoSidedP(1)).toBeCloseTo(0.3173105078629141, 15);
	});

	it.each([
		[0.1, 0.887537083981715],
		[0.5, 0.4795001221869535],
		[1, 0.15729920705028513],
		[2, 0.004677734981047266],
		[3, 2.209049699858544e-5],
		[5, 1.5374597944280347e-12],
		[10, 2.088487583762545e-45]
	])('gives erfc(%d) = %d to 2e-15 relative', (x, expected) => {
		expect(Math.abs(erfc(x) - expected) / expected).toBeLessThan(2e-15);
	});

	it('gives erfc(−x) = 2 − erfc(x)', () => {
		expect(erfc(-1)).toBeCloseTo(2 - 0.15729920705028513, 15);
	});
});

describe('localMoran(values, w)', () => {
	const w = spatialWeights('queen', PATH_IDS, PATH);
	const locals = localMoran(PATH_VALUES, w);

	it('standardises by the sd over n and gives Iᵢ = zᵢ·lagZᵢ = 1, ½, 0, ½, 1 on the path', () => {
		// sd = √(40/5) = √8; zᵢ = (−4, −2, 0, 2, 4)/√8; lagZ = (−2, −2, 0, 2, 2)/√8; Iᵢ = z·lag/8.
		const sd = Math.sqrt(8);
		locals.forEach((l, k) => {
			expect(l.adcode).toBe(PATH_IDS[k]);
			expect(l.value).toBe(PATH_VALUES[k]);
			expect(l.z).toBeCloseTo(([-4, -2, 0, 2, 4][k] as number) / sd, 14);
			expect(l.lagZ).toBeCloseTo(([-2, -2, 0, 2, 2][k] as number) / sd, 14);
			expect(l.localI).toBeCloseTo([1, 0.5, 0, 0.5, 1][k] as number, 14);
		});
	});

	it('averages to the global I when there is no island', () => {
		const mean = locals.reduce((s, l) => s + (l.localI ?? NaN), 0) / locals.length;
		expect(mean).toBeCloseTo(globalMoran(PATH_VALUES, w).i, 14);
	});

	it("makes the Moran scatter's OLS slope of lagZ on z equal to I", () => {
		const { slope } = ols(locals.map((l) => ({ x: l.z, y: l.lagZ ?? NaN })));
		expect(slope).toBeCloseTo(0.6, 14);
	});

	it('draws the neighbours of the conditional permutation uniformly without replacement', () => {
		// Unit 1 (z ∝ −4) has one neighbour: I* ∝ −4·z_j for j among −2, 0, 2, 4, and only j = 2 reaches
		// I₁ = 1: p ≈ 1/4. Unit 2 (z ∝ −2) has two: lag ∝ the mean of 2 of −4, 0, 2, 4; of the 6 pairs only
		// {−4, 0} reaches I₂ = ½: p ≈ 1/6. Binomial sd over 999 draws ≤ 0.014: allow about 3 sd.
		expect(Math.abs((locals[0]?.pPerm ?? NaN) - 1 / 4)).toBeLessThan(0.045);
		expect(Math.abs((locals[1]?.pPerm ?? NaN) - 1 / 6)).toBeLessThan(0.04);
	});

	it('gives an island no lag, no local I, no p and no cluster', () => {
		const withIsland = localMoran([1, 5, 7, 9], spatialWeights('queen', [1, 3, 4, 5], PATH));
		expect(withIsland[0]).toMatchObject({
			adcode: 1,
			lagZ: null,
			localI: null,
			pPerm: null,
			cluster: 'not-significant'
		});
		expect(withIsland[1]?.pPerm).not.toBeNull();
	});

	it('gives p-values in [1/1000, 1], the same for the same seed and not all the same for another', () => {
		const values = Array.from({ length: 12 }, (_, k) => ((k * 7) % 12) + (k < 6 ? 20 : 0));
		const ring: Geography = {
			contiguity: values.map((_, k) => border(k + 1, ((k + 1) % values.length) + 1)),
			capitals: []
		};
		const ringW = spatialWeights(
			'queen',
			values.map((_, k) => k + 1),
			ring
		);
		const p = (seed?: number) => localMoran(values, ringW, { seed }).map((l) => l.pPerm);
		expect(p()).toEqual(p());
		expect(p(7)).toEqual(p(7));
		expect(p(7)).not.toEqual(p(8));
		for (const x of p()) {
			expect(x).toBeGreaterThanOrEqual(1 / 1000);
			expect(x).toBeLessThanOrEqual(1);
		}
	});

	it('names the quadrant of (z, lagZ) where p < 0.05, else not-significant', () => {
		// Two blocks of six on a ring: the high half next to highs, the low half next to lows.
		const values = [10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5];
		const ring: Geography = {
			contiguity: values.map((_, k) => border(k + 1, ((k + 1) % values.length) + 1)),
			capitals: []
		};
		const result = localMoran(
			values,
			spatialWeights(
				'queen',
				values.map((_, k) => k + 1),
				ring
			)
		);
		for (const l of result) {
			const quadrant = `${l.z > 0 ? 'high' : 'low'}-${(l.lagZ ?? 0) > 0 ? 'high' : 'low'}`;
			expect(l.cluster).toBe((l.pPerm ?? 1) < 0.05 ? quadrant : 'not-significant');
		}
		expect(result.some((l) => l.cluster === 'high-high')).toBe(true);
		expect(result.some((l) => l.cluster === 'low-low')).toBe(true);
	});
});

describe('moranOfYear(rows, scheme, geography) and moranTrend(rows, scheme, geography)', () => {
	// A ring of 10 provinces.
	const ring: Geography = {
		contiguity: Array.from({ length: 10 }, (_, k) => border(k + 1, ((k + 1) % 10) + 1)),
		capitals: []
	};
	const rows = (values: (number | null)[]) => values.map((value, k) => ({ adcode: k + 1, value }));

	it('reports too_few_provinces with fewer than 8 provinces with a value', () => {
		expect(moranOfYear(rows([1, 2, 3, 4, 5, 6, 7, null, null, null]), 'queen', ring)).toEqual({
			ok: false,
			reason: 'too_few_provinces',
			provinces: 7
		});
	});

	it('reports too_few_provinces when fewer than 8 of them have a neighbour with a value, with that count', () => {
		// 1..10 without 2 and 4: 3 is an island; 8 values, 7 with a neighbour.
		expect(moranOfYear(rows([1, null, 3, null, 5, 6, 7, 8, 9, 10]), 'queen', ring)).toEqual({
			ok: false,
			reason: 'too_few_provinces',
			provinces: 7
		});
	});

	it('reports no_variation when all values are equal', () => {
		expect(moranOfYear(rows(new Array(10).fill(4)), 'queen', ring)).toMatchObject({
			ok: false,
			reason: 'no_variation'
		});
	});

	it('leaves a province without a value out of the weights and lists an island', () => {
		// Without 2: 1 and 3 lose a neighbour; 9 provinces, no island.
		const year = value(moranOfYear(rows([1, null, 3, 4, 5, 6, 7, 8, 9, 10]), 'queen', ring));
		expect(year.global.provinces).toBe(9);
		expect(year.locals.map((l) => l.adcode)).toEqual([1, 3, 4, 5, 6, 7, 8, 9, 10]);
		const w = spatialWeights('queen', [1, 3, 4, 5, 6, 7, 8, 9, 10], ring);
		expect(year.global.i).toBe(globalMoran([1, 3, 4, 5, 6, 7, 8, 9, 10], w).i);
	});

	it('gives every year with a value, ascending, each as moranOfYear', () => {
		const series = [2019, 2018, 2020].flatMap((year) =>
			rows(year === 2020 ? [1, 2, 3] : [1, 2, 3, 4, 5, 6, 7, 8, 9, year - 2000]).map((r) => ({ ...r, year }))
		);
		const trend = moranTrend(series, 'queen', ring);
		expect(trend.map((t) => t.year)).toEqual([2018, 2019, 2020]);
		expect(trend[2]).toEqual({ year: 2020, ok: false, reason: 'too_few_provinces', provinces: 3 });
		const y2019 = value(moranOfYear(rows([1, 2, 3, 4, 5, 6, 7, 8, 9, 19]), 'queen', ring));
		expect(trend[1]).toEqual({ year: 2019, ok: true, value: y2019.global });
	});
});

describe("Moran's I on the real data, against SQL over data/ (moran-reference.ts)", () => {
	const INDICATOR = 'pku_dfiic_index_aggregate';
	const GUANGDONG = 440000;
	const HAINAN = 460000;
	let db: NodeDatabase;
	let geography: Geography;
	const rowsOf = (year: number) =>
		db.query<{ adcode: number; value: number | null }>(
			`SELECT p.adcode, o.value FROM provinces p
			 LEFT JOIN observations o ON o.adcode = p.adcode AND o.indicator = ? AND o.year = ?
			 ORDER BY p.adcode`,
			[INDICATOR, year]
		);
	beforeAll(async () => {
		db = await realDatabase();
		geography = (await realDataset()).manifest;
	});
	afterAll(() => db.close());

	it.each([
		[2011, 'queen'],
		[2023, 'queen'],
		[2011, 'knn4'],
		[2023, 'knn4']
	] as const)(
		'gives I, E[I], Var[I] and z of the aggregate index in %i under %s as SQL does, to 1e-9',
		async (year, scheme) => {
			const year_ = value(moranOfYear(await rowsOf(year), scheme, geography));
			const sql = await moranReference(INDICATOR, year, scheme);
			expect(year_.global.provinces).toBe(31);
			expect(sql.provinces).toBe(31);
			expect(Math.abs(year_.global.i - sql.i)).toBeLessThan(1e-9);
			expect(Math.abs(year_.global.expected - sql.expected)).toBeLessThan(1e-9);
			expect(Math.abs(year_.global.variance - sql.variance)).toBeLessThan(1e-9);
			expect(Math.abs(year_.global.z - sql.z)).toBeLessThan(1e-9);
			// The aggregate index clusters clearly in both years: z well above 2.
			expect(year_.global.z).toBeGreaterThan(2);
		}
	);

	it('averages the local I to the global I and makes the OLS slope of lagZ on z equal to I (2023, queen)', async () => {
		const { global, locals } = value(moranOfYear(await rowsOf(2023), 'queen', geography));
		const mean = locals.reduce((s, l) => s + (l.localI ?? NaN), 0) / locals.length;
		expect(mean).toBeCloseTo(global.i, 12);
		expect(ols(locals.map((l) => ({ x: l.z, y: l.lagZ ?? NaN }))).slope).toBeCloseTo(global.i, 12);
	});

	it('gives the same permutation p-values on every run', async () => {
		const rows = await rowsOf(2023);
		const run = () => value(moranOfYear(rows, 'queen', geography));
		const [first, second] = [run(), run()];
		expect(second.global.pPerm).toBe(first.global.pPerm);
		expect(second.locals.map((l) => l.pPerm)).toEqual(first.locals.map((l) => l.pPerm));
	});

	it('gives the same permutation p-values whatever the order of the rows (they are taken in adcode order)', async () => {
		const rows = await rowsOf(2011);
		const byValue = [...rows].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
		const asGiven = value(moranOfYear(rows, 'knn4', geography));
		const sorted = value(moranOfYear(byValue, 'knn4', geography));
		expect(sorted.global.pPerm).toBe(asGiven.global.pPerm);
		expect(sorted.locals).toEqual(asGiven.locals);
		const trend = (r: typeof rows) =>
			moranTrend(
				r.map((d) => ({ ...d, year: 2011 })),
				'knn4',
				geography
			);
		expect(trend(byValue)).toEqual(trend(rows));
	});

	it('leaves Hainan an island, listed, when Guangdong has no value (queen), and re-standardises the rest', async () => {
		const rows = (await rowsOf(2023)).map((r) => (r.adcode === GUANGDONG ? { ...r, value: null } : r));
		const { global, locals } = value(moranOfYear(rows, 'queen', geography));
		expect(global.provinces).toBe(30);
		expect(global.islands).toEqual([HAINAN]);
		expect(locals.find((l) => l.adcode === HAINAN)).toMatchObject({ lagZ: null, cluster: 'not-significant' });
		expect(locals.some((l) => l.adcode === GUANGDONG)).toBe(false);
		const w = spatialWeights(
			'queen',
			locals.map((l) => l.adcode),
			geography
		);
		expect(
			w.weights.every((row) => row.length === 0 || Math.abs(row.reduce((a, b) => a + b, 0) - 1) < 1e-15)
		).toBe(true);
	});

	it('puts the capitals of Beijing (116.40° E, 39.90° N) and Shanghai (121.47° E, 31.23° N) 1,067.08 km apart', () => {
		// By hand, with the spherical law of cosines: cos c = sin 39.90° sin 31.23° + cos 39.90° cos 31.23° cos 5.07°
		// = 0.986006, c = 9.5965° = 0.167490 rad, and 6371.0088 km × 0.167490 = 1,067.08 km.
		const at = (adcode: number) => geography.capitals.find((c) => c.adcode === adcode);
		const beijing = at(110000);
		const shanghai = at(310000);
		expect([beijing?.lon, beijing?.lat, shanghai?.lon, shanghai?.lat]).toEqual([116.4, 39.9, 121.47, 31.23]);
		expect(greatCircleKm(beijing!, shanghai!)).toBeCloseTo(1067.08, 2);
	});

	it('gives every province 4 knn4 neighbours and Hainan only Guangdong under queen', () => {
		const ids = geography.capitals.map((c) => c.adcode);
		const knn = spatialWeights('knn4', ids, geography);
		expect(knn.neighbours.every((row) => row.length === 4)).toBe(true);
		const queen = spatialWeights('queen', ids, geography);
		const hainan = ids.indexOf(HAINAN);
		expect(queen.neighbours[hainan]?.map((j) => ids[j])).toEqual([GUANGDONG]);
		expect(queen.islands).toEqual([]);
	});
});
