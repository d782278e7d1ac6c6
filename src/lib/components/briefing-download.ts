// Writes the briefing of a view as a Word document and saves it: the rows by the charts' queries, the
// content model, its charts drawn off screen as images, and the docx writer. Imported only when a reader
// asks for a briefing, with everything it needs: none of it belongs to the page's first view.
import type { PageState } from '$lib/state/page-state.svelte';
import { queryBriefingRows } from '$lib/state/briefing-rows';
import { firstYear, type ViewState } from '$lib/state/view';
import type { BriefingOrigin } from '$lib/charts/briefing/briefing-charts';
import { pageBriefing } from './page-briefing';
import { briefingImages } from '$lib/charts/briefing/briefing-images';
import { briefingDocx } from '$lib/charts/briefing/briefing-docx';
import { saveBlob } from '$lib/csv/download';

/** Saves `briefing_<indicator>_<year>_<scheme>_<lang>.docx` for `view`, asked for from `origin`. */
export async function downloadBriefing(
	pageState: PageState,
	view: ViewState,
	origin: BriefingOrigin
): Promise<void> {
	const db = pageState.db;
	if (!db) return;
	const from = view.from ?? firstYear(pageState.indicator);
	const rows = await queryBriefingRows(db, { ...view, from });
	const briefing = pageBriefing(pageState, view, from, origin, rows);
	const images = await briefingImages(briefing.charts, {
		view,
		indicator: pageState.indicator,
		from,
		rows,
		manifest: pageState.manifest,
		ready: true,
		// The figures out of sight take no clicks.
		onchange: () => {}
	});
	const name = ['briefing', view.indicator, view.year, view.scheme, view.lang].join('_');
	saveBlob(`${name.replace(/[^\w.-]/g, '-')}.docx`, await briefingDocx(briefing, images));
}
