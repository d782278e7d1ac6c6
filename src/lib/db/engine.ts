// The one module that owns the browser's database: starts DuckDB-WASM once and loads the site's
// Arrow tables into it. Everything else receives the Connector it resolves to.
import type { Connector } from './connector';
import type { DownloadProgress } from './download';
import type { Manifest } from '$lib/data/manifest';

let engine: Promise<Connector> | null = null;
/** Told how the engine's download progresses, until the engine has started or failed. */
const listeners = new Set<(progress: DownloadProgress) => void>();

/**
 * Starts the engine on first call; later calls share it. `dataUrl(file)` resolves a file under static/data/.
 * Rejects with an EngineError naming the step that failed (see engine-failure.ts).
 */
export function startEngine(
	manifest: Manifest,
	dataUrl: (file: string) => string,
	onProgress?: (progress: DownloadProgress) => void
): Promise<Connector> {
	if (onProgress) listeners.add(onProgress);
	engine ??= load(manifest, dataUrl).finally(() => listeners.clear());
	return engine;
}

async function load(manifest: Manifest, dataUrl: (file: string) => string): Promise<Connector> {
	const [{ startWasmDatabase }, { downloadTable }] = await Promise.all([
		import('./wasm'),
		import('./data-files')
	]);
	const stop = new AbortController();
	const started = startWasmDatabase(
		(progress) => listeners.forEach((listener) => listener(progress)),
		stop.signal
	);
	try {
		const [db, ipcs] = await Promise.all([
			started,
			Promise.all(manifest.tables.map((table) => downloadTable(table, dataUrl)))
		]);
		await Promise.all(manifest.tables.map((table, i) => db.loadArrow(table.name, ipcs[i] as Uint8Array)));
		return db;
	} catch (error) {
		// The page has failed: the engine's download and worker stop, or it is shut if it has started.
		stop.abort(new Error('stopped: another start-up step failed'));
		started.then((db) => db.close()).catch(() => {});
		throw error;
	}
}
