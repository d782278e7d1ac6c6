// The briefing of the view a page shows, as /brief shows it and the Word document holds it: written today,
// citing the view at its page's permalink as the Cite panel cites it.
import type { Manifest } from '$lib/data/manifest';
import type { PageState } from '$lib/state/page-state.svelte';
import type { BriefingRows } from '$lib/state/briefing-rows';
import { citedView } from '$lib/state/cited-view';
import type { ViewState } from '$lib/state/view';
import { accessDate, references } from '$lib/cite/view-citation';
import { buildBriefing, type Briefing } from '$lib/charts/briefing/briefing';
import type { BriefingOrigin } from '$lib/charts/briefing/briefing-charts';
import { pagePermalink, viewCitationInput } from './view-citation-input';

/**
 * The references of a briefing's sources: GB/T 7714 in Chinese, APA in English. Its Theil index has the
 * view's weighting on either page, so a population weighting's census is cited as /analysis cites it.
 */
export function briefingReferences(
	manifest: Manifest,
	view: ViewState,
	origin: BriefingOrigin,
	permalink: string,
	today: Date
): string[] {
	const cited = citedView(manifest, view, 'analysis');
	return references(viewCitationInput(manifest, view, origin, permalink, accessDate(today), cited));
}

export function pageBriefing(
	pageState: PageState,
	view: ViewState,
	from: number,
	origin: BriefingOrigin,
	rows: BriefingRows
): Briefing {
	const { manifest } = pageState;
	const today = new Date();
	const permalink = pagePermalink(origin, view, location.href);
	return buildBriefing({
		view,
		origin,
		from,
		indicator: pageState.indicator,
		manifest,
		today,
		permalink,
		references: briefingReferences(manifest, view, origin, permalink, today),
		...rows
	});
}
