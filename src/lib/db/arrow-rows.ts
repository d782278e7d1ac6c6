import type { Table } from 'apache-arrow';
import type { Row } from './connector';

/** Arrow result → plain rows. BIGINT never appears here: the engine casts it to DOUBLE. */
export function arrowToRows<T extends Row>(table: Table): T[] {
	const names = table.schema.fields.map((f) => f.name);
	const columns = names.map((name) => table.getChild(name));
	const rows: T[] = new Array(table.numRows);
	for (let i = 0; i < table.numRows; i++) {
		const row: Row = {};
		names.forEach((name, j) => (row[name] = plain(columns[j]?.get(i))));
		rows[i] = row as T;
	}
	return rows;
}

function plain(value: unknown): unknown {
	if (typeof value === 'bigint') return Number(value);
	return value ?? null;
}
