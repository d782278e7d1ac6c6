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
	'note_en',
	'publisher_zh',
	'publisher_en',
	'title_zh',
	'title_en',
	'year'
] as const;
const OBTAINED: readonly Obtained[] = ['publisher', 'copy', 'reposted'];
const ID = /^[a-z][a-z0-9_]*$/;
const URL = /^https?:\/\/\S+$/;
/** A year of publication, or the span of a series of annual reports (2017-2022). */
const YEAR = /^(\d{4})(?:-(\d{4}))?$/;
const FIRST_PUBLISHED = 1900;

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
			note_en: optional(row, 'note_en'),
			...publishers(row),
			title_zh: text(row, 'title_zh'),
			title_en: text(row, 'title_en'),
			published: published(row)
		});
	}
	return datasets;
}

/** The publishers, `|` between two; none in either language when the publisher is not known. */
function publishers(row: CsvRow): Pick<DatasetMeta, 'publisher_zh' | 'publisher_en'> {
	const [zh, en] = (['publisher_zh', 'publisher_en'] as const).map((column) => {
		const cell = optional(row, column).trim();
		const names = cell === '' ? [] : cell.split('|').map((name) => name.trim());
		if (names.some((name) => name === '')) fail(row, `${column} "${cell}" names an empty publisher`);
		return names;
	});
	if (zh!.length !== en!.length)
		fail(row, `publisher_zh names ${zh!.length} publishers and publisher_en ${en!.length}`);
	return { publisher_zh: zh!, publisher_en: en! };
}

function published(row: CsvRow): Dataset['published'] {
	const cell = optional(row, 'year').trim();
	if (cell === '') return [];
	const match = YEAR.exec(cell);
	const [from, to] = [Number(match?.[1]), match?.[2] === undefined ? null : Number(match[2])];
	const last = new Date().getFullYear();
	if (!match || from < FIRST_PUBLISHED || from > last || (to !== null && (to <= from || to > last)))
		fail(row, `year "${cell}" is not a year from ${FIRST_PUBLISHED} to ${last} or a span of such years (2017-2022)`);
	return to === null ? [from] : [from, to];
}

/** The dataset a row names in `column`, which must have a citation in datasets.csv. */
export function citedDataset(row: CsvRow, column: string, datasets: Datasets): DatasetMeta {
	const id = text(row, column);
	const found = datasets.get(id);
	if (!found) fail(row, `${column} "${id}" has no citation in data/datasets.csv`);
	return found;
}
