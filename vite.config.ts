import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const DUCKDB_WORKER_SCRIPT = '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js';

/**
 * Keeps duckdb-wasm's worker script in the engine's worker (src/lib/db/engine.worker.ts), which imports it for
 * what it does when it runs: the package says it has no side effects, so the bundler would drop it.
 */
function duckdbWorkerScript(): Plugin {
	return {
		name: 'duckdb-worker-script',
		enforce: 'pre',
		async resolveId(source, importer) {
			if (source !== DUCKDB_WORKER_SCRIPT) return null;
			const resolved = await this.resolve(source, importer, { skipSelf: true });
			return resolved && { ...resolved, moduleSideEffects: true };
		}
	};
}

export default defineConfig({
	plugins: [sveltekit()],
	// duckdb-wasm ships its own worker and wasm; Vite must not pre-bundle it.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	// The import page's parsing worker is an ES module, so that SheetJS is a chunk of its own, loaded only
	// when a workbook is opened.
	worker: { format: 'es', plugins: () => [duckdbWorkerScript()] },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					// The agreement loops run every indicator × year × scheme; a shared 2-core machine needs room.
					testTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					environment: 'node',
					testTimeout: 60_000,
					hookTimeout: 600_000,
					fileParallelism: false
				}
			}
		]
	}
});
