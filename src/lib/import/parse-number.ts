// A cell's text as a number, the way a person reading a yearbook would: thousands separators, full-width
// digits and a trailing % are accepted (and reported); a blank cell or a placeholder such as "-" or "…"
// is "no value", never 0; anything else is not a number.

export type ParsedNumber =
	| {
			kind: 'number';
			value: number;
			/** A trailing % was removed (the number is kept as written: "12.5%" is 12.5). */
			percent: boolean;
			/** Thousands separators were removed ("1,234.5"). */
			grouped: boolean;
			/** Full-width characters were read as their ASCII forms ("１２３．４"). */
			fullWidth: boolean;
	  }
	| { kind: 'blank' }
	| { kind: 'invalid' };

/** Placeholders that yearbooks and spreadsheets use for a missing figure. */
const NO_VALUE = /^(?:-{1,2}|[—–]{1,2}|…{1,2}|\.{2,3}|n\/?a|null|none|nan|#n\/a|无|暂无|缺失|空)$/i;
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

// Most cells are plain ASCII numbers: read without normalising.
const SIMPLE = /^-?\d+(?:\.\d+)?$/;

export function parseNumber(text: string): ParsedNumber {
	if (SIMPLE.test(text)) {
		return { kind: 'number', value: Number(text), percent: false, grouped: false, fullWidth: false };
	}
	const fullWidth = FULL_WIDTH.test(text);
	let s = text
		.normalize('NFKC')
		.replace(/\u2212/g, '-')
		.trim();
	if (s === '' || NO_VALUE.test(s)) return { kind: 'blank' };
	const percent = s.endsWith('%');
	if (percent) s = s.slice(0, -1).trimEnd();
	let grouped = false;
	if (GROUPED.test(s)) {
		s = s.replaceAll(',', '');
		grouped = true;
	} else if (!PLAIN.test(s)) return { kind: 'invalid' };
	const value = Number(s);
	if (!Number.isFinite(value)) return { kind: 'invalid' };
	return { kind: 'number', value, percent, grouped, fullWidth };
}

/**
 * A year as a header or cell gives it: "2019", "2019年", "2019年度", "Y2019", an Excel number 2019, with an
 * optional unit in brackets ("2019（%）"). Any four-digit year 1900–2099 is read; the range the importer
 * accepts is checked later, so that a year outside it is reported rather than unrecognised.
 */
export function parseYear(text: string): number | null {
	const s = text.normalize('NFKC').trim();
	const m = /^(?:fy|y)?\s*((?:19|20)\d{2})(?:\.0+)?\s*(?:年度?)?\s*(?:[([][^)\]]*[)\]])?$/i.exec(s);
	return m ? Number(m[1]) : null;
}
