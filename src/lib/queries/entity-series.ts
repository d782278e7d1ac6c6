import type { Connector } from '$lib/db/connector';

/** One province's value in one year. Years without a figure have no row. */
export interface EntityPoint {
	year: number;
	adcode: number;
	value: number;
}

/** Compared at once on the compare page; the query takes no more. */
export const MAX_SERIES = 8;

/**
 * The yearly values of the given provinces for one indicator, by adcode and year. Each adcode is bound
 * to its own `?` (`adcode IN (?, ?, …)`): only the number of placeholders comes from the input, and that
 * is checked, as is every adcode, so nothing but bound numbers reaches the SQL.
 */
export function queryEntitySeries(
	db: Connector,
	params: { indicator: string; adcodes: readonly number[] }
): Promise<EntityPoint[]> {
	const { indicator, adcodes } = params;
	if (adcodes.length === 0) return Promise.resolve([]);
	if (adcodes.length > MAX_SERIES) throw new Error(`at most ${MAX_SERIES} provinces, not ${adcodes.length}`);
	for (const a of adcodes) {
		if (!Number.isInteger(a) || a < 100000 || a > 999999) throw new Error(`not an adcode: ${a}`);
	}
	const placeholders = adcodes.map(() => '?').join(', ');
	const sql = `
SELECT year::INTEGER AS year, adcode::INTEGER AS adcode, value::DOUBLE AS value
FROM observations
WHERE indicator = ? AND adcode IN (${placeholders}) AND value IS NOT NULL
ORDER BY adcode, year`;
	return db.query<EntityPoint & Record<string, unknown>>(sql, [indicator, ...adcodes]);
}
