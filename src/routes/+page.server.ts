// The default indicator's early rows, queried at build time (this page is prerendered) and inlined into the
// HTML: the page arrives with its charts drawn, and a change of year or scheme is drawn from them before
// DuckDB-WASM has loaded, which then takes over. At county scale only the default year's provinces come along.
import { buildDatabase } from '$lib/server/build-database';
import { queryEarlyRows } from '$lib/state/early-rows';
import { defaultView, findIndicator } from '$lib/state/view';
import { allYearsAtOnce } from '$lib/state/view-data.svelte';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
	const { db, manifest } = await buildDatabase(fetch);
	const view = defaultView(manifest);
	const years = findIndicator(manifest, view.indicator)!.years.length;
	const everyYear = allYearsAtOnce(manifest.provinces.length * years);
	return { early: await queryEarlyRows(db, view.indicator, everyYear ? undefined : view.year) };
};
