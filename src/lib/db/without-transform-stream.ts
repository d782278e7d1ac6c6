// Imported first by engine.worker.ts, so that duckdb-wasm's worker script sees no TransformStream (see there).
delete (globalThis as { TransformStream?: unknown }).TransformStream;
