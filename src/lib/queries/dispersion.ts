import type { Connector } from '$lib/db/connector';
import type { RegionScheme } from '$lib/data/manifest';
import type { Dispersion } from '$lib/metrics/dispersion';
import {
	failed,
	inputFailure,
	ratioOfMeansFailure,
	type InputProfile,
	type MeasureFailureReason,
	type Measured,
	type YearMeasured
} from '$lib/metrics/measured';
import { REGIONAL_OBSERVATIONS, VALUE_COUNTS } from './regional-observations';

interface DispersionRow extends Record<string, unknown> {
	year: number;
	provinces: number;
	negative: number;
	zero: number;
	mean: number;
	sd: number | null;
	min: number;
	max: number;
	cv: number | null;
	sd_log: number | null;
	max_min_ratio: number | null;
	east_provinces: number;
	east_negative: number;
	east_zero: number;
	west_provinces: number;
	west_negative: number;
	west_zero: number;
	east_west_ratio: number | null;
}

// The dispersion battery (reference: lib/metrics/dispersion.ts) for every year at once, with the counts that
// decide which of its figures are defined (judged in TS by the rules of measured.ts), so a figure of a year
// that does not allow it (a ratio to a 0, the sd of logs of the positive values only) is never read.
// ln() is fed NULL for a value ≤ 0, since DuckDB raises on ln(0).
const SQL = `
WITH ${REGIONAL_OBSERVATIONS}
SELECT year::INTEGER AS year,
       ${VALUE_COUNTS},
       AVG(value)::DOUBLE AS mean,
       STDDEV_SAMP(value)::DOUBLE AS sd,
       MIN(value)::DOUBLE AS min,
       MAX(value)::DOUBLE AS max,
       (STDDEV_SAMP(value) / NULLIF(AVG(value), 0))::DOUBLE AS cv,
       STDDEV_SAMP(ln(CASE WHEN value > 0 THEN value END))::DOUBLE AS sd_log,
       (MAX(value) / NULLIF(MIN(value), 0))::DOUBLE AS max_min_ratio,
       COUNT(*) FILTER (WHERE region = 'east')::INTEGER AS east_provinces,
       COUNT(*) FILTER (WHERE region = 'east' AND value < 0)::INTEGER AS east_negative,
       COUNT(*) FILTER (WHERE region = 'east' AND value = 0)::INTEGER AS east_zero,
       COUNT(*) FILTER (WHERE region = 'west')::INTEGER AS west_provinces,
       COUNT(*) FILTER (WHERE region = 'west' AND value < 0)::INTEGER AS west_negative,
       COUNT(*) FILTER (WHERE region = 'west' AND value = 0)::INTEGER AS west_zero,
       (AVG(value) FILTER (WHERE region = 'east') / NULLIF(AVG(value) FILTER (WHERE region = 'west'), 0))::DOUBLE
         AS east_west_ratio
FROM obs
GROUP BY year
ORDER BY year`;

/**
 * Mean, sd, coefficient of variation, sd of logs, max/min and East/West ratio for every year with data.
 * Years with fewer than 3 provinces, and figures a year's values do not allow, carry the reason, as the
 * reference function `dispersion` gives it.
 */
export async function queryDispersion(
	db: Connector,
	params: { indicator: string; scheme: RegionScheme }
): Promise<YearMeasured<Dispersion>[]> {
	const rows = await db.query<DispersionRow>(SQL, [params.scheme, params.indicator]);
	return rows.map((row) => {
		const all: InputProfile = row;
		const overall = inputFailure(all, 'real');
		if (overall) return { year: row.year, ...failed<Dispersion>(overall, row.provinces) };
		// Every figure below is non-null once its rule passes (n ≥ 3, the divisor > 0, the values > 0).
		const judged = (reason: MeasureFailureReason | null, value: number | null): Measured<number> =>
			reason ? failed(reason, row.provinces) : { ok: true, value: value as number };
		const east = { provinces: row.east_provinces, negative: row.east_negative, zero: row.east_zero };
		const west = { provinces: row.west_provinces, negative: row.west_negative, zero: row.west_zero };
		return {
			year: row.year,
			ok: true,
			value: {
				provinces: row.provinces,
				mean: row.mean,
				sd: row.sd as number,
				min: row.min,
				max: row.max,
				cv: judged(inputFailure(all, 'non_negative'), row.cv),
				sd_log: judged(inputFailure(all, 'positive'), row.sd_log),
				max_min_ratio: judged(inputFailure(all, 'positive'), row.max_min_ratio),
				east_west_ratio: judged(ratioOfMeansFailure(all, east, west), row.east_west_ratio)
			}
		};
	});
}
