// Imported indicators into each engine of the page, once each; the SQL is queries/imported-observations.ts.
import type { Connector } from '$lib/db/connector';
import { insertImported, removeImported } from '$lib/queries/imported-observations';
import type { StoredImport } from './indicator';

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
