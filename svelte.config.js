import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './scripts/csp.js';

// Bench-only build variant (bench/run.ts): the same site built over another static directory (a synthetic
// county-scale panel), into its own output. Unset for every product build.
const bench = process.env.DASHBOARD_BENCH_DIR;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; the site is plain files that any static server (or an intranet share) can serve.
		adapter: bench
			? adapter({ pages: `${bench}/build`, assets: `${bench}/build`, fallback: undefined, strict: true })
			: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Relative asset paths let the built site work from any sub-path of an intranet server.
		paths: { relative: true },
		// A strict policy in every prerendered page (<meta http-equiv>), with the hashes of its inline scripts;
		// scripts/serve.js sends it as a header, scripts/check-csp.ts fails the build when a page lacks it.
		csp: { mode: 'hash', directives: CSP_DIRECTIVES },
		// src/service-worker.ts keeps the site for offline use. The layout registers it (production builds only)
		// once the page has settled; the precompressed copies (scripts/compress.ts) are not cached twice.
		serviceWorker: { register: false, files: (file) => !/\.(br|gz)$|\.DS_Store$/.test(file) },
		...(bench && { files: { assets: `${bench}/static` }, outDir: `${bench}/.svelte-kit` })
	}
};

export default config;
