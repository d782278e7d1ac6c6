// The charts that /embed draws, each with the page it lives on and the height its <iframe> is given. Adding
// a chart is one line here; the page's embed component (components/embed/) is then told by the type checker
// to draw it.
import type { PageRoute } from '$lib/page-path';
import { serializeView, type ViewState } from '$lib/state/view';

interface EmbedChart {
	/** The page the chart lives on: the embed's link back, and which rows it loads. */
	page: '/' | '/analysis';
	/**
	 * The <iframe>'s height in CSS px: the embed's height measured in Chromium at 640 px wide (2019, one province
	 * selected), plus a margin, rounded up to 10 px. Narrower frames need less for most charts, more for the
	 * ranking (its labels wrap).
	 */
	height: number;
}

export const EMBED_CHARTS = {
	'region-summary': { page: '/', height: 520 },
	'gap-trend': { page: '/', height: 780 },
	'province-ranking': { page: '/', height: 870 },
	'tile-map': { page: '/', height: 830 },
	'level-distribution': { page: '/', height: 620 },
	'theil-decomposition': { page: '/analysis', height: 680 },
	'gini-decomposition': { page: '/analysis', height: 550 },
	'gini-matrix': { page: '/analysis', height: 690 },
	'dispersion-trend': { page: '/analysis', height: 810 },
	'beta-convergence': { page: '/analysis', height: 700 },
	density: { page: '/analysis', height: 610 },
	'moran-trend': { page: '/analysis', height: 590 },
	'moran-scatter': { page: '/analysis', height: 730 },
	'lisa-map': { page: '/analysis', height: 930 }
} as const satisfies Record<string, EmbedChart>;

export type EmbedChartId = keyof typeof EMBED_CHARTS;
/** The embeddable charts of one page. */
export type PageChartId<P extends EmbedChart['page']> = {
	[K in EmbedChartId]: (typeof EMBED_CHARTS)[K]['page'] extends P ? K : never;
}[EmbedChartId];

export const isEmbedChart = (id: string): id is EmbedChartId => Object.hasOwn(EMBED_CHARTS, id);

export const livesOn = <P extends EmbedChart['page']>(id: EmbedChartId, page: P): id is PageChartId<P> =>
	EMBED_CHARTS[id].page === page;

/** The page route of an embeddable chart (for pagePath). */
export const chartPage = (id: EmbedChartId): PageRoute => EMBED_CHARTS[id].page;

/** The `chart` a link asks for: a known id, else what was given (null when nothing was), to be shown as text. */
export function readEmbedChart(params: URLSearchParams): { id: EmbedChartId } | { refused: string | null } {
	const given = params.getAll('chart').find(Boolean) ?? null;
	return given !== null && isEmbedChart(given) ? { id: given } : { refused: given };
}

/** The embed's query string: the chart first, then the view as every link writes it. */
export const embedQuery = (id: EmbedChartId, view: ViewState): string =>
	`?chart=${id}&${serializeView(view).slice(1)}`;

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
const attribute = (text: string) => text.replace(/[&"<>]/g, (c) => ATTRIBUTE_ESCAPES[c]!);

/** The HTML a reader pastes into their page: the chart's frame, full width, its height from EMBED_CHARTS. */
export function embedSnippet(id: EmbedChartId, src: string, title: string): string {
	return (
		`<iframe src="${attribute(src)}" width="100%" height="${EMBED_CHARTS[id].height}" ` +
		`style="border:0" title="${attribute(title)}" loading="lazy"></iframe>`
	);
}
