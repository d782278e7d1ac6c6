// The early rows of every indicator (src/lib/state/early-rows.ts), written to <out>/views/<id>.json: the
// overview's queries run through the Node connector over the tables just written.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startNodeDatabase } from '../../src/lib/db/node';
import { queryEarlyRows } from '../../src/lib/state/early-rows';
import type { Dataset } from './build';

/** Writes one file per indicator; returns their sizes in bytes, by indicator. */
export async function writeEarlyRows(dataset: Dataset, outDir: string): Promise<Map<string, number>> {
	const dir = path.join(outDir, 'views');
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });
	const sizes = new Map<string, number>();
	const db = await startNodeDatabase(dataset.tables);
	try {
		for (const { id } of dataset.manifest.indicators) {
			const text = JSON.stringify(await queryEarlyRows(db, id));
			await writeFile(path.join(dir, `${id}.json`), text);
			sizes.set(id, Buffer.byteLength(text));
		}
	} finally {
		db.close();
	}
	return sizes;
}
