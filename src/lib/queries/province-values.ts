import type { Connector } from '$lib/db/connector';
import type { RegionId, RegionScheme } from '$lib/data/manifest';

/** A province's value for one year; value and rank are null where the source has no figure. */
export interface ProvinceValue {
	adcode: number;
	name_zh: string;
	name_en: string;
	region: RegionId;
	value: number | null;
	rank: number | null;
}

// Every province appears, with or without a value, so "no data" is shown rather than left out.
// Ties share a rank (1, 2, 2, 4), as published rankings do.
const SQL = `
WITH v AS (
  SELECT adcode, value FROM observations WHERE indicator = ? AND year = ?
)
SELECT p.adcode::INTEGER AS adcode,
       p.name_zh, p.name_en,
       r.region AS region,
       v.value::DOUBLE AS value,
       CASE WHEN v.value IS NULL THEN NULL
            ELSE (RANK() OVER (PARTITION BY v.value IS NULL ORDER BY v.value DESC))::INTEGER END AS rank
FROM provinces p
JOIN province_regions r ON r.adcode = p.adcode AND r.scheme = ?
LEFT JOIN v ON v.adcode = p.adcode
ORDER BY v.value DESC NULLS LAST, p.adcode`;

export function queryProvinceValues(
	db: Connector,
	params: { indicator: string; year: number; scheme: RegionScheme }
): Promise<ProvinceValue[]> {
	return db.query<ProvinceValue & Record<string, unknown>>(SQL, [
		params.indicator,
		params.year,
		params.scheme
	]);
}

/** The provinces of every year with data, as queryProvinceValues gives each year, with the year. */
export interface ProvinceYearValue extends ProvinceValue {
	year: number;
}

// The same rows as SQL above, for every year of the indicator at once: a year change then needs no query.
const BY_YEAR_SQL = `
WITH v AS (
  SELECT adcode, year, value FROM observations WHERE indicator = ?
),
years AS (SELECT DISTINCT year FROM v)
SELECT y.year::INTEGER AS year,
       p.adcode::INTEGER AS adcode,
       p.name_zh, p.name_en,
       r.region AS region,
       v.value::DOUBLE AS value,
       CASE WHEN v.value IS NULL THEN NULL
            ELSE (RANK() OVER (PARTITION BY y.year, v.value IS NULL ORDER BY v.value DESC))::INTEGER END AS rank
FROM years y
CROSS JOIN provinces p
JOIN province_regions r ON r.adcode = p.adcode AND r.scheme = ?
LEFT JOIN v ON v.adcode = p.adcode AND v.year = y.year
ORDER BY y.year, v.value DESC NULLS LAST, p.adcode`;

/** queryProvinceValues for every year with data, in one query: year → rows, in the same order. */
export async function queryProvinceValuesByYear(
	db: Connector,
	params: { indicator: string; scheme: RegionScheme }
): Promise<Map<number, ProvinceValue[]>> {
	const rows = await db.query<ProvinceYearValue & Record<string, unknown>>(BY_YEAR_SQL, [
		params.indicator,
		params.scheme
	]);
	const byYear = new Map<number, ProvinceValue[]>();
	for (const { year, ...row } of rows) {
		let list = byYear.get(year);
		if (!list) byYear.set(year, (list = []));
		list.push(row);
	}
	return byYear;
}
