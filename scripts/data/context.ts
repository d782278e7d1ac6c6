// data/context/*.csv: figures quoted as text with their source, never charted per province.
import type { ContextFigure } from '../../src/lib/data/manifest';
import { fail, number, optional, plausibleYear, source, text } from './cells';
import { readCsv, type CsvRow } from './csv';

export async function readContext(dataDir: string): Promise<ContextFigure[]> {
	const facts = await readCsv(dataDir, 'context/region_level_facts.csv', [
		'indicator',
		'unit',
		'year',
		'area',
		'value',
		'source',
		'note'
	]);
	const figures = await readCsv(dataDir, 'context/report_figures.csv', [
		'figure',
		'scope',
		'year',
		'value',
		'unit',
		'statement',
		'source'
	]);
	const labels = await readLabels(dataDir);
	const label = (row: CsvRow, column: string) => {
		const found = labels.get(text(row, column));
		if (!found) fail(row, `${column} "${text(row, column)}" has no label in data/context/labels.csv`);
		return found;
	};
	return [
		...facts.map((row) => ({
			id: text(row, 'indicator'),
			...label(row, 'indicator'),
			scope: text(row, 'area'),
			year: yearOrSpan(row),
			value: number(row, 'value'),
			unit: text(row, 'unit'),
			statement: '',
			source: source(row),
			note: optional(row, 'note')
		})),
		...figures.map((row) => ({
			id: text(row, 'figure'),
			...label(row, 'figure'),
			scope: text(row, 'scope'),
			year: yearOrSpan(row),
			value: number(row, 'value'),
			unit: text(row, 'unit'),
			statement: text(row, 'statement'),
			source: source(row),
			note: ''
		}))
	];
}

/** A year ("2021") or a span of years ("2018-2021"), each within the plausible range. */
function yearOrSpan(row: CsvRow): string {
	const value = text(row, 'year');
	const match = /^(\d{4})(?:-(\d{4}))?$/.exec(value);
	if (!match) fail(row, `year "${value}" is not a year or a span like 2018-2021`);
	for (const part of match.slice(1)) if (part) plausibleYear(row, 'year', Number(part));
	return value;
}

/** Names of the context figures in both languages: metadata written for this project, not figures. */
async function readLabels(dataDir: string): Promise<Map<string, { label_zh: string; label_en: string }>> {
	const rows = await readCsv(dataDir, 'context/labels.csv', ['id', 'label_zh', 'label_en']);
	return new Map(rows.map((row) => [text(row, 'id'), { label_zh: text(row, 'label_zh'), label_en: text(row, 'label_en') }]));
}
