// JSON files: an array of objects, one row each; the keys (in the order first seen) are the header.

export class JsonShapeError extends Error {}
export class JsonDepthError extends Error {}

/**
 * Header row first, then one row per object; values as text (null as an empty cell). A document nested
 * deeper than `maxDepth` is refused before it is parsed (writing a nested value back as text recurses).
 */
export function jsonRows(text: string, maxColumns: number, maxDepth: number): string[][] {
	const depth = nestingDepth(text, maxDepth);
	if (depth > maxDepth) throw new JsonDepthError(`nested deeper than ${maxDepth}`);
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

/** How deeply arrays and objects nest in JSON text (brackets inside strings ignored), counted up to `stop` + 1. */
export function nestingDepth(text: string, stop = Infinity): number {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 0x5c)
				i++; // a backslash escapes the next character
			else if (c === 0x22) inString = false;
		} else if (c === 0x22) inString = true;
		else if (c === 0x5b || c === 0x7b) {
			deepest = Math.max(deepest, ++depth);
			if (deepest > stop) break;
		} else if (c === 0x5d || c === 0x7d) depth--;
	}
	return deepest;
}
