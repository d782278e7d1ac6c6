// CSV and TSV as RFC 4180 says (quotes, doubled quotes, line breaks inside quotes; CRLF, LF or CR), read
// row by row so that a large file is never held as one big array of cells.

export const DELIMITERS = [',', '\t', ';', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Thrown when a row has more cells than allowed, so that a 10,000-column file stops at once. */
export class TooManyColumns extends Error {
	constructor(
		readonly columns: number,
		readonly row: number
	) {
		super(`row ${row + 1} has more than ${columns} cells`);
	}
}

/**
 * The delimiter of a text table: of comma, tab, semicolon and bar, the one found the same number of times
 * (at least once) on most of the first lines. A `.tsv` name prefers tab. A one-column file gets a comma.
 */
export function detectDelimiter(text: string, fileName = ''): Delimiter {
	const lines = text
		.slice(0, 65_536)
		.split(/\r\n|\n|\r/)
		.slice(0, 30)
		.filter((l) => l.trim() !== '');
	let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: 0 };
	for (const delimiter of DELIMITERS) {
		const counts = lines.map((l) => l.split(delimiter).length - 1).filter((n) => n > 0);
		if (counts.length === 0) continue;
		const tally = new Map<number, number>();
		for (const n of counts) tally.set(n, (tally.get(n) ?? 0) + 1);
		const modeLines = Math.max(...tally.values());
		const score = modeLines / lines.length + (delimiter === '\t' && /\.tsv$/i.test(fileName) ? 1 : 0);
		if (score > best.score) best = { delimiter, score };
	}
	return best.delimiter;
}

/**
 * Calls `onRow(cells, index, end)` for each row of `text` (`end`: the offset after the row, for progress).
 * Returning `false` from `onRow` stops. Throws TooManyColumns when a row has more than `maxColumns` cells.
 */
export function forEachRow(
	text: string,
	delimiter: string,
	onRow: (cells: string[], index: number, end: number) => boolean | void,
	maxColumns = Infinity
): void {
	const sep = delimiter.charCodeAt(0);
	const QUOTE = 34;
	const LF = 10;
	const CR = 13;
	const n = text.length;
	let i = 0;
	let index = 0;
	while (i < n) {
		const cells: string[] = [];
		let rowDone = false;
		while (!rowDone) {
			let cell: string;
			if (text.charCodeAt(i) === QUOTE) {
				// Quoted: runs to the next lone quote; "" is a quote.
				let j = i + 1;
				let value = '';
				for (;;) {
					const q = text.indexOf('"', j);
					if (q === -1) {
						value += text.slice(j);
						j = n;
						break;
					}
					value += text.slice(j, q);
					if (text.charCodeAt(q + 1) === QUOTE) {
						value += '"';
						j = q + 2;
					} else {
						j = q + 1;
						break;
					}
				}
				// Anything between the closing quote and the delimiter is kept, as spreadsheets do.
				let k = j;
				while (k < n && text.charCodeAt(k) !== sep && text.charCodeAt(k) !== LF && text.charCodeAt(k) !== CR)
					k++;
				cell = value + text.slice(j, k);
				i = k;
			} else {
				let k = i;
				while (k < n) {
					const c = text.charCodeAt(k);
					if (c === sep || c === LF || c === CR) break;
					k++;
				}
				cell = text.slice(i, k);
				i = k;
			}
			cells.push(cell);
			if (cells.length > maxColumns) throw new TooManyColumns(maxColumns, index);
			const c = text.charCodeAt(i);
			if (c === sep) {
				i++;
				if (i >= n) cells.push(''); // a trailing delimiter ends with an empty cell
			} else {
				if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
				else if (c === LF) i++;
				rowDone = true;
			}
			if (i >= n) rowDone = true;
		}
		if (onRow(cells, index, i) === false) return;
		index++;
	}
}
