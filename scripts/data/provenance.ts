// Where each dataset's rows were taken from: the `source` cells of its files, collected for the
// "About the data" page. Provenance, not citation: charts cite the publisher (datasets.csv) instead.
import type { ContextFigure } from '../../src/lib/data/manifest';
import { text } from './cells';
import { displayPath, readCsv } from './csv';
import type { Datasets } from './datasets';
import { DataError } from './errors';
import type { Observation } from './observations';

/** Files whose every row belongs to one dataset. */
const FILES: Record<string, string> = {
	'provinces.csv': 'nbs_regions',
	'population.csv': 'census_2020',
	'cps/published_ranks.csv': 'cps',
	'cps/level_counts.csv': 'cps',
	'cps/disputed.csv': 'cps'
};

/** Distinct sources per dataset id, in file order; a cell naming several ("a ; b") counts each. */
export async function provenanceOf(
	dataDir: string,
	datasets: Datasets,
	rows: { observations: readonly Observation[]; context: readonly ContextFigure[] }
): Promise<Map<string, string[]>> {
	const found = new Map<string, string[]>();
	const add = (dataset: string, source: string) => {
		const list = found.get(dataset) ?? [];
		for (const one of source.split(/\s+;\s+/)) if (!list.includes(one)) list.push(one);
		found.set(dataset, list);
	};
	for (const o of rows.observations) add(o.dataset, o.source);
	for (const [file, dataset] of Object.entries(FILES)) {
		if (!datasets.has(dataset)) {
			throw new DataError(displayPath(dataDir, 'datasets.csv'), 1, `no dataset ${dataset}, which ${file} belongs to`);
		}
		for (const row of await readCsv(dataDir, file, ['source'])) add(dataset, text(row, 'source'));
	}
	for (const f of rows.context) add(f.dataset, f.source);
	return found;
}
