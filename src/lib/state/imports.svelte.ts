// The indicators imported in this browser: read from IndexedDB once per page load, added and removed by the
// import page, and put into the engine before any page queries it. The manifest every page uses is the
// bundled one plus these (withImports), so a link to an imported indicator works only where it exists.
import type { Connector } from '$lib/db/connector';
import type { Manifest, Province } from '$lib/data/manifest';
import type { StoredImport } from '$lib/import/indicator';
import { checkStoredImport, MAX_STORED_TEXT, storedRejectedCells } from '$lib/import/stored-record';
import { deleteImport, readImports, readRejected, saveImport } from '$lib/import/store';
import type { RejectedCell } from '$lib/import/validate-rows';
import { maxYear } from '$lib/import/limits';
import { attachImports, detachImport } from '$lib/import/register';

/** A stored record that failed the checks: kept out of every page, shown on the import page to delete. */
export interface SetAsideImport {
	key: IDBValidKey;
	/** What names it: its file or indicator name where one is text, else its key. */
	name: string;
	/** The first field that failed. */
	problem: string;
}

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
				const adcodes = provinces.map((p) => p.adcode);
				const records: StoredImport[] = [];
				const setAside: SetAsideImport[] = [];
				for (const { key, value } of await readImports()) {
					const checked = checkStoredImport(value, adcodes, maxYear());
					if ('record' in checked) records.push(checked.record);
					else setAside.push({ key, name: nameOf(key, value), problem: checked.problem });
				}
				this.records = records.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
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
			await attachImports(db, this.records);
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
			await deleteImport(key);
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		}
	}

	/** The cells of an import's file that were not imported (read only for the download). */
	async rejectedCells(id: string): Promise<RejectedCell[]> {
		return storedRejectedCells(await readRejected(id));
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

const NAME_LENGTH = 80;

function nameOf(key: IDBValidKey, value: unknown): string {
	const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
	const indicator = (typeof record.indicator === 'object' && record.indicator) || {};
	const candidates = [record.fileName, (indicator as Record<string, unknown>).name_zh, key];
	const name = candidates.find(
		(c) => typeof c === 'string' && c.trim() !== '' && c.length <= MAX_STORED_TEXT
	);
	const text = typeof name === 'string' ? name : String(key);
	return text.length > NAME_LENGTH ? `${text.slice(0, NAME_LENGTH)}…` : text;
}

/** The bundled manifest plus the imported indicators (the same object when there are none). */
export function withImports(manifest: Manifest, records: readonly StoredImport[]): Manifest {
	if (records.length === 0) return manifest;
	return { ...manifest, indicators: [...manifest.indicators, ...records.map((r) => r.indicator)] };
}
