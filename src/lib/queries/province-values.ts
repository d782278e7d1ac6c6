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
