import type { Connector } from '$lib/db/connector';
import type { RegionId, RegionScheme } from '$lib/data/manifest';
import type { DagumGini } from '$lib/metrics/gini';
import { measure, type YearMeasured } from '$lib/metrics/measured';
import { REGIONAL_OBSERVATIONS, VALUE_COUNTS } from './regional-observations';

/** One cell of one year's region matrix, with the year's figures repeated (null where not computed). */
interface GiniRow extends Record<string, unknown> {
	year: number;
	provinces: number;
	negative: number;
	zero: number;
	total: number | null;
	within: number | null;
	net_between: number | null;
	transvariation: number | null;
	j: RegionId | null;
	h: RegionId | null;
	j_provinces: number | null;
	j_mean: number | null;
	j_province_share: number | null;
	j_value_share: number | null;
	gini: number | null;
	affluence: number | null;
}

// The Gini coefficient with Dagum's decomposition (reference: lib/metrics/gini.ts) for every year at once:
// one row per year and ordered pair of regions (j, h), diagonal included, in order of the regions' means,
// highest first, with the year's figures repeated on each. `years` holds the counts that decide whether the
// index is defined (judged in TS by inputFailure); cells are computed only for years with no negative value
// and a positive mean (the divisor), and such a year has a single row with NULL figures.
const SQL = `
WITH ${REGIONAL_OBSERVATIONS},
years AS (
  SELECT year,
         ${VALUE_COUNTS},
         AVG(value) AS mu,
         SUM(value) AS sum
  FROM obs
  GROUP BY year
),
usable AS (
  SELECT o.year, o.region, o.value
  FROM obs o
  JOIN years y ON y.year = o.year AND y.negative = 0 AND y.zero < y.provinces
),
total AS (
  SELECT a.year, SUM(abs(a.value - b.value)) AS absolute
  FROM usable a JOIN usable b ON b.year = a.year
  GROUP BY a.year
),
regions AS (
  SELECT u.year, u.region,
         COUNT(*)::INTEGER AS provinces,
         AVG(u.value) AS mu,
         COUNT(*)::DOUBLE / y.provinces AS province_share,
         SUM(u.value) / y.sum AS value_share,
         ROW_NUMBER() OVER (PARTITION BY u.year ORDER BY AVG(u.value) DESC, u.region) AS rank
  FROM usable u JOIN years y ON y.year = u.year
  GROUP BY u.year, u.region, y.provinces, y.sum
),
pairs AS (
  SELECT a.year, a.region AS j, b.region AS h,
         SUM(greatest(a.value - b.value, 0)) AS above,
         SUM(greatest(b.value - a.value, 0)) AS below
  FROM usable a JOIN usable b ON b.year = a.year
  GROUP BY a.year, a.region, b.region
),
cells AS (
  SELECT p.year, p.j, p.h, gj.rank AS rank_j, gh.rank AS rank_h,
         CASE WHEN p.above + p.below = 0 THEN 0
              ELSE (p.above + p.below) / (gj.provinces * gh.provinces * (gj.mu + gh.mu)) END AS gini,
         CASE WHEN p.above + p.below = 0 THEN 0
              ELSE (p.above - p.below) / (p.above + p.below) END AS affluence,
         gj.province_share * gh.value_share + gh.province_share * gj.value_share AS pair_weight,
         gj.province_share * gj.value_share AS own_weight
  FROM pairs p
  JOIN regions gj ON gj.year = p.year AND gj.region = p.j
  JOIN regions gh ON gh.year = p.year AND gh.region = p.h
),
parts AS (
  SELECT year,
         SUM(CASE WHEN rank_j = rank_h THEN gini * own_weight ELSE 0 END) AS within,
         SUM(CASE WHEN rank_j < rank_h THEN gini * pair_weight * affluence ELSE 0 END) AS net_between,
         SUM(CASE WHEN rank_j < rank_h THEN gini * pair_weight * (1 - affluence) ELSE 0 END) AS transvariation
  FROM cells
  GROUP BY year
)
SELECT y.year::INTEGER AS year, y.provinces, y.negative, y.zero,
       (t.absolute / (2 * y.provinces * y.provinces * y.mu))::DOUBLE AS total,
       d.within::DOUBLE AS within,
       d.net_between::DOUBLE AS net_between,
       d.transvariation::DOUBLE AS transvariation,
       c.j, c.h,
       g.provinces AS j_provinces,
       g.mu::DOUBLE AS j_mean,
       g.province_share::DOUBLE AS j_province_share,
       g.value_share::DOUBLE AS j_value_share,
       c.gini::DOUBLE AS gini,
       c.affluence::DOUBLE AS affluence
FROM years y
LEFT JOIN total t ON t.year = y.year
LEFT JOIN parts d ON d.year = y.year
LEFT JOIN cells c ON c.year = y.year
LEFT JOIN regions g ON g.year = c.year AND g.region = c.j
ORDER BY y.year, c.rank_j, c.rank_h`;

/**
 * The Gini coefficient and its Dagum decomposition (within, net between, transvariation, and the matrix of
 * G_jh) for every year with data. Years where it is not defined carry the reason, as the reference function
 * `dagumGini` gives it.
 */
export async function queryGini(
	db: Connector,
	params: { indicator: string; scheme: RegionScheme }
): Promise<YearMeasured<DagumGini>[]> {
	const rows = await db.query<GiniRow>(SQL, [params.scheme, params.indicator]);
	const byYear = new Map<number, GiniRow[]>();
	for (const row of rows) {
		const cells = byYear.get(row.year);
		if (cells) cells.push(row);
		else byYear.set(row.year, [row]);
	}
	return [...byYear].map(([year, cells]) => {
		const first = cells[0] as GiniRow;
		// A year that passes has all its figures and cells (no negative value, a positive mean).
		return {
			year,
			...measure<DagumGini>(first, 'non_negative', () => ({
				provinces: first.provinces,
				total: first.total as number,
				within: first.within as number,
				net_between: first.net_between as number,
				transvariation: first.transvariation as number,
				regions: cells
					.filter((c) => c.j === c.h)
					.map((c) => ({
						region: c.j as RegionId,
						provinces: c.j_provinces as number,
						mean: c.j_mean as number,
						province_share: c.j_province_share as number,
						value_share: c.j_value_share as number
					})),
				matrix: cells.map((c) => ({
					j: c.j as RegionId,
					h: c.h as RegionId,
					gini: c.gini as number,
					affluence: c.affluence as number
				}))
			}))
		};
	});
}
