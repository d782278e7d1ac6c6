// The indicators imported in this browser: read from IndexedDB once per page load, added and removed by the
// import page, and put into the engine before any page queries it. The manifest every page uses is the
// bundled one plus these (withImports), so a link to an imported indicator works only where it exists.
import type { Connector } from '$lib/db/connector';
import type { Manifest, Province } from '$lib/data/manifest';
import { isStoredImport, type StoredImport } from '$lib/import/indicator';
import { deleteImport, readImports, saveImport } from '$lib/import/store';
import { attachImports, detachImport } from '$lib/import/register';

class ImportedIndicators {
	records = $state.raw<StoredImport[]>([]);
	/** True once IndexedDB has been read (or could not be). */
	loaded = $state(false);
	/** Why the imports could not be read or saved; '' when all is well. */
	error = $state('');

	#loading: Promise<void> | null = null;
	#queue: Promise<unknown> = Promise.resolve();

	/** Reads the stored imports once; records that fail the checks are ignored. */
	load(provinces: readonly Pick<Province, 'adcode'>[]): Promise<void> {
		this.#loading ??= (async () => {
			try {
				const adcodes = provinces.map((p) => p.adcode);
				const records = (await readImports()).filter((r) => isStoredImport(r, adcodes));
				this.records = records.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
			} catch (error) {
				this.error = error instanceof Error ? error.message : String(error);
			}
			this.loaded = true;
		})();
		return this.#loading;
	}

	/** Puts every import not yet in `db` into it (after the stored ones are read). Calls are run one after another. */
	attach(db: Connector, provinces: readonly Pick<Province, 'adcode'>[]): Promise<void> {
		const run = this.#queue.then(async () => {
			await this.load(provinces);
			await attachImports(db, this.records);
		});
		this.#queue = run.catch(() => {});
		return run;
	}

	/** Keeps new imports (in IndexedDB, and for this page load even if IndexedDB fails). */
	async add(records: readonly StoredImport[]): Promise<void> {
		this.records = [
			...this.records.filter((r) => !records.some((n) => n.indicator.id === r.indicator.id)),
			...records
		];
		try {
			for (const record of records) await saveImport(record);
			this.error = '';
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		}
	}

	/** Forgets an import: in IndexedDB, in this page's list and in the engine. */
	async remove(id: string): Promise<void> {
		this.records = this.records.filter((r) => r.indicator.id !== id);
		await detachImport(id);
		try {
			await deleteImport(id);
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		}
	}
}

export const importedIndicators = new ImportedIndicators();

/** The bundled manifest plus the imported indicators (the same object when there are none). */
export function withImports(manifest: Manifest, records: readonly StoredImport[]): Manifest {
	if (records.length === 0) return manifest;
	return { ...manifest, indicators: [...manifest.indicators, ...records.map((r) => r.indicator)] };
}
