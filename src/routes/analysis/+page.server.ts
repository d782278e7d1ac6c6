// The default view's analysis rows, queried at build time (this page is prerendered) and inlined into the
// HTML, so the page arrives with its charts drawn; DuckDB-WASM takes over once it has loaded.
import { buildDatabase } from '$lib/server/build-database';
import { queryAnalysisRows } from '$lib/state/analysis-data.svelte';
import { defaultView, findIndicator, firstYear } from '$lib/state/view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
	const { db, manifest } = await buildDatabase(fetch);
	const view = defaultView(manifest);
	const from = firstYear(findIndicator(manifest, view.indicator)!);
	return { firstView: await queryAnalysisRows(db, { ...view, from }) };
};
