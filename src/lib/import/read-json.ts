// JSON files: an array of objects, one row each; the keys (in the order first seen) are the header.

export class JsonShapeError extends Error {}

/** Header row first, then one row per object; values as text (null as an empty cell). */
export function jsonRows(text: string, maxColumns: number): string[][] {
	const data: unknown = JSON.parse(text);
	if (!Array.isArray(data)) throw new JsonShapeError('not an array');
	const keys = new Map<string, number>();
	const rows: string[][] = [];
	for (const item of data) {
		if (item === null || typeof item !== 'object' || Array.isArray(item)) {
			throw new JsonShapeError('an element is not an object');
		}
		const row: string[] = [];
		for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
			let column = keys.get(key);
			if (column === undefined) {
				column = keys.size;
				if (column >= maxColumns) throw new JsonShapeError(`more than ${maxColumns} keys`);
				keys.set(key, column);
			}
			row[column] = cellText(value);
		}
		rows.push(Array.from(row, (c) => c ?? ''));
	}
	return [[...keys.keys()], ...rows];
}

function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return JSON.stringify(value).slice(0, 200);
}
