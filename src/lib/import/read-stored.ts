// Reading the stored imports back: every record checked (stored-record.ts), the ones that fail set aside with
// a name the import page can show. Loaded on demand by state/imports, so the check is not in a page's first
// view: most readers have no import at all.
import type { StoredImport } from './indicator';
import { checkStoredImport, MAX_STORED_TEXT } from './stored-record';
import { readImports } from './store';
import { maxYear } from './limits';

/** A stored record that failed the checks: kept out of every page, shown on the import page to delete. */
export interface SetAsideImport {
	key: IDBValidKey;
	/** What names it: its file or indicator name where one is text, else its key. */
	name: string;
	/** The first field that failed. */
	problem: string;
}

/** The stored records that pass the checks (oldest first), and the ones set aside. */
export async function readStoredImports(
	adcodes: readonly number[]
): Promise<{ records: StoredImport[]; setAside: SetAsideImport[] }> {
	const records: StoredImport[] = [];
	const setAside: SetAsideImport[] = [];
	for (const { key, value } of await readImports()) {
		const checked = checkStoredImport(value, adcodes, maxYear());
		if ('record' in checked) records.push(checked.record);
		else setAside.push({ key, name: nameOf(key, value), problem: checked.problem });
	}
	records.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
	return { records, setAside };
}

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
