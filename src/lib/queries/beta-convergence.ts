// The SQL cross-check of β-convergence, not a path the pages take. The analysis page fits β in TypeScript
// (metrics/beta-convergence.ts, the stated path): it needs the scatter's points for the one span on screen,
// from the two years' rows it already holds, so a query per span would add a round trip and still not give
// the points. This statement fits every span at once in DuckDB and tests/unit/measures-convergence.test.ts
// holds it to the TypeScript path for every indicator and span, so the two computations check each other.
import type { Connector } from '$lib/db/connector';
import type { BetaFit } from '$lib/metrics/beta-convergence';
import { measure, type Measured } from '$lib/metrics/measured';

/** A β-convergence fit over one span of years, or why there is none. */
export type SpanMeasured<T> = { from: number; to: number } & Measured<T>;

interface BetaRow extends Record<string, unknown> {
	from: number;
	to: number;
	provinces: number;
	negative: number;
	zero: number;
	varies: boolean;
	beta: number | null;
	intercept: number | null;
	r2: number | null;
	speed: number | null;
}

// Absolute β-convergence (reference: lib/metrics/beta-convergence.ts) for every span from < to of years with
// data at once: each province's values in the two years are paired by adcode, and DuckDB's regr_* aggregates
// fit growth on the initial log value. `negative`/`zero` count provinces whose lower value of the two is < 0/= 0
// and `varies` whether the initial values differ; they decide (in TS, by inputFailure) whether the fit is
// defined. ln() is fed NULL for a value ≤ 0 (DuckDB raises on ln(0)); such a span's figures are never read.
// The scatter's points are not returned: the reference function gives them for the one span on screen.
const SQL = `
WITH obs AS (
  SELECT year, adcode, value FROM observations WHERE indicator = ?
),
pairs AS (
  SELECT a.year AS from_year, b.year AS to_year, a.value AS y0, b.value AS y1,
         ln(CASE WHEN a.value > 0 THEN a.value END) AS x,
         ln(CASE WHEN a.value > 0 AND b.value > 0 THEN b.value / a.value END) / (b.year - a.year) AS g
  FROM obs a JOIN obs b ON b.adcode = a.adcode AND b.year > a.year
),
fits AS (
  SELECT from_year, to_year,
         COUNT(*)::INTEGER AS provinces,
         COUNT(*) FILTER (WHERE least(y0, y1) < 0)::INTEGER AS negative,
         COUNT(*) FILTER (WHERE least(y0, y1) = 0)::INTEGER AS zero,
         MIN(y0) < MAX(y0) AS varies,
         regr_slope(g, x) AS beta,
         regr_intercept(g, x) AS intercept,
         regr_r2(g, x) AS r2
  FROM pairs
  GROUP BY from_year, to_year
)
SELECT from_year::INTEGER AS "from", to_year::INTEGER AS "to", provinces, negative, zero, varies,
       beta::DOUBLE AS beta, intercept::DOUBLE AS intercept, r2::DOUBLE AS r2,
       (CASE WHEN 1 + beta * (to_year - from_year) > 0
             THEN -ln(1 + beta * (to_year - from_year)) / (to_year - from_year) END)::DOUBLE AS speed
FROM fits
ORDER BY from_year, to_year`;

/**
 * The absolute β-convergence fit (β, intercept, R², implied speed λ) for every span of two years with data,
 * over the provinces with a value in both. Spans where it is not defined carry the reason, as the reference
 * function `betaConvergence` gives it.
 */
export async function queryBetaConvergence(
	db: Connector,
	params: { indicator: string }
): Promise<SpanMeasured<BetaFit>[]> {
	const rows = await db.query<BetaRow>(SQL, [params.indicator]);
	return rows.map((row) => ({
		from: row.from,
		to: row.to,
		// A span that passes has all its figures: positive values and a spread of initial values.
		...measure<BetaFit>(row, 'positive', () => ({
			provinces: row.provinces,
			beta: row.beta as number,
			intercept: row.intercept as number,
			r2: row.r2 as number,
			speed: row.speed
		}))
	}));
}
