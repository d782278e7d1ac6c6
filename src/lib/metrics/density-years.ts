import { kernelDensity, type KernelDensity } from './kernel-density';
import type { Measured } from './measured';

/** One year's density: the estimate (or why there is none) and the items with a value, drawn as a rug. */
export interface DensityYear<T extends { value: number | null }> {
	year: number;
	role: 'start' | 'end';
	estimate: Measured<KernelDensity<T>>;
	provinces: (T & { value: number })[];
}

/**
 * The kernel density of the start year and of the end year, or of the end year only when they are the same.
 * Data that are never negative (every value of both years ≥ 0) get curves reflected at 0 (Schuster 1985).
 */
export function densityYears<T extends { value: number | null }>(
	start: readonly T[],
	end: readonly T[],
	span: { from: number; to: number }
): DensityYear<T>[] {
	const nonNegative = [...start, ...end].every((p) => p.value == null || p.value >= 0);
	const one = (year: number, role: DensityYear<T>['role'], values: readonly T[]): DensityYear<T> => ({
		year,
		role,
		estimate: kernelDensity(values, (p) => p.value, { lower: nonNegative ? 0 : undefined }),
		provinces: values.filter((p): p is T & { value: number } => p.value !== null)
	});
	const last = one(span.to, 'end', end);
	return span.from === span.to ? [last] : [one(span.from, 'start', start), last];
}
