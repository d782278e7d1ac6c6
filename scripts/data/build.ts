// The data step: data/*.csv → validated Arrow tables + manifest → static/data/.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tableToIPC, type Table } from 'apache-arrow';
import type { Manifest } from '../../src/lib/data/manifest';
import { describeTables, makeTables } from './arrow';
import { readCapitals } from './capitals';
import { readContext } from './context';
import { readContiguity } from './contiguity';
import { describeIndicators } from './coverage';
import { readDisputed, readLevelCounts, readPublishedRanks } from './cps';
import { readDatasets } from './datasets';
import { readIndicators } from './indicators';
import { readObservations } from './observations';
import { readPopulation } from './population';
import { readProvinces } from './provinces';
import { provenanceOf } from './provenance';

export { DataError } from './errors';

export interface Dataset {
	tables: Record<string, Table>;
	manifest: Manifest;
}

/** Reads and validates every file under dataDir; throws a DataError at the first problem. */
export async function buildDataset(dataDir: string): Promise<Dataset> {
	const datasets = await readDatasets(dataDir);
	const provinces = await readProvinces(dataDir);
	const indicators = await readIndicators(dataDir, datasets);
	const population = await readPopulation(dataDir, provinces);
	const observations = await readObservations(dataDir, indicators, provinces);
	const manifestIndicators = describeIndicators(indicators, observations);
	const published_ranks = await readPublishedRanks(dataDir, provinces);
	const level_counts = await readLevelCounts(dataDir);
	const disputed = await readDisputed(dataDir, indicators, provinces);
	const context = await readContext(dataDir, datasets);
	const contiguity = await readContiguity(dataDir, provinces);
	const capitals = await readCapitals(dataDir, provinces);
	const provenance = await provenanceOf(dataDir, datasets, { observations, context });

	const tables = makeTables(provinces, observations, population);
	const manifest: Manifest = {
		generated_at: new Date().toISOString(),
		provinces: [...provinces.values()],
		indicators: manifestIndicators,
		tables: describeTables(tables),
		level_counts,
		published_ranks,
		disputed,
		context,
		datasets: [...datasets.values()].map((d) => ({ ...d, provenance: provenance.get(d.id) ?? [] })),
		contiguity,
		capitals
	};
	return { tables, manifest };
}

/** Writes `<outDir>/<table>.arrow` (Arrow IPC stream) for every table, and `<outDir>/manifest.json`. */
export async function writeDataset(dataset: Dataset, outDir: string): Promise<void> {
	await mkdir(outDir, { recursive: true });
	for (const [name, table] of Object.entries(dataset.tables)) {
		await writeFile(path.join(outDir, `${name}.arrow`), tableToIPC(table, 'stream'));
	}
	await writeFile(path.join(outDir, 'manifest.json'), `${JSON.stringify(dataset.manifest, null, '\t')}\n`);
}
