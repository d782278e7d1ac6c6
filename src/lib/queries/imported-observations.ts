// Imported values into the engine's `observations` table, beside the bundled ones, so that every query
// (region means, gaps, Theil, Gini, rankings, comparisons) treats them alike. Only bound parameters carry
// them: no text from a file ever becomes SQL, and an indicator id must have the imported form.
import type { Connector, SqlParam } from '$lib/db/connector';
import { IMPORTED_DATASET, IMPORTED_ID } from '$lib/import/limits';

/** One imported figure: a province's value for a year. */
export interface ImportedObservation {
	year: number;
	adcode: number;
	value: number;
}

const BATCH = 250;
const ROW = '(?, ?, ?, ?, ?, ?)';

function checkId(id: string): void {
	if (!IMPORTED_ID.test(id)) throw new Error(`not an imported indicator id: ${id}`);
}

/** Replaces the rows of imported indicator `id` with `values`. */
export async function insertImported(
	db: Connector,
	id: string,
	source: string,
	values: readonly ImportedObservation[]
): Promise<void> {
	checkId(id);
	await removeImported(db, id);
	for (let start = 0; start < values.length; start += BATCH) {
		const batch = values.slice(start, start + BATCH);
		const params: SqlParam[] = batch.flatMap((v) => [
			IMPORTED_DATASET,
			id,
			v.year,
			v.adcode,
			v.value,
			source
		]);
		await db.query(
			`INSERT INTO observations (dataset, indicator, year, adcode, value, source) VALUES ${batch.map(() => ROW).join(', ')}`,
			params
		);
	}
}

/** Deletes the rows of imported indicator `id` (bundled rows are never touched: the dataset is checked too). */
export async function removeImported(db: Connector, id: string): Promise<void> {
	checkId(id);
	await db.query('DELETE FROM observations WHERE dataset = ? AND indicator = ?', [IMPORTED_DATASET, id]);
}
