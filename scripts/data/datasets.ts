// data/datasets.csv: one citation a row, for each publisher's dataset the figures come from.
import type { Dataset, Obtained } from '../../src/lib/data/manifest';
import { fail, oneOf, optional, text } from './cells';
import { readCsv, type CsvRow } from './csv';

/** A dataset as described in datasets.csv, before the provenance of its rows is collected. */
export type DatasetMeta = Omit<Dataset, 'provenance'>;
export type Datasets = ReadonlyMap<string, DatasetMeta>;

const COLUMNS = [
	'id',
	'citation_zh',
	'citation_en',
	'url',
	'obtained',
	'coverage_zh',
	'coverage_en',
	'note_zh',
	'note_en'
] as const;
const OBTAINED: readonly Obtained[] = ['publisher', 'copy', 'reposted'];
const ID = /^[a-z][a-z0-9_]*$/;
const URL = /^https?:\/\/\S+$/;

export async function readDatasets(dataDir: string): Promise<Datasets> {
	const datasets = new Map<string, DatasetMeta>();
	for (const row of await readCsv(dataDir, 'datasets.csv', COLUMNS)) {
		const id = text(row, 'id');
		if (!ID.test(id)) fail(row, `id "${id}" must be lowercase letters, digits and _`);
		if (datasets.has(id)) fail(row, `duplicate dataset ${id}`);
		const url = optional(row, 'url').trim();
		if ((optional(row, 'note_zh') === '') !== (optional(row, 'note_en') === ''))
			fail(row, 'note_zh and note_en must both be given or both be empty');
		if (url !== '' && !URL.test(url)) fail(row, `url "${url}" is not an http(s) address`);
		datasets.set(id, {
			id,
			citation_zh: text(row, 'citation_zh'),
			citation_en: text(row, 'citation_en'),
			url,
			obtained: oneOf(row, 'obtained', OBTAINED),
			coverage_zh: text(row, 'coverage_zh'),
			coverage_en: text(row, 'coverage_en'),
			note_zh: optional(row, 'note_zh'),
			note_en: optional(row, 'note_en')
		});
	}
	return datasets;
}

/** The dataset a row names in `column`, which must have a citation in datasets.csv. */
export function citedDataset(row: CsvRow, column: string, datasets: Datasets): DatasetMeta {
	const id = text(row, column);
	const found = datasets.get(id);
	if (!found) fail(row, `${column} "${id}" has no citation in data/datasets.csv`);
	return found;
}
