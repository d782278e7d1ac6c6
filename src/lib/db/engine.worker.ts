// The engine's worker: duckdb-wasm's own script, run without TransformStream. With it, the script wraps the
// fetched wasm in a Response of its own to count progress, and a Response built in script has no URL, so
// Chromium can neither store nor reuse its compiled code. Without it, the script hands the fetched Response
// itself to WebAssembly.instantiateStreaming, which compiles from the HTTP cache (or a service worker's) with
// the URL that Chromium keys its wasm code cache by. (V8 stores a module there only once it has optimised
// enough of its code, which this dashboard's start-up did not reach in the bench: see the README.) The
// progress the script would have counted is not needed: the page counts its own download of the file (wasm.ts).
import './without-transform-stream';
import '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js';
