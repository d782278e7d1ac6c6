// CSV that Excel opens with Chinese intact and that cannot run formulas.

export type CsvValue = string | number | null | undefined;
export type CsvRow = Record<string, CsvValue>;

/** Excel reads a file as UTF-8 only when it starts with a byte-order mark. */
const BOM = '\uFEFF';

/** Text a spreadsheet would take for a formula (OWASP CSV injection): =, +, -, @, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(columns: readonly string[], rows: readonly CsvRow[]): string {
	const lines = [columns.map(cell), ...rows.map((row) => columns.map((c) => cell(row[c])))];
	return BOM + lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}

function cell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	// Numbers are written in full (shortest round-trip form): a download holds the data, not the chart's rounding.
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const text = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
