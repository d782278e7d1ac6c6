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
	return [
		...facts.map((row) => ({
			id: text(row, 'indicator'),
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
