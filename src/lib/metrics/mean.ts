/** Arithmetic mean of the finite numbers among values; null, undefined and NaN are ignored (missing stays missing). */
export function mean<T>(values: Iterable<T>, valueof: (d: T) => number | null | undefined): number | null {
	let sum = 0;
	let n = 0;
	for (const d of values) {
		const v = valueof(d);
		if (v != null && Number.isFinite(v)) {
			sum += v;
			n++;
		}
	}
	return n === 0 ? null : sum / n;
}
