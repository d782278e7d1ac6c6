// Imported indicators kept in this browser's IndexedDB, one record per indicator, until the user removes
// them. Nothing is sent anywhere.
import type { StoredImport } from './indicator';

const DB_NAME = 'digital-divide-imports';
const STORE = 'indicators';

function openDb(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'indicator.id' });
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
		request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
	});
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	const db = await openDb();
	try {
		return await new Promise<T>((resolve, reject) => {
			const tx = db.transaction(STORE, mode);
			const request = work(tx.objectStore(STORE));
			tx.oncomplete = () => resolve(request.result);
			tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB transaction failed'));
			tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
		});
	} finally {
		db.close();
	}
}

/** Every stored record, unchecked (the caller checks each with isStoredImport). */
export const readImports = (): Promise<unknown[]> => run('readonly', (store) => store.getAll());

export const saveImport = async (record: StoredImport): Promise<void> => {
	await run('readwrite', (store) => store.put(record));
};

export const deleteImport = async (id: string): Promise<void> => {
	await run('readwrite', (store) => store.delete(id));
};
