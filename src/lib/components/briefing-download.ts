// Writes the briefing of a view as a Word document and saves it: the rows by the charts' queries, the
// charts on the page as images, the content model, and the docx writer. Imported only when a reader asks
// for a briefing, with everything it needs: none of it belongs to the page's first view.
import type { PageState } from '$lib/state/page-state.svelte';
import { queryBriefingRows } from '$lib/state/briefing-rows';
import { firstYear, serializeView, type ViewState } from '$lib/state/view';
import { buildBriefing } from '$lib/charts/briefing/briefing';
import { chartImages } from '$lib/charts/briefing/chart-images';
import { briefingDocx } from '$lib/charts/briefing/briefing-docx';
import { saveBlob } from '$lib/csv/download';

/** Saves `briefing_<indicator>_<year>_<scheme>_<lang>.docx` for `view`, with the `charts` the page shows. */
export async function downloadBriefing(
	pageState: PageState,
	view: ViewState,
	charts: readonly string[]
): Promise<void> {
	const db = pageState.db;
	if (!db) return;
	const { manifest, indicator } = pageState;
	const from = view.from ?? firstYear(indicator);
	const [rows, images] = await Promise.all([
		queryBriefingRows(db, { ...view, from }),
		chartImages(document, charts)
	]);
	const briefing = buildBriefing({
		view,
		from,
		indicator,
		datasets: manifest.datasets,
		compiled: manifest.generated_at,
		today: new Date(),
		link: new URL(serializeView(view), location.href).href,
		totalProvinces: manifest.provinces.length,
		...rows,
		charts: images.map((image) => image.chart)
	});
	const name = ['briefing', view.indicator, view.year, view.scheme, view.lang].join('_');
	saveBlob(`${name.replace(/[^\w.-]/g, '-')}.docx`, await briefingDocx(briefing, images));
}
