import { precisionFixed, tickStep } from 'd3';

/**
 * How many decimals the tick labels of a linear scale need to tell its `count` ticks apart (d3's
 * precisionFixed of the tick step): 0.05 steps need 2, steps of 20 need none. 0 for an empty domain.
 */
export function tickDecimals(scale: { domain(): number[] }, count: number): number {
	const [lo = 0, hi = 1] = scale.domain();
	return precisionFixed(tickStep(lo, hi, count)) || 0;
}
