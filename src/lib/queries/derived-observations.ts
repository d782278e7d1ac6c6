// Derived indicators into the engine's `observations` table, beside the bundled and imported ones, so that
// every query treats a composite index or a total per capita like any other indicator. Ids and values reach
// the engine as bound parameters only.
import type { Connector, SqlParam } from '$lib/db/connector';
import { PER_CAPITA_UNIT } from '$lib/metrics/per-capita';

/** The `dataset` of derived rows: never a dataset of data/ or of an import. */
export const DERIVED_DATASET = 'derived';
/** The census year of the population a per-capita value divides by (data/population.csv). */
export const POPULATION_YEAR = 2020;

export type IndicatorValue = {
	indicator: string;
	year: number;
	adcode: number;
	value: number;
};

/** Every value of the indicators `ids` (the components of a composite). */
export async function queryIndicatorValues(db: Connector, ids: readonly string[]): Promise<IndicatorValue[]> {
	if (!ids.length) return [];
	return db.query<IndicatorValue>(
		`SELECT indicator, year::INTEGER AS year, adcode::INTEGER AS adcode, value
		 FROM observations
		 WHERE indicator IN (${ids.map(() => '?').join(', ')}) AND value IS NOT NULL
		 ORDER BY indicator, year, adcode`,
		[...ids]
	);
}

const BATCH = 250;
const ROW = '(?, ?, ?, ?, ?, ?)';

/** Puts the values of derived indicator `id` into the engine (after removing any it had). */
export async function insertDerived(
	db: Connector,
	id: string,
	source: string,
	values: readonly { year: number; adcode: number; value: number }[]
): Promise<void> {
	await removeDerived(db, id);
	for (let start = 0; start < values.length; start += BATCH) {
		const batch = values.slice(start, start + BATCH);
		const params: SqlParam[] = batch.flatMap((v) => [DERIVED_DATASET, id, v.year, v.adcode, v.value, source]);
		await db.query(
			`INSERT INTO observations (dataset, indicator, year, adcode, value, source) VALUES ${batch.map(() => ROW).join(', ')}`,
			params
		);
	}
}

/**
 * Puts indicator `base` per PER_CAPITA_UNIT residents of the 2020 census into the engine as `id`: a
 * province without a population (none of the 31 lacks one) gets no value rather than a wrong one.
 */
export async function insertPerCapita(db: Connector, id: string, base: string): Promise<void> {
	await removeDerived(db, id);
	await db.query(
		`INSERT INTO observations (dataset, indicator, year, adcode, value, source)
		 SELECT ?, ?, o.year, o.adcode, o.value / p.population * ?, o.source
		 FROM observations o
		 JOIN population p ON p.adcode = o.adcode AND p.year = ? AND p.population > 0
		 WHERE o.indicator = ? AND o.value IS NOT NULL`,
		[DERIVED_DATASET, id, PER_CAPITA_UNIT, POPULATION_YEAR, base]
	);
}

export async function removeDerived(db: Connector, id: string): Promise<void> {
	await db.query('DELETE FROM observations WHERE dataset = ? AND indicator = ?', [DERIVED_DATASET, id]);
}
