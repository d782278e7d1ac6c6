// The rows of the composite-weights chart: one per component, in the definition's order.
import type { ComponentWeight } from '$lib/metrics/composite-index';
import type { CsvRow } from '$lib/csv/to-csv';

export const COMPOSITE_WEIGHTS_COLUMNS = [
	'component',
	'direction',
	'weight',
	'entropy',
	'divergence'
] as const;

export const direction = (w: Pick<ComponentWeight, 'higher_is_better'>): 'higher' | 'lower' =>
	w.higher_is_better ? 'higher' : 'lower';

export function compositeWeightRows(weights: readonly ComponentWeight[]): CsvRow[] {
	return weights.map((w) => ({
		component: w.id,
		direction: direction(w),
		weight: w.weight,
		entropy: w.entropy,
		divergence: w.divergence
	}));
}

/** The heaviest and the lightest component (the first of equals); null for no components. */
export function weightExtremes(
	weights: readonly ComponentWeight[]
): { top: ComponentWeight; bottom: ComponentWeight } | null {
	const [first] = weights;
	if (!first) return null;
	let top = first;
	let bottom = first;
	for (const w of weights) {
		if (w.weight > top.weight) top = w;
		if (w.weight < bottom.weight) bottom = w;
	}
	return { top, bottom };
}
