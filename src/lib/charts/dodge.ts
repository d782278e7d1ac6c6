/**
 * Positions for labels wanted at `positions` so that neighbours are at least `gap` apart, moving each
 * as little as possible (labels keep their order). Used for the end-of-line labels of a line chart.
 */
export function dodge(positions: readonly number[], gap: number): number[] {
	const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
	const placed = order.map((d) => d.p);
	for (let k = 1; k < placed.length; k++)
		placed[k] = Math.max(placed[k] as number, (placed[k - 1] as number) + gap);
	// Centre the shifted run on where the labels wanted to be, so a cluster spreads both ways.
	const shift = (sum(placed) - sum(order.map((d) => d.p))) / Math.max(placed.length, 1);
	const out = new Array<number>(positions.length);
	order.forEach((d, k) => (out[d.i] = (placed[k] as number) - shift));
	return out;
}

function sum(values: readonly number[]): number {
	return values.reduce((a, b) => a + b, 0);
}
