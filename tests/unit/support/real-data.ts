// The real bundled data, validated by the data step and loaded into DuckDB through the Node connector:
// the same tables, and the same SQL, as the browser.
import { buildDataset, type Dataset } from '../../../scripts/data/build';
import { startNodeDatabase, type NodeDatabase } from '../../../src/lib/db/node';

let dataset: Promise<Dataset> | null = null;

export function realDataset(): Promise<Dataset> {
	dataset ??= buildDataset('data');
	return dataset;
}

export async function realDatabase(): Promise<NodeDatabase> {
	return startNodeDatabase((await realDataset()).tables);
}
