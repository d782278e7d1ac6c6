// data/context/*.csv: figures quoted as text with their source, never charted per province.
import type { ContextFigure } from '../../src/lib/data/manifest';
import { fail, number, optional, plausibleYear, source, text } from './cells';
import { readCsv, type CsvRow } from './csv';
import { citedDataset, type Datasets } from './datasets';

/** How a context measure is named and written: metadata written for this project, never a figure. */
type Label = Pick<ContextFigure, 'label_zh' | 'label_en' | 'dataset' | 'multiplier' | 'value_zh' | 'value_en'>;
type Scope = Pick<ContextFigure, 'scope_zh' | 'scope_en'>;

export async function readContext(dataDir: string, datasets: Datasets): Promise<ContextFigure[]> {
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
	const labels = await readLabels(dataDir, datasets);
	const scopes = await readScopes(dataDir);
	const label = (row: CsvRow, column: string) => {
		const found = labels.get(text(row, column));
		if (!found) fail(row, `${column} "${text(row, column)}" has no label in data/context/labels.csv`);
		return found;
	};
	const scope = (row: CsvRow, column: string) => {
		const found = scopes.get(text(row, column));
		if (!found) fail(row, `${column} "${text(row, column)}" has no label in data/context/scopes.csv`);
		return { scope: text(row, column), ...found };
	};
	return [
		...facts.map((row) => ({
			id: text(row, 'indicator'),
			...label(row, 'indicator'),
			...scope(row, 'area'),
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
			...scope(row, 'scope'),
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

/** A template that writes the figure where `{n}` stands: "{n}户", "over {n} people". */
function template(row: CsvRow, column: string): string {
	const value = text(row, column);
	if (value.split('{n}').length !== 2) fail(row, `${column} "${value}" must hold {n} once`);
	return value;
}

/** Names, publishers and ways of writing the context measures, in both languages. */
async function readLabels(dataDir: string, datasets: Datasets): Promise<Map<string, Label>> {
	const columns = ['id', 'label_zh', 'label_en', 'dataset', 'multiplier', 'value_zh', 'value_en'];
	const labels = new Map<string, Label>();
	for (const row of await readCsv(dataDir, 'context/labels.csv', columns)) {
		const multiplier = number(row, 'multiplier');
		if (!(multiplier > 0)) fail(row, `multiplier ${multiplier} is not positive`);
		labels.set(text(row, 'id'), {
			label_zh: text(row, 'label_zh'),
			label_en: text(row, 'label_en'),
			dataset: citedDataset(row, 'dataset', datasets).id,
			multiplier,
			value_zh: template(row, 'value_zh'),
			value_en: template(row, 'value_en')
		});
	}
	return labels;
}

/** The places and groups the context figures cover, as written in the source files, named in both languages. */
async function readScopes(dataDir: string): Promise<Map<string, Scope>> {
	const rows = await readCsv(dataDir, 'context/scopes.csv', ['scope', 'label_zh', 'label_en']);
	return new Map(rows.map((row) => [text(row, 'scope'), { scope_zh: text(row, 'label_zh'), scope_en: text(row, 'label_en') }]));
}
