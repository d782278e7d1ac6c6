// The indicators imported in this browser: read from IndexedDB once per page load, added and removed by the
// import page, and put into the engine before any page queries it. The manifest every page uses is the
// bundled one plus these (withImports), so a link to an imported indicator works only where it exists.
import type { Connector } from '$lib/db/connector';
import type { Manifest, Province } from '$lib/data/manifest';
import type { StoredImport } from '$lib/import/indicator';
import type { SetAsideImport } from '$lib/import/read-stored';
import type { RejectedCell } from '$lib/import/validate-rows';

// IndexedDB, the record checks and the SQL that registers an import are loaded when first needed, not with a
// page's first view: a page with no imports reads an empty store and never inserts anything.
const store = () => import('$lib/import/store');
const register = () => import('$lib/import/register');

class ImportedIndicators {
	records = $state.raw<StoredImport[]>([]);
	setAside = $state.raw<SetAsideImport[]>([]);
	/** True once IndexedDB has been read (or could not be). */
	loaded = $state(false);
	/** Why the imports could not be read or saved; '' when all is well. */
	error = $state('');

	#loading: Promise<void> | null = null;
	#queue: Promise<unknown> = Promise.resolve();

	/** Reads the stored imports once; records that fail the checks are set aside. */
	load(provinces: readonly Pick<Province, 'adcode'>[]): Promise<void> {
		this.#loading ??= (async () => {
			try {
				const { readStoredImports } = await import('$lib/import/read-stored');
				const { records, setAside } = await readStoredImports(provinces.map((p) => p.adcode));
				this.records = records;
				this.setAside = setAside;
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
			if (this.records.length) await (await register()).attachImports(db, this.records);
		});
		this.#queue = run.catch(() => {});
		return run;
	}

	/** Keeps new imports (in IndexedDB, and for this page load even if IndexedDB fails). */
	async add(records: readonly StoredImport[], rejectedCells: readonly RejectedCell[]): Promise<void> {
		this.records = [
			...this.records.filter((r) => !records.some((n) => n.indicator.id === r.indicator.id)),
			...records
		];
		try {
			const { saveImport } = await store();
			for (const record of records) await saveImport(record, rejectedCells);
			this.error = '';
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		}
	}

	/** Deletes a record that was set aside. */
	async removeSetAside(key: IDBValidKey): Promise<void> {
		this.setAside = this.setAside.filter((r) => r.key !== key);
		try {
			await (await store()).deleteImport(key);
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		}
	}

	/** The cells of an import's file that were not imported (read only for the download). */
	async rejectedCells(id: string): Promise<RejectedCell[]> {
		const [{ readRejected }, { storedRejectedCells }] = await Promise.all([
			store(),
			import('$lib/import/stored-record')
		]);
		return storedRejectedCells(await readRejected(id));
	}

	/** Forgets an import: in IndexedDB, in this page's list and in the engine. */
	async remove(id: string): Promise<void> {
		this.records = this.records.filter((r) => r.indicator.id !== id);
		await (await register()).detachImport(id);
		try {
			await (await store()).deleteImport(id);
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
