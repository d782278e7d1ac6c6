// Text from outside (a link's value) quoted in a sentence of ours: short, every character visible, and
// unable to reorder the sentence around it.

/**
 * How many characters of a value are shown before it is cut with "…" (a [U+XXXX] counts as its 8): room for
 * any indicator id, an imported one's 49 included, so a link to a removed import names it whole.
 */
export const MAX_SHOWN_CHARS = 60;

// Controls, format characters (zero-width, bidi overrides), line/paragraph separators, lone surrogates and
// private-use characters: invisible or misleading in a quote, so shown by their code.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}]/u;

/**
 * `value` as it can be quoted: at most MAX_SHOWN_CHARS characters (then "…"), each hidden character
 * written as [U+XXXX], and the whole isolated (FSI … PDI) so right-to-left text stays inside its quotes.
 */
export function shownValue(value: string): string {
	let shown = '';
	let width = 0;
	for (const char of value) {
		const piece = HIDDEN.test(char)
			? `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`
			: char;
		const pieceWidth = piece === char ? 1 : piece.length;
		if (width + pieceWidth > MAX_SHOWN_CHARS) {
			shown += '…';
			break;
		}
		shown += piece;
		width += pieceWidth;
	}
	return `\u2068${shown}\u2069`;
}
