// Imported indicators kept in this browser's IndexedDB, one record per indicator, until the user removes
// them. Nothing is sent anywhere. The cells of a file that were not imported (up to 100,000, ~13 MB) are
// kept in a store of their own, read only when the user downloads them: every page reads the records.
import type { StoredImport } from './indicator';
import type { RejectedCell } from './validate-rows';

const DB_NAME = 'digital-divide-imports';
const VERSION = 2;
const RECORDS = 'indicators';
const REJECTED = 'rejected';

function openDb(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, VERSION);
		request.onupgradeneeded = (event) => {
			const db = request.result;
			if (!db.objectStoreNames.contains(RECORDS)) db.createObjectStore(RECORDS, { keyPath: 'indicator.id' });
			if (!db.objectStoreNames.contains(REJECTED)) db.createObjectStore(REJECTED);
			if (event.oldVersion === 1) moveRejectedCells(request.transaction as IDBTransaction);
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
		request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
	});
}

/** Version 1 kept the rejected cells in each record: they move to their own store. */
function moveRejectedCells(tx: IDBTransaction): void {
	const rejected = tx.objectStore(REJECTED);
	tx.objectStore(RECORDS).openCursor().onsuccess = (event) => {
		const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
		if (!cursor) return;
		const value: unknown = cursor.value;
		if (typeof value === 'object' && value !== null && 'rejectedCells' in value) {
			const { rejectedCells, ...record } = value;
			rejected.put(rejectedCells, cursor.primaryKey);
			cursor.update(record);
		}
		cursor.continue();
	};
}

async function run<T>(
	stores: string[],
	mode: IDBTransactionMode,
	work: (tx: IDBTransaction) => IDBRequest<T> | void
): Promise<T | undefined> {
	const db = await openDb();
	try {
		return await new Promise<T | undefined>((resolve, reject) => {
			const tx = db.transaction(stores, mode);
			const request = work(tx);
			tx.oncomplete = () => resolve(request ? request.result : undefined);
			tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
			tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
		});
	} finally {
		db.close();
	}
}

/** A stored record as read, unchecked (see stored-record.ts), with the key to delete it by. */
export interface StoredEntry {
	key: IDBValidKey;
	value: unknown;
}

export async function readImports(): Promise<StoredEntry[]> {
	const entries: StoredEntry[] = [];
	await run([RECORDS], 'readonly', (tx) => {
		tx.objectStore(RECORDS).openCursor().onsuccess = (event) => {
			const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
			if (!cursor) return;
			entries.push({ key: cursor.primaryKey, value: cursor.value });
			cursor.continue();
		};
	});
	return entries;
}

/** The rejected cells kept with an import, unchecked. */
export const readRejected = (key: IDBValidKey): Promise<unknown> =>
	run([REJECTED], 'readonly', (tx) => tx.objectStore(REJECTED).get(key));

export const saveImport = async (
	record: StoredImport,
	rejectedCells: readonly RejectedCell[]
): Promise<void> => {
	await run([RECORDS, REJECTED], 'readwrite', (tx) => {
		tx.objectStore(RECORDS).put(record);
		tx.objectStore(REJECTED).put(rejectedCells, record.indicator.id);
	});
};

export const deleteImport = async (key: IDBValidKey): Promise<void> => {
	await run([RECORDS, REJECTED], 'readwrite', (tx) => {
		tx.objectStore(RECORDS).delete(key);
		tx.objectStore(REJECTED).delete(key);
	});
};
