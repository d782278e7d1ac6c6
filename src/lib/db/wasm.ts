// DuckDB-WASM in a Web Worker, served from the site's own origin: the wasm and worker are bundled by
// Vite (`?url`, `?worker&url`), never fetched from a CDN. Only the "eh" build is shipped: every browser this
// dashboard supports has WebAssembly exception handling, and the mvp build would double the payload.
import type { AsyncDuckDB, AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from './engine.worker?worker&url';
import { QUERY_MEASURE, type Connector, type Row, type SqlParam } from './connector';
import { arrowToRows } from './arrow-rows';
import { withDeadline } from './deadline';
import { download, stream, type DownloadProgress } from './download';
import { EngineError } from './engine-failure';
import { NO_EXTENSION_AUTOLOAD } from './settings';
import { WasmWalk, browserCanRunEngine } from './wasm-check';

const MAX_PREPARED = 64;

/**
 * How long the worker may take to answer a start-up request (a ping, open, connect, a setting, loading a
 * table), counted once the engine's file is downloaded: by then its script (0.8 MB) has long arrived, and
 * each answer takes well under a second (measured on this project's shared 2-core machine: open 0.5 s,
 * each table 0.1–0.2 s). A worker that says nothing for 10 s is not coming.
 */
const WORKER_REPLY_MS = 10_000;

/**
 * How long compiling and instantiating the 34 MB engine may take in the worker: 2.7–3.6 s on the same
 * machine under load; 30 s leaves room for an old office PC.
 */
const INSTANTIATE_MS = 30_000;

export interface WasmDatabase extends Connector {
	/** Creates (or replaces) a table from an Arrow IPC stream. */
	loadArrow(table: string, ipc: Uint8Array): Promise<void>;
	close(): Promise<void>;
}

/** Starts the engine; rejects with an EngineError naming the step that failed. `signal` stops it (and its worker). */
export async function startWasmDatabase(
	onProgress: (progress: DownloadProgress) => void,
	signal: AbortSignal
): Promise<WasmDatabase> {
	if (!browserCanRunEngine()) throw new EngineError({ kind: 'browser' });
	// Dynamic import: a static one pulls the worker-facing code into the prerender and breaks it.
	const duckdb = await import('@duckdb/duckdb-wasm');
	const worker = new Worker(new URL(workerUrl, location.href), { type: 'module' });
	const db: AsyncDuckDB = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	try {
		return await connect(db, worker, onProgress, signal);
	} catch (error) {
		await db.terminate();
		throw error;
	}
}

async function connect(
	db: AsyncDuckDB,
	worker: Worker,
	onProgress: (progress: DownloadProgress) => void,
	signal: AbortSignal
): Promise<WasmDatabase> {
	const stopped = new Promise<never>((_, reject) => {
		worker.addEventListener('error', (event) => {
			event.preventDefault();
			reject(
				new EngineError({ kind: 'worker-failed', file: fileName(workerUrl), detail: event.message ?? '' })
			);
		});
		signal.addEventListener('abort', () => reject(signal.reason));
	});
	stopped.catch(() => {}); // raced below; never left unhandled
	/** A request to the worker, failing when the worker fails or is stopped, or does not answer within `ms`. */
	const step = <T>(request: Promise<T>, ms = WORKER_REPLY_MS, late?: () => Promise<Error>) =>
		withDeadline(
			Promise.race([request, stopped]),
			ms,
			late ?? (() => new EngineError({ kind: 'worker-silent', seconds: ms / 1000 }))
		);

	// Sent now: the worker answers once its script has run, while the engine's file downloads.
	const pinged = db.ping();
	// The page downloads the wasm first, to show its progress and to check it: a failed fetch inside the
	// worker leaves instantiate() pending for ever (duckdb-wasm#1588), and the page must say the engine
	// failed. The worker then fetches the same URL again, which the HTTP cache (or the service worker)
	// answers, and compiles that response as it streams: a fetched response, whose compiled code the browser
	// may keep for the next visit (engine.worker.ts).
	const url = new URL(wasmUrl, location.href).href;
	await downloadWasm(url, onProgress, signal);
	await step(pinged);
	// A module that fails to compile in the worker leaves instantiate() pending too: only the deadline ends
	// it, and then validating the module here (a second, on the main thread) tells which it was.
	await step(db.instantiate(url), INSTANTIATE_MS, async () =>
		WebAssembly.validate((await download(url, fileName(url), { signal })) as Uint8Array<ArrayBuffer>)
			? new EngineError({ kind: 'worker-silent', seconds: INSTANTIATE_MS / 1000 })
			: new EngineError({ kind: 'not-wasm', file: fileName(url), problem: 'invalid' })
	);
	await step(db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } }));
	const conn: AsyncDuckDBConnection = await step(db.connect());
	// Nothing may be fetched from the internet: an extension is never installed or loaded on demand.
	for (const sql of NO_EXTENSION_AUTOLOAD) await step(conn.query(sql));

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
			await step(conn.insertArrowFromIPCStream(ipc, { name: table, create: true }));
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

/** Downloads the engine's wasm and checks that it is a whole WebAssembly module. */
async function downloadWasm(
	url: string,
	onProgress: (progress: DownloadProgress) => void,
	signal: AbortSignal
): Promise<void> {
	const file = fileName(url);
	const walk = new WasmWalk();
	await stream(url, file, (chunk) => walk.push(chunk), { onProgress, signal });
	const problem = walk.end();
	if (problem) throw new EngineError({ kind: 'not-wasm', file, problem });
}

/** The last part of a URL's path: the name a failure shows for the engine's files. */
function fileName(url: string): string {
	return new URL(url, location.href).pathname.split('/').pop() ?? url;
}
