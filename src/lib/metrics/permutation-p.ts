/**
 * The folded pseudo p-value of a permutation test (PySAL esda's p_sim): m is the number of permuted
 * statistics ≥ the observed one when that is at most half the permutations, else the number ≤ it (esda
 * counts < there: here a tie counts on both sides, the cautious reading); p = (m + 1) / (permutations + 1),
 * so it lies in [1 / (permutations + 1), 1].
 */
export function foldedPseudoP(observed: number, permuted: readonly number[]): number {
	let above = 0;
	let below = 0;
	for (const s of permuted) {
		if (s >= observed) above++;
		if (s <= observed) below++;
	}
	const m = above <= permuted.length / 2 ? above : below;
	return (m + 1) / (permuted.length + 1);
}
