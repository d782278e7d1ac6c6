// DuckDB-WASM in a Web Worker, served from the site's own origin: the wasm and worker are bundled by
// Vite (`?url`), never fetched from a CDN. Only the "eh" build is shipped: every browser this dashboard
// supports has WebAssembly exception handling, and the mvp build would double the payload.
import type { AsyncDuckDB, AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { QUERY_MEASURE, type Connector, type Row, type SqlParam } from './connector';
import { arrowToRows } from './arrow-rows';
import { NO_EXTENSION_AUTOLOAD } from './settings';

const MAX_PREPARED = 64;

export interface WasmDatabase extends Connector {
	/** Creates (or replaces) a table from an Arrow IPC stream. */
	loadArrow(table: string, ipc: Uint8Array): Promise<void>;
	close(): Promise<void>;
}

export async function startWasmDatabase(): Promise<WasmDatabase> {
	// Dynamic import: a static one pulls the worker-facing code into the prerender and breaks it.
	const duckdb = await import('@duckdb/duckdb-wasm');
	// The wasm is fetched here rather than by the worker: a failed fetch inside the worker leaves
	// instantiate() pending for ever (duckdb-wasm#1588), and the page must say the engine failed.
	const wasm = await fetchWasm(new URL(wasmUrl, location.href).href);
	const worker = new Worker(new URL(workerUrl, location.href));
	const workerFailed = new Promise<never>((_, reject) =>
		worker.addEventListener('error', (e) =>
			reject(new Error(`DuckDB worker: ${e.message || 'failed to start'}`))
		)
	);
	const db: AsyncDuckDB = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	try {
		await Promise.race([db.instantiate(wasm), workerFailed]);
	} finally {
		URL.revokeObjectURL(wasm);
	}
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn: AsyncDuckDBConnection = await db.connect();
	// Nothing may be fetched from the internet: an extension is never installed or loaded on demand.
	for (const sql of NO_EXTENSION_AUTOLOAD) await conn.query(sql);

	// Each statement is prepared once and kept: a query is then one round trip to the worker, not three
	// (prepare, run, close). The SQL comes from lib/queries, a small fixed set; the cap only guards that.
	const prepared = new Map<string, Promise<AsyncPreparedStatement>>();
	function statement(sql: string): Promise<AsyncPreparedStatement> {
		let stmt = prepared.get(sql);
		if (!stmt) {
			if (prepared.size >= MAX_PREPARED) {
				const [oldest, evicted] = prepared.entries().next().value as [
					string,
					Promise<AsyncPreparedStatement>
				];
				prepared.delete(oldest);
				evicted.then((s) => s.close()).catch(() => {});
			}
			stmt = conn.prepare(sql);
			prepared.set(sql, stmt);
			stmt.catch(() => prepared.delete(sql));
		}
		return stmt;
	}

	return {
		// Each query leaves a QUERY_MEASURE in the performance timeline: the bench and the browser tests count
		// how many a change of view runs (a change of year: none).
		async query<T extends Row = Row>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
			const start = performance.now();
			try {
				if (params.length === 0) return arrowToRows<T>(await conn.query(sql));
				return arrowToRows<T>(await (await statement(sql)).query(...params));
			} finally {
				performance.measure(QUERY_MEASURE, { start });
			}
		},
		async loadArrow(table, ipc) {
			await conn.insertArrowFromIPCStream(ipc, { name: table, create: true });
		},
		async close() {
			for (const stmt of prepared.values()) await (await stmt.catch(() => null))?.close();
			prepared.clear();
			await conn.close();
			await db.terminate();
			worker.terminate();
		}
	};
}

/** The engine's wasm as a same-origin blob URL; rejects when it cannot be downloaded. */
async function fetchWasm(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	const bytes = await response.blob();
	return URL.createObjectURL(new Blob([bytes], { type: 'application/wasm' }));
}
