// The engine's worker: duckdb-wasm's own script, run without TransformStream. With it, the script wraps the
// fetched wasm in a Response of its own to count progress, and a Response built in script has no URL, so
// Chromium can neither store nor reuse its compiled code. Without it, the script hands the fetched Response
// itself to WebAssembly.instantiateStreaming, which compiles from the HTTP cache (or a service worker's) with
// the URL that Chromium keys its wasm code cache by. (Chromium 156 stores nothing there with its default flags:
// V8 hands the optimised code over only on a timer that never fired in our experiments, a plain page and
// this one alike; with --js-flags=--wasm-caching-timeout-ms=0 it does, from this worker too. See issue 16.)
// The progress the script would have counted is not needed: the page counts its own download (wasm.ts).
import './without-transform-stream';
import '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js';
