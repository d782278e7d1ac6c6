// What a download of totals per capita adds (issue 13: said in every file, on every row): a per_capita
// column naming the parts divided ("x: …" on /relate) or, for a chart of one indicator, just what was divided by.
import type { CsvRow } from '$lib/csv/to-csv';
import { isPerCapitaId, PER_CAPITA_COLUMN, PER_CAPITA_TEXT } from '$lib/state/derived-indicators';

/** `ids`: the chart's indicators by the part they are (`{ indicator }`, or `{ x, y }`). */
export function perCapitaDownload(
	columns: readonly string[],
	rows: readonly CsvRow[],
	ids: Readonly<Record<string, string>>
): { columns: readonly string[]; rows: readonly CsvRow[] } {
	const parts = Object.keys(ids);
	const divided = parts.filter((part) => isPerCapitaId(ids[part] as string));
	if (!divided.length) return { columns, rows };
	const text = parts.length > 1 ? `${divided.join(', ')}: ${PER_CAPITA_TEXT}` : PER_CAPITA_TEXT;
	return {
		columns: [...columns, PER_CAPITA_COLUMN],
		rows: rows.map((row) => ({ ...row, [PER_CAPITA_COLUMN]: text }))
	};
}
