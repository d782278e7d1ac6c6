// Imported values into the engine's `observations` table, beside the bundled ones, so that every query
// (region means, gaps, Theil, Gini, rankings, comparisons) treats them alike. Only bound parameters carry
// them: no text from a file ever becomes SQL.
import type { Connector, SqlParam } from '$lib/db/connector';
import { IMPORTED_DATASET, IMPORTED_ID } from './limits';
import type { ImportedValue } from './validate-rows';
import type { StoredImport } from './indicator';

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
	values: readonly ImportedValue[]
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

/** The imported indicators already in each engine (there is one per page load; a map keeps it simple). */
const attached = new Map<Connector, Set<string>>();

/** Puts every record not yet in `db` into it. */
export async function attachImports(db: Connector, records: readonly StoredImport[]): Promise<void> {
	let done = attached.get(db);
	if (!done) attached.set(db, (done = new Set()));
	for (const record of records) {
		if (done.has(record.indicator.id)) continue;
		await insertImported(db, record.indicator.id, record.indicator.source_zh, record.values);
		done.add(record.indicator.id);
	}
}

/** Takes imported indicator `id` out of every engine it was put into. */
export async function detachImport(id: string): Promise<void> {
	for (const [db, done] of attached) {
		if (done.delete(id)) await removeImported(db, id);
	}
}
