/** One component's share of the weight by the entropy method, and the figures it comes from. */
export interface EntropyWeight {
	/** e = −(1/ln n)·Σ p ln p, p = z / Σz over the n rows (0·ln 0 = 0). */
	entropy: number;
	/** d = 1 − e. */
	divergence: number;
	/** w = d / Σd over the components. */
	weight: number;
}

/**
 * The entropy method's weights of normalised components (each column a component's z ≥ 0 over the same
 * n ≥ 2 rows, not all 0): the more a component's values differ across rows, the lower its entropy and the
 * higher its weight.
 */
export function entropyWeights(columns: readonly (readonly number[])[]): EntropyWeight[] {
	const entropies = columns.map(entropy);
	const divergences = entropies.map((e) => 1 - e);
	const total = divergences.reduce((s, d) => s + d, 0);
	return entropies.map((e, j) => ({
		entropy: e,
		divergence: divergences[j] as number,
		weight: (divergences[j] as number) / total
	}));
}

/** e = −(1/ln n)·Σ p ln p with p = z / Σz, 0·ln 0 = 0: 1 when every z is equal, lower as they differ. */
export function entropy(z: readonly number[]): number {
	const total = z.reduce((s, v) => s + v, 0);
	let sum = 0;
	for (const v of z) {
		if (v === 0) continue;
		const p = v / total;
		sum += p * Math.log(p);
	}
	return (0 - sum) / Math.log(z.length); // 0 − x: no −0 when every p is 0 or 1
}
