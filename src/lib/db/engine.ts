// The one module that owns the browser's database: starts DuckDB-WASM once and loads the site's
// Arrow tables into it. Everything else receives the Connector it resolves to.
import type { Connector } from './connector';
import type { Manifest } from '$lib/data/manifest';

let engine: Promise<Connector> | null = null;

/** Starts the engine on first call; later calls share it. `dataUrl(file)` resolves a file under static/data/. */
export function startEngine(manifest: Manifest, dataUrl: (file: string) => string): Promise<Connector> {
	engine ??= (async () => {
		const { startWasmDatabase } = await import('./wasm');
		const [db, files] = await Promise.all([
			startWasmDatabase(),
			Promise.all(manifest.tables.map((table) => fetchBytes(dataUrl(table.file))))
		]);
		await Promise.all(manifest.tables.map((table, i) => db.loadArrow(table.name, files[i] as Uint8Array)));
		return db;
	})();
	return engine;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}
