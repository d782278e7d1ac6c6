import { scaleLinear, type ScaleLinear } from 'd3';

/**
 * The x scale of a chart over years: from the first to the last year drawn, or one year either side
 * of a single year so that it sits in the middle rather than on the edge.
 */
export function yearScale(years: readonly number[], range: [number, number]): ScaleLinear<number, number> {
	const first = Math.min(...years);
	const last = Math.max(...years);
	const domain: [number, number] = !years.length
		? [0, 1]
		: first < last
			? [first, last]
			: [first - 1, first + 1];
	return scaleLinear().domain(domain).range(range);
}
