// The scatter's axes: linear, or base-10 logarithmic with the ticks labelled that d3 would label.
import { extent, scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';

/**
 * A scale over `values` (never empty) onto `range`, padded; a linear one rounded outward to its ticks. A log
 * one is not (d3 would round it to whole powers of ten, leaving the dots a corner); every value must be > 0.
 */
export function axisScale(
	values: readonly number[],
	range: [number, number],
	log: boolean
): ScaleContinuousNumeric<number, number> {
	const [lo, hi] = extent(values) as [number, number];
	if (log) {
		const pad = (hi / lo) ** 0.04 || 1;
		return scaleLog()
			.domain(lo === hi ? [lo / 2, hi * 2] : [lo / pad, hi * pad])
			.range(range);
	}
	const pad = (hi - lo) * 0.04 || Math.abs(hi) * 0.1 || 1;
	return scaleLinear()
		.domain([lo - pad, hi + pad])
		.range(range)
		.nice();
}

/**
 * Whether a tick gets a label: every tick of a linear scale; on a log scale, those d3's own tickFormat keeps
 * for `count` ticks (1, 2, 5 × 10ⁿ when a decade holds many), the rest stay unlabelled gridlines.
 */
export function labelledTick(scale: ScaleContinuousNumeric<number, number>, count: number, log: boolean) {
	if (!log) return () => true;
	const format = scale.tickFormat(count);
	return (tick: number) => format(tick) !== '';
}
