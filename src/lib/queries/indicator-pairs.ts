import type { Connector } from '$lib/db/connector';
import type { RegionId, RegionScheme } from '$lib/data/manifest';

/** A province with a value of both indicators in one year. */
export interface IndicatorPair {
	year: number;
	adcode: number;
	name_zh: string;
	name_en: string;
	region: RegionId;
	x: number;
	y: number;
}

// Every year at once, so that a change of year, the player and the correlation over the years ask nothing
// more. Only provinces (not the XPCC) with both values: a pair with one value missing is no point.
const SQL = `
SELECT x.year::INTEGER AS year,
       p.adcode::INTEGER AS adcode,
       p.name_zh, p.name_en,
       r.region AS region,
       x.value::DOUBLE AS x,
       y.value::DOUBLE AS y
FROM observations x
JOIN observations y ON y.indicator = ? AND y.year = x.year AND y.adcode = x.adcode
JOIN provinces p ON p.adcode = x.adcode
JOIN province_regions r ON r.adcode = p.adcode AND r.scheme = ?
WHERE x.indicator = ? AND x.value IS NOT NULL AND y.value IS NOT NULL
ORDER BY year, adcode`;

/** Both indicators' values of every province and year that has both, by year and adcode. */
export function queryIndicatorPairs(
	db: Connector,
	params: { x: string; y: string; scheme: RegionScheme }
): Promise<IndicatorPair[]> {
	return db.query<IndicatorPair & Record<string, unknown>>(SQL, [params.y, params.scheme, params.x]);
}
