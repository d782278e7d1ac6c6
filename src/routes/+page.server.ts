// The default view's rows, queried at build time (this page is prerendered) and inlined into the HTML, so
// the page arrives with its charts drawn; DuckDB-WASM takes over once it has loaded.
import { buildDatabase } from '$lib/server/build-database';
import { defaultView } from '$lib/state/view';
import { queryViewRows } from '$lib/state/view-data.svelte';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
	const { db, manifest } = await buildDatabase(fetch);
	return { firstView: await queryViewRows(db, defaultView(manifest)) };
};
