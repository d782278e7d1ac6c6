import { deviation } from 'd3';
import type { RegionId } from '$lib/data/manifest';
import {
	failed,
	inputFailure,
	measure,
	profileOf,
	ratioOfMeansFailure,
	regionalValues,
	type Measured
} from './measured';

export interface Dispersion {
	/** Provinces with a value (n). */
	provinces: number;
	mean: number;
	/** Sample standard deviation (divisor n − 1). */
	sd: number;
	min: number;
	max: number;
	/** Coefficient of variation sd / mean; needs values ≥ 0, not all 0. */
	cv: Measured<number>;
	/** Sample standard deviation of ln y; needs values > 0. */
	sd_log: Measured<number>;
	/** max / min; needs values > 0. */
	max_min_ratio: Measured<number>;
	/** Mean of the East's provinces over the West's (by the region scheme); needs both, values ≥ 0 and a West mean > 0. */
	east_west_ratio: Measured<number>;
}

/**
 * The simple dispersion battery of a cross-section of provinces. The whole is not reported for fewer than 3
 * provinces; each ratio or logarithm that needs more of the values says why it is not reported, on its own,
 * so a zero value costs the sd of logs but not the standard deviation.
 */
export function dispersion<T>(
	data: Iterable<T>,
	valueof: (d: T) => number | null | undefined,
	regionof: (d: T) => RegionId
): Measured<Dispersion> {
	const rows = regionalValues(data, valueof, regionof);
	const values = rows.map((r) => r.value);
	const all = profileOf(values);
	const overall = inputFailure(all, 'real');
	if (overall) return failed(overall, all.provinces);

	const east = rows.filter((r) => r.region === 'east').map((r) => r.value);
	const west = rows.filter((r) => r.region === 'west').map((r) => r.value);
	const mean = average(values);
	const sd = deviation(values) as number; // defined: n ≥ 3
	const min = Math.min(...values);
	const max = Math.max(...values);
	const eastWest = ratioOfMeansFailure(all, profileOf(east), profileOf(west));
	return {
		ok: true,
		value: {
			provinces: all.provinces,
			mean,
			sd,
			min,
			max,
			cv: measure(all, 'non_negative', () => sd / mean),
			sd_log: measure(all, 'positive', () => deviation(values, Math.log) as number),
			max_min_ratio: measure(all, 'positive', () => max / min),
			east_west_ratio: eastWest
				? failed(eastWest, all.provinces)
				: { ok: true, value: average(east) / average(west) }
		}
	};
}

function average(values: readonly number[]): number {
	return values.reduce((s, v) => s + v, 0) / values.length;
}
