// What a page's view shows, for its citation: the indicators, the year they are drawn for, and the
// publishers' datasets behind them (a composite's components, a total per capita's census, /relate's two
// axes, the census weights of a population-weighted Theil index), each once, in data/datasets.csv's order.
import type { Dataset, Indicator, Manifest } from '$lib/data/manifest';
import { COMPOSITE_PREFIX, DEFAULT_COMPOSITE, compositeId, parseComposite } from './composite-definition';
import { isPerCapitaId, POPULATION_DATASET } from './derived-indicators';
import { findIndicator, latestYear, type ViewState } from './view';

export type ViewPage = 'overview' | 'analysis' | 'compare' | 'relate' | 'composite';

export interface CitedView {
	indicators: Indicator[];
	/** The view's year, or (on /composite) the composite's latest where it has no value that year. */
	year: number;
	datasets: Dataset[];
}

function shownIds(view: ViewState, page: ViewPage): string[] {
	if (page === 'relate') return [view.x, view.y];
	if (page === 'composite') return [compositeId(view.composite ?? DEFAULT_COMPOSITE)];
	return [view.indicator];
}

function datasetIds(manifest: Manifest, id: string): string[] {
	if (id.startsWith(COMPOSITE_PREFIX)) {
		const parsed = parseComposite(id.slice(COMPOSITE_PREFIX.length), manifest);
		return parsed.ok ? parsed.definition.components.flatMap((c) => datasetIds(manifest, c.id)) : [];
	}
	const own = findIndicator(manifest, id)?.dataset;
	return [...(own ? [own] : []), ...(isPerCapitaId(id) ? [POPULATION_DATASET] : [])];
}

export function citedView(manifest: Manifest, view: ViewState, page: ViewPage): CitedView {
	const ids = shownIds(view, page);
	const indicators = ids.map((id) => findIndicator(manifest, id)).filter((d) => d !== undefined);
	const cited = new Set(ids.flatMap((id) => datasetIds(manifest, id)));
	if (page === 'analysis' && view.weighting === 'population') cited.add(POPULATION_DATASET);
	const [only] = indicators;
	const year =
		page === 'composite' && only && !only.years.some((y) => y.year === view.year)
			? latestYear(only)
			: view.year;
	return { indicators, year, datasets: manifest.datasets.filter((d) => cited.has(d.id)) };
}
