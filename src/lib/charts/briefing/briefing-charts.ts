// The charts a briefing holds, by the page it was asked for from, and the /brief link that says which page
// that was. Light: the pages' first view imports it for the briefing button.
import { serializeView, type ViewState } from '$lib/state/view';

/** The pages a briefing is asked for from. */
export type BriefingOrigin = 'overview' | 'analysis';

/**
 * The overview's four charts, drawn from the briefing's own rows whichever page it comes from, and the
 * Theil decomposition after them when it comes from /analysis.
 */
export const BRIEFING_CHARTS = {
	overview: ['region-summary', 'gap-trend', 'province-ranking', 'tile-map'],
	analysis: ['region-summary', 'gap-trend', 'province-ranking', 'tile-map', 'theil-decomposition']
} as const;

export type BriefingChartId = (typeof BRIEFING_CHARTS)['analysis'][number];
export type OverviewChartId = (typeof BRIEFING_CHARTS)['overview'][number];

/** The parameter of a /brief link naming the page it was opened from; the overview when it is absent. */
const ORIGIN_PARAM = 'page';

/** The page a /brief link was opened from: /analysis if it says so, else the overview. */
export const readBriefingOrigin = (params: URLSearchParams): BriefingOrigin =>
	params.get(ORIGIN_PARAM) === 'analysis' ? 'analysis' : 'overview';

/** The /brief query string for a view: the view as every link writes it, then the page if not the overview. */
export const briefQuery = (origin: BriefingOrigin, view: ViewState): string =>
	`${serializeView(view)}${origin === 'overview' ? '' : `&${ORIGIN_PARAM}=${origin}`}`;
