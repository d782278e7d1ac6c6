import type { Connector } from '$lib/db/connector';
import type { RegionId, RegionScheme } from '$lib/data/manifest';

/** One region's figures for one year: mean, range and number of provinces with a value. */
export interface RegionStat {
	year: number;
	region: RegionId;
	provinces: number;
	mean: number;
	min: number;
	max: number;
}

// Every year at once: the region summary takes one year of it and the gap trend all of it,
// so a year change needs no query for either.
const SQL = `
SELECT o.year::INTEGER AS year,
       r.region AS region,
       COUNT(*)::INTEGER AS provinces,
       AVG(o.value)::DOUBLE AS mean,
       MIN(o.value)::DOUBLE AS min,
       MAX(o.value)::DOUBLE AS max
FROM observations o
JOIN province_regions r ON r.adcode = o.adcode AND r.scheme = ?
WHERE o.indicator = ?
GROUP BY o.year, r.region
ORDER BY o.year, r.region`;

export function queryRegionStats(
	db: Connector,
	params: { indicator: string; scheme: RegionScheme }
): Promise<RegionStat[]> {
	return db.query<RegionStat & Record<string, unknown>>(SQL, [params.scheme, params.indicator]);
}
