// Global Moran's I computed independently of lib/metrics: DuckDB SQL over the files of data/ (the PKU
// observations, contiguity.csv, capitals.csv), not the manifest nor the site's code. The weights, the
// statistic and its variance under normality are each written here from the formulas of /methods#moran.
// Shared by the unit tests of the reference functions and the browser test of /analysis.
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import type { WeightsScheme } from '../../../src/lib/metrics/moran-types';

const DATA = fileURLToPath(new URL('../../../data/', import.meta.url));

export interface MoranReference {
	provinces: number;
	i: number;
	expected: number;
	variance: number;
	z: number;
}

// The provinces with a value of the indicator in the year (the 31 of provinces.csv only).
const OBSERVED = `obs AS (
	SELECT adcode::INTEGER AS id, value::DOUBLE AS x
	FROM read_csv('${DATA}observations/pku_dfiic.csv', header = true)
	WHERE indicator = $indicator AND year::INTEGER = $year AND value IS NOT NULL
		AND adcode::INTEGER IN (SELECT adcode::INTEGER FROM read_csv('${DATA}provinces.csv', header = true)))`;

// Row-standardised weights w(i, j, w) over the observed provinces.
const WEIGHTS: Record<WeightsScheme, string> = {
	queen: `pairs AS (
		SELECT adcode_a::INTEGER AS a, adcode_b::INTEGER AS b FROM read_csv('${DATA}contiguity.csv', header = true)),
	edges AS (
		SELECT e.i, e.j FROM (SELECT a AS i, b AS j FROM pairs UNION ALL SELECT b, a FROM pairs) e
		WHERE e.i IN (SELECT id FROM obs) AND e.j IN (SELECT id FROM obs)),
	w AS (SELECT i, j, 1.0 / COUNT(*) OVER (PARTITION BY i) AS w FROM edges)`,
	knn4: `caps AS (
		SELECT adcode::INTEGER AS id, radians(lat::DOUBLE) AS phi, radians(lon::DOUBLE) AS lambda
		FROM read_csv('${DATA}capitals.csv', header = true) WHERE adcode::INTEGER IN (SELECT id FROM obs)),
	dist AS (
		SELECT p.id AS i, q.id AS j, 2 * 6371.0088 * asin(sqrt(
			pow(sin((q.phi - p.phi) / 2), 2) + cos(p.phi) * cos(q.phi) * pow(sin((q.lambda - p.lambda) / 2), 2))) AS km
		FROM caps p JOIN caps q ON p.id <> q.id),
	w AS (
		SELECT i, j, 0.25 AS w FROM (SELECT i, j, ROW_NUMBER() OVER (PARTITION BY i ORDER BY km, j) AS k FROM dist)
		WHERE k <= 4)`
};

const MORAN = `
	stats AS (SELECT COUNT(*)::DOUBLE AS n, AVG(x) AS mean FROM obs),
	dev AS (SELECT id, x - mean AS z FROM obs, stats),
	cross_product AS (
		SELECT SUM(w.w * zi.z * zj.z) AS c FROM w JOIN dev zi ON zi.id = w.i JOIN dev zj ON zj.id = w.j),
	squares AS (SELECT SUM(z * z) AS m2 FROM dev),
	s0 AS (SELECT SUM(w) AS s0 FROM w),
	-- Every ordered pair (i, j) with wᵢⱼ or wⱼᵢ, once, with wᵢⱼ + wⱼᵢ.
	sym AS (SELECT COALESCE(a.w, 0) + COALESCE(b.w, 0) AS s FROM w a FULL JOIN w b ON a.i = b.j AND a.j = b.i),
	s1 AS (SELECT SUM(s * s) / 2 AS s1 FROM sym),
	s2 AS (
		SELECT SUM(pow(COALESCE(r.total, 0) + COALESCE(c.total, 0), 2)) AS s2 FROM obs
		LEFT JOIN (SELECT i, SUM(w) AS total FROM w GROUP BY i) r ON r.i = obs.id
		LEFT JOIN (SELECT j, SUM(w) AS total FROM w GROUP BY j) c ON c.j = obs.id),
	moran AS (
		SELECT n, n / s0 * c / m2 AS i, -1 / (n - 1) AS expected,
			(n * n * s1 - n * s2 + 3 * s0 * s0) / ((n * n - 1) * s0 * s0) - 1 / pow(n - 1, 2) AS variance
		FROM stats, cross_product, squares, s0, s1, s2)
	SELECT n::INTEGER AS provinces, i, expected, variance, (i - expected) / sqrt(variance) AS z FROM moran`;

/** Moran's I of a PKU indicator in one year under one weights scheme, by SQL from data/. */
export async function moranReference(
	indicator: string,
	year: number,
	scheme: WeightsScheme
): Promise<MoranReference> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		const sql = `WITH ${OBSERVED}, ${WEIGHTS[scheme]}, ${MORAN}`;
		const reader = await conn.runAndReadAll(sql, { indicator, year });
		const [row] = reader.getRowObjectsJS() as unknown as MoranReference[];
		if (!row) throw new Error(`no Moran reference for ${indicator} ${year} ${scheme}`);
		return row;
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}
