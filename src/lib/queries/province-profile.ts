import type { Connector, SqlParam } from '$lib/db/connector';

/** One province's value and rank for one indicator in one year; value and rank null where there is no figure. */
export interface ProfileValue {
	adcode: number;
	indicator: string;
	value: number | null;
	rank: number | null;
	/** Provinces with a value for the indicator that year: the rank is out of these. */
	provinces: number;
}

/** One province's value of one indicator in one year (only years with a value). */
export interface ProfilePoint {
	adcode: number;
	year: number;
	value: number;
}

/** Profiles are few (a handful of selected provinces); each adcode is a bound parameter. */
const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Runs the statement for `adcodes` (bound after `params`); no province asked, no query. */
function queryProvinces<T>(
	db: Connector,
	sql: (provinces: number) => string,
	params: readonly SqlParam[],
	adcodes: readonly number[]
): Promise<T[]> {
	if (adcodes.length === 0) return Promise.resolve([]);
	return db.query<T & Record<string, unknown>>(sql(adcodes.length), [...params, ...adcodes]);
}

// Every indicator with data in any year, for every province asked: an indicator without a figure that
// year gives a row with a null value and rank ("no data"), never no row. Ties share a rank (1, 2, 2, 4).
const valuesSql = (n: number) => `
WITH indicators AS (
  SELECT DISTINCT indicator FROM observations
),
ranked AS (
  SELECT indicator, adcode, value,
         RANK() OVER (PARTITION BY indicator ORDER BY value DESC) AS rank
  FROM observations
  WHERE year = ?
),
counts AS (
  SELECT indicator, COUNT(*) AS provinces FROM observations WHERE year = ? GROUP BY indicator
),
chosen AS (
  SELECT adcode FROM provinces WHERE adcode IN (${placeholders(n)})
)
SELECT c.adcode::INTEGER AS adcode,
       i.indicator AS indicator,
       r.value::DOUBLE AS value,
       r.rank::INTEGER AS rank,
       COALESCE(k.provinces, 0)::INTEGER AS provinces
FROM chosen c
CROSS JOIN indicators i
LEFT JOIN ranked r ON r.indicator = i.indicator AND r.adcode = c.adcode
LEFT JOIN counts k ON k.indicator = i.indicator
ORDER BY c.adcode, i.indicator`;

/** Each province's value and rank, for the year, on every indicator. */
export function queryProfileValues(
	db: Connector,
	params: { adcodes: readonly number[]; year: number }
): Promise<ProfileValue[]> {
	return queryProvinces(db, valuesSql, [params.year, params.year], params.adcodes);
}

const seriesSql = (n: number) => `
SELECT adcode::INTEGER AS adcode, year::INTEGER AS year, value::DOUBLE AS value
FROM observations
WHERE indicator = ? AND adcode IN (${placeholders(n)})
ORDER BY adcode, year`;

/** Each province's values of one indicator over the years it has one. */
export function queryProfileSeries(
	db: Connector,
	params: { adcodes: readonly number[]; indicator: string }
): Promise<ProfilePoint[]> {
	return queryProvinces(db, seriesSql, [params.indicator], params.adcodes);
}
