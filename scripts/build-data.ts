// `npm run data`: validates data/ and writes the Arrow tables and manifest the site loads from static/data/.
import { buildDataset, DataError, writeDataset } from './data/build';

const DATA_DIR = 'data';
const OUT_DIR = 'static/data';

try {
	const dataset = await buildDataset(DATA_DIR);
	await writeDataset(dataset, OUT_DIR);
	const rows = dataset.manifest.tables.map((t) => `${t.name} ${t.rows}`).join(', ');
	console.log(`data: ${rows} rows → ${OUT_DIR}/`);
} catch (error) {
	if (!(error instanceof DataError)) throw error;
	console.error(error.message);
	process.exit(1);
}
