// Counts the cells SheetJS would make of a workbook part, from its XML text fed in pieces: an xlsx cell
// `<c …>` (matched as SheetJS splits cells), and an .ods cell with content times its column and row
// repeats (SheetJS writes out every repeat, so three attributes can ask for billions of cells).
// An upper bound: a count never lower than the cells SheetJS makes.

const XLSX_CELL = /<(?:\w+:)?c[ />]/g;
const ODS_TAG = /<table:(table-row|table-cell)\b([^>]*?)(\/?)>|<\/table:table-row>/g;
const REPEAT = /number-(?:rows|columns)-repeated="(\d+)"/;
/** A tag split between two pieces is carried over; a longer "tag" is not one SheetJS reads as a cell. */
const MAX_CARRY = 4096;

export class CellCounter {
	cells = 0;
	#carry = '';
	#rowRepeat = 1;

	push(text: string): void {
		const all = this.#carry + text;
		const open = all.lastIndexOf('<');
		const cut = open >= 0 && all.indexOf('>', open) < 0 && all.length - open < MAX_CARRY ? open : all.length;
		this.#carry = all.slice(cut);
		this.#scan(all.slice(0, cut));
	}

	/** The count once every piece is in. */
	end(): number {
		this.#scan(this.#carry);
		this.#carry = '';
		return this.cells;
	}

	#scan(text: string): void {
		this.cells += text.match(XLSX_CELL)?.length ?? 0;
		for (const [, kind, attributes = '', selfClosing] of text.matchAll(ODS_TAG)) {
			const repeat = Number(REPEAT.exec(attributes)?.[1] ?? 1) || 1;
			if (!kind) this.#rowRepeat = 1;
			else if (kind === 'table-row') this.#rowRepeat = selfClosing ? 1 : repeat;
			else if (!selfClosing || attributes.includes('office:value-type')) {
				this.cells += repeat * this.#rowRepeat;
			}
		}
	}
}
