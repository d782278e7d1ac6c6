import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// duckdb-wasm ships its own worker and wasm; Vite must not pre-bundle it.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	// The import page's parsing worker is an ES module, so that SheetJS is a chunk of its own, loaded only
	// when a workbook is opened.
	worker: { format: 'es' },
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
