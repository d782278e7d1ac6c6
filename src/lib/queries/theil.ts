import type { Connector } from '$lib/db/connector';
import type { RegionScheme } from '$lib/data/manifest';
import { measure, type YearMeasured } from '$lib/metrics/measured';
import type { TheilDecomposition, Weighting } from '$lib/metrics/theil';
import { VALUE_COUNTS } from './regional-observations';

interface TheilRow extends Record<string, unknown> {
	year: number;
	provinces: number;
	negative: number;
	zero: number;
	unweighted: number;
	total: number | null;
	within: number | null;
	between: number | null;
}

// Theil T and its within/between decomposition (reference: lib/metrics/theil.ts) for every year at once.
// Equal weighting is population weighting with every weight 1, so one statement serves both.
// `years` gives each year the counts that decide whether the index is defined (judged in TS by inputFailure);
// the figures are computed only for years whose every value is positive and weighted, so ln() never sees a 0.
const SQL = `
WITH obs AS (
  SELECT o.year, r.region, o.value,
         CASE WHEN ? = 'population' THEN p.population ELSE 1.0 END AS weight
  FROM observations o
  JOIN province_regions r ON r.adcode = o.adcode AND r.scheme = ?
  LEFT JOIN population p ON p.adcode = o.adcode AND p.year = 2020
  WHERE o.indicator = ?
),
years AS (
  SELECT year,
         ${VALUE_COUNTS},
         COUNT(*) FILTER (WHERE weight IS NULL OR NOT weight > 0)::INTEGER AS unweighted
  FROM obs
  GROUP BY year
),
usable AS (
  SELECT o.year, o.region, o.value,
         o.weight / SUM(o.weight) OVER (PARTITION BY o.year) AS share
  FROM obs o
  JOIN years y ON y.year = o.year AND y.negative = 0 AND y.zero = 0 AND y.unweighted = 0
),
overall AS (
  SELECT year, SUM(share * value) AS mu FROM usable GROUP BY year
),
regions AS (
  SELECT year, region, SUM(share) AS share, SUM(share * value) / SUM(share) AS mu
  FROM usable
  GROUP BY year, region
),
total AS (
  SELECT u.year, SUM(u.share * (u.value / t.mu) * ln(u.value / t.mu)) AS total
  FROM usable u JOIN overall t ON t.year = u.year
  GROUP BY u.year
),
region_theil AS (
  SELECT u.year, u.region,
         SUM((u.share / g.share) * (u.value / g.mu) * ln(u.value / g.mu)) AS theil
  FROM usable u JOIN regions g ON g.year = u.year AND g.region = u.region
  GROUP BY u.year, u.region
),
parts AS (
  SELECT g.year,
         SUM(g.share * (g.mu / t.mu) * rt.theil) AS within,
         SUM(g.share * (g.mu / t.mu) * ln(g.mu / t.mu)) AS "between"
  FROM regions g
  JOIN overall t ON t.year = g.year
  JOIN region_theil rt ON rt.year = g.year AND rt.region = g.region
  GROUP BY g.year
)
SELECT y.year::INTEGER AS year, y.provinces, y.negative, y.zero, y.unweighted,
       tt.total::DOUBLE AS total, p.within::DOUBLE AS within, p."between"::DOUBLE AS "between"
FROM years y
LEFT JOIN total tt ON tt.year = y.year
LEFT JOIN parts p ON p.year = y.year
ORDER BY y.year`;

/**
 * Theil T with its within/between-region decomposition for every year with data, equal or population
 * weighted (2020 census, renormalised over the provinces with a value). Years where the index is not
 * defined carry the reason, as the reference function `theil` gives it.
 */
export async function queryTheil(
	db: Connector,
	params: { indicator: string; scheme: RegionScheme; weighting?: Weighting }
): Promise<YearMeasured<TheilDecomposition>[]> {
	const rows = await db.query<TheilRow>(SQL, [params.weighting ?? 'equal', params.scheme, params.indicator]);
	return rows.map((row) => ({
		year: row.year,
		// The SQL has figures for every year that passes (all values positive and weighted).
		...measure<TheilDecomposition>(row, 'positive', () => {
			const total = row.total as number;
			const between = row.between as number;
			return {
				provinces: row.provinces,
				total,
				within: row.within as number,
				between,
				between_share: total > 0 ? between / total : null
			};
		})
	}));
}
