// data/indicators.csv: one row of metadata per indicator, in display order.
import type { Indicator } from '../../src/lib/data/manifest';
import { boolean, fail, optional, text } from './cells';
import { readCsv } from './csv';
import { citedDataset, type Datasets } from './datasets';

/** An indicator as described in indicators.csv, before its coverage is known. */
export type IndicatorMeta = Omit<Indicator, 'source_urls' | 'years'> & { at: { file: string; line: number } };

const COLUMNS = [
	'id',
	'dataset',
	'name_zh',
	'name_en',
	'unit_zh',
	'unit_en',
	'higher_is_better',
	'note_zh',
	'note_en'
] as const;

const ID = /^[a-z][a-z0-9_]*$/;

/** Each indicator cites its dataset's publisher (data/datasets.csv). */
export async function readIndicators(dataDir: string, datasets: Datasets): Promise<Map<string, IndicatorMeta>> {
	const indicators = new Map<string, IndicatorMeta>();
	for (const row of await readCsv(dataDir, 'indicators.csv', COLUMNS)) {
		const id = text(row, 'id');
		if (!ID.test(id)) fail(row, `id "${id}" must be lowercase letters, digits and _`);
		if (indicators.has(id)) fail(row, `duplicate indicator ${id}`);
		const dataset = citedDataset(row, 'dataset', datasets);
		const meta: IndicatorMeta = {
			at: { file: row.file, line: row.line },
			id,
			dataset: dataset.id,
			name_zh: text(row, 'name_zh'),
			name_en: text(row, 'name_en'),
			unit_zh: text(row, 'unit_zh'),
			unit_en: text(row, 'unit_en'),
			higher_is_better: boolean(row, 'higher_is_better'),
			source_zh: dataset.citation_zh,
			source_en: dataset.citation_en
		};
		const note_zh = optional(row, 'note_zh');
		const note_en = optional(row, 'note_en');
		if (note_zh !== '') meta.note_zh = note_zh;
		if (note_en !== '') meta.note_en = note_en;
		indicators.set(id, meta);
	}
	return indicators;
}
