/**
 * The 1-based ranks of `values`, in input order, smallest first. Tied values get the average of the ranks
 * they span (fractional ranking, as scipy.stats.rankdata's 'average'): [10, 20, 20, 30] → [1, 2.5, 2.5, 4].
 * Values are compared as numbers; the caller keeps out missing ones (see withData in measured.ts).
 */
export function ranks(values: readonly number[]): number[] {
	const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
	const out = new Array<number>(values.length);
	for (let start = 0; start < order.length;) {
		let end = start + 1;
		while (end < order.length && values[order[end] as number] === values[order[start] as number]) end++;
		const rank = (start + 1 + end) / 2; // mean of the ranks start + 1 … end
		for (let k = start; k < end; k++) out[order[k] as number] = rank;
		start = end;
	}
	return out;
}
