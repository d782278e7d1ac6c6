// `npm run data`: validates data/ and writes the Arrow tables and manifest the site loads from static/data/, and
// each indicator's early rows (drawn before the engine is ready) to static/data/views/.
import { buildDataset, DataError, writeDataset } from './data/build';
import { writeEarlyRows } from './data/early-rows';

const DATA_DIR = 'data';
const OUT_DIR = 'static/data';

try {
	const dataset = await buildDataset(DATA_DIR);
	await writeDataset(dataset, OUT_DIR);
	const rows = dataset.manifest.tables.map((t) => `${t.name} ${t.rows}`).join(', ');
	console.log(`data: ${rows} rows → ${OUT_DIR}/`);
	const sizes = [...(await writeEarlyRows(dataset, OUT_DIR)).values()];
	const kib = (n: number) => (n / 1024).toFixed(1);
	console.log(
		`data: early rows of ${sizes.length} indicators, ${kib(Math.min(...sizes))}–${kib(Math.max(...sizes))} KiB each → ${OUT_DIR}/views/`
	);
} catch (error) {
	if (!(error instanceof DataError)) throw error;
	console.error(error.message);
	process.exit(1);
}
