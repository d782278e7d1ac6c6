// What a page's view is cited from, for gbt7714() and apa(): the publishers' datasets it shows, the view
// in words, and its permalink. The Cite panel and the briefing's sources both take it from here.
import type { Manifest } from '$lib/data/manifest';
import { pagePath } from '$lib/page-path';
import { citedView, type CitedView, type ViewPage } from '$lib/state/cited-view';
import { serializeView, type ViewState } from '$lib/state/view';
import { selectionName } from '$lib/i18n/names';
import { describeView } from '$lib/cite/view-description';
import type { AccessDate, ViewCitationInput } from '$lib/cite/view-citation';

/** The page's own path (a folder, as the site links it) with the view, absolute from `base`. */
export const pagePermalink = (page: ViewPage, view: ViewState, base: string): string =>
	new URL(pagePath(page === 'overview' ? '/' : `/${page}`) + serializeView(view), base).href;

/**
 * The citation of `view` on `page`, in the view's language, accessed at `permalink` on `accessed`; `cited`
 * is what the page shows (a briefing adds the census of a population-weighted Theil index to any page's).
 */
export function viewCitationInput(
	manifest: Manifest,
	view: ViewState,
	page: ViewPage,
	permalink: string,
	accessed: AccessDate,
	cited: CitedView = citedView(manifest, view, page)
): ViewCitationInput {
	const { lang } = view;
	return {
		lang,
		datasets: cited.datasets,
		view: describeView(lang, {
			page,
			indicators: cited.indicators,
			year: cited.year,
			scheme: view.scheme,
			highlighted: view.select.map((s) => selectionName(lang, s, manifest.provinces))
		}),
		permalink,
		accessed
	};
}
