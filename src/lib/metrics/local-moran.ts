import { randomLcg } from 'd3';
import {
	LISA_ALPHA,
	MORAN_PERMUTATIONS,
	MORAN_SEED,
	type LisaCluster,
	type LocalMoran,
	type PermutationOptions,
	type SpatialWeights
} from './moran-types';
import { foldedPseudoP } from './permutation-p';

/**
 * Local Moran's I of every unit (Anselin 1995), `values` in the order of `w.ids`: zᵢ = (xᵢ − mean) / sd
 * (sd over n, so m2 = 1), lagZᵢ = Σⱼ wᵢⱼ zⱼ, Iᵢ = zᵢ · lagZᵢ. The conditional permutation test holds xᵢ
 * and draws |N(i)| of the other n − 1 values without replacement (a partial Fisher–Yates shuffle on one
 * d3.randomLcg(seed) generator, units in order), giving the folded pseudo p. The cluster is the quadrant
 * of (zᵢ, lagZᵢ), a value of 0 counting as low (as PySAL), where p < LISA_ALPHA; islands have no lag, I or p.
 */
export function localMoran(
	values: readonly number[],
	w: SpatialWeights,
	options: PermutationOptions = {}
): LocalMoran[] {
	const { permutations = MORAN_PERMUTATIONS, seed = MORAN_SEED } = options;
	const n = values.length;
	const mean = values.reduce((s, v) => s + v, 0) / n;
	const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / n);
	const z = values.map((v) => (v - mean) / sd);
	const random = randomLcg(seed);

	return values.map((value, i) => {
		const adcode = w.ids[i] ?? NaN;
		const zi = z[i] ?? NaN;
		const row = w.neighbours[i] ?? [];
		const weights = w.weights[i] ?? [];
		if (row.length === 0) {
			return { adcode, value, z: zi, lagZ: null, localI: null, pPerm: null, cluster: 'not-significant' };
		}
		const lagOf = (pick: (r: number) => number) =>
			weights.reduce((s, wij, r) => s + wij * (z[pick(r)] ?? 0), 0);
		const lagZ = lagOf((r) => row[r] ?? i);
		const localI = zi * lagZ;

		const others = z.map((_, j) => j).filter((j) => j !== i);
		const simulated = Array.from({ length: permutations }, () => {
			drawWithoutReplacement(others, row.length, random);
			return zi * lagOf((r) => others[r] ?? i);
		});
		const pPerm = foldedPseudoP(localI, simulated);
		return { adcode, value, z: zi, lagZ, localI, pPerm, cluster: clusterOf(zi, lagZ, pPerm) };
	});
}

/** Moves a uniform random k-subset of `pool` to its first k places (partial Fisher–Yates). */
function drawWithoutReplacement(pool: number[], k: number, random: () => number): void {
	for (let r = 0; r < k; r++) {
		const j = r + Math.floor(random() * (pool.length - r));
		const picked = pool[j] as number;
		pool[j] = pool[r] as number;
		pool[r] = picked;
	}
}

function clusterOf(z: number, lagZ: number, p: number): LisaCluster {
	if (!(p < LISA_ALPHA)) return 'not-significant';
	if (z > 0) return lagZ > 0 ? 'high-high' : 'high-low';
	return lagZ > 0 ? 'low-high' : 'low-low';
}
