import { randomLcg, shuffler } from 'd3';
import { localMoran } from './local-moran';
import { failed, withData, type Measured, type YearMeasured } from './measured';
import {
	MIN_MORAN_PROVINCES,
	MORAN_PERMUTATIONS,
	MORAN_SEED,
	type GlobalMoran,
	type MoranYear,
	type PermutationOptions,
	type SpatialWeights,
	type WeightsScheme
} from './moran-types';
import { normalTwoSidedP } from './normal';
import { foldedPseudoP } from './permutation-p';
import { spatialWeights, type Geography } from './spatial-weights';

/**
 * Global Moran's I of `values` (in the order of `w.ids`): with z = x − mean and S0 = Σᵢⱼ wᵢⱼ,
 * I = (n / S0) · Σᵢⱼ wᵢⱼ zᵢ zⱼ / Σᵢ zᵢ²; E[I] = −1/(n − 1); Var[I] under normality (Cliff & Ord 1981, as
 * PySAL's VI_norm) = (n²S1 − nS2 + 3S0²) / ((n² − 1)S0²) − E[I]², S1 = ½Σᵢⱼ(wᵢⱼ + wⱼᵢ)², S2 = Σᵢ(wᵢ. + w.ᵢ)²;
 * the two-sided normal p of z = (I − E[I]) / √Var; and the folded pseudo p of I over random permutations
 * of the values (d3.shuffler on d3.randomLcg(seed)). Islands count in n and the mean, not in S0.
 * The caller judges the input first (moranOfYear): at least 2 values that vary and one pair of neighbours.
 */
export function globalMoran(
	values: readonly number[],
	w: SpatialWeights,
	options: PermutationOptions = {}
): GlobalMoran {
	const { permutations = MORAN_PERMUTATIONS, seed = MORAN_SEED } = options;
	const n = values.length;
	const mean = values.reduce((s, v) => s + v, 0) / n;
	const z = values.map((v) => v - mean);
	const sumSquares = z.reduce((s, v) => s + v * v, 0);
	const { s0, s1, s2 } = weightSums(w);
	const statistic = (zs: readonly number[]) => ((n / s0) * crossProduct(zs, w)) / sumSquares;

	const i = statistic(z);
	const expected = -1 / (n - 1);
	const variance = (n * n * s1 - n * s2 + 3 * s0 * s0) / ((n * n - 1) * s0 * s0) - expected * expected;
	const zNorm = (i - expected) / Math.sqrt(variance);

	const shuffle = shuffler(randomLcg(seed));
	const permuted = z.slice();
	const simulated = Array.from({ length: permutations }, () => statistic(shuffle(permuted)));

	return {
		provinces: n,
		i,
		expected,
		variance,
		z: zNorm,
		pNorm: normalTwoSidedP(zNorm),
		pPerm: foldedPseudoP(i, simulated),
		permutations,
		islands: w.islands
	};
}

/**
 * Moran's I and every province's local I for one year's rows under one weights scheme. A row without a
 * value (null or not finite) leaves the weights, and the others are re-standardised (spatialWeights).
 * Not reported when fewer than MIN_MORAN_PROVINCES provinces have a value and a neighbour with a value
 * ('too_few_provinces', with that count), or when all values are equal ('no_variation').
 */
export function moranOfYear(
	rows: readonly { adcode: number; value: number | null }[],
	scheme: WeightsScheme,
	geography: Geography
): Measured<MoranYear> {
	const input = judged(rows, scheme, geography);
	if (!input.ok) return input;
	const { values, w } = input.value;
	return { ok: true, value: { global: globalMoran(values, w), locals: localMoran(values, w) } };
}

/** Global Moran's I for every year of `rows` that has a value, ascending, each judged as moranOfYear. */
export function moranTrend(
	rows: readonly { year: number; adcode: number; value: number | null }[],
	scheme: WeightsScheme,
	geography: Geography
): YearMeasured<GlobalMoran>[] {
	const byYear = new Map<number, { adcode: number; value: number | null }[]>();
	for (const { datum } of withData(rows, (r) => r.value)) {
		const year = byYear.get(datum.year) ?? [];
		year.push(datum);
		byYear.set(datum.year, year);
	}
	return [...byYear.entries()]
		.sort(([a], [b]) => a - b)
		.map(([year, yearRows]) => {
			const input = judged(yearRows, scheme, geography);
			return input.ok
				? { year, ok: true, value: globalMoran(input.value.values, input.value.w) }
				: { year, ...input };
		});
}

/** The year's values and weights, or why no Moran figure is drawn (the rule of moranOfYear). */
function judged(
	rows: readonly { adcode: number; value: number | null }[],
	scheme: WeightsScheme,
	geography: Geography
): Measured<{ values: number[]; w: SpatialWeights }> {
	// In adcode order whatever the rows' order: the permutations, hence the p-values, depend on it.
	const present = withData(rows, (r) => r.value).sort((a, b) => a.datum.adcode - b.datum.adcode);
	const values = present.map((d) => d.value);
	if (values.length < MIN_MORAN_PROVINCES) return failed('too_few_provinces', values.length);
	const w = spatialWeights(
		scheme,
		present.map((d) => d.datum.adcode),
		geography
	);
	const linked = values.length - w.islands.length;
	if (linked < MIN_MORAN_PROVINCES) return failed('too_few_provinces', linked);
	if (values.every((v) => v === values[0])) return failed('no_variation', values.length);
	return { ok: true, value: { values, w } };
}

/** Σᵢ zᵢ Σⱼ wᵢⱼ zⱼ. */
function crossProduct(z: readonly number[], w: SpatialWeights): number {
	let sum = 0;
	w.neighbours.forEach((row, k) => {
		const weights = w.weights[k] ?? [];
		let lag = 0;
		row.forEach((j, r) => (lag += (weights[r] ?? 0) * (z[j] ?? 0)));
		sum += (z[k] ?? 0) * lag;
	});
	return sum;
}

/** S0 = Σᵢⱼ wᵢⱼ, S1 = ½Σᵢⱼ(wᵢⱼ + wⱼᵢ)², S2 = Σᵢ(wᵢ. + w.ᵢ)². */
function weightSums(w: SpatialWeights): { s0: number; s1: number; s2: number } {
	const n = w.ids.length;
	const cell = new Map<number, number>();
	const rowSum = new Array<number>(n).fill(0);
	const colSum = new Array<number>(n).fill(0);
	w.neighbours.forEach((row, i) =>
		row.forEach((j, r) => {
			const wij = w.weights[i]?.[r] ?? 0;
			cell.set(i * n + j, (cell.get(i * n + j) ?? 0) + wij);
			rowSum[i] = (rowSum[i] ?? 0) + wij;
			colSum[j] = (colSum[j] ?? 0) + wij;
		})
	);
	let s1 = 0;
	for (const [key, wij] of cell) {
		const i = Math.floor(key / n);
		const j = key % n;
		const wji = cell.get(j * n + i) ?? 0;
		// Both (i, j) and (j, i) are terms of the sum: a one-way pair is met once here, so it counts twice.
		s1 += (wij + wji) ** 2 * (wji > 0 ? 1 : 2);
	}
	s1 /= 2;
	const s0 = rowSum.reduce((s, v) => s + v, 0);
	const s2 = rowSum.reduce((s, v, i) => s + (v + (colSum[i] ?? 0)) ** 2, 0);
	return { s0, s1, s2 };
}
