// The rows behind the relate page for the current view, declared as queries into lib/queries and run by the
// QueryCoordinator: one query gives both indicators' values of every province and year that has both, so a
// change of year, the player and the correlation over the years ask the engine nothing more.
import type { Connector } from '$lib/db/connector';
import { correlation, type Correlation } from '$lib/metrics/correlation';
import type { YearMeasured } from '$lib/metrics/measured';
import { queryIndicatorPairs, type IndicatorPair } from '$lib/queries/indicator-pairs';
import { QueryCoordinator } from './query-coordinator.svelte';
import type { QueryDeclarations } from './query-declaration';
import type { ViewState } from './view';

/** What the relate page's rows depend on; the year, scale, language and selection need none. */
export type RelateView = Pick<ViewState, 'x' | 'y' | 'scheme'>;

/** Identifies the rows of a view. */
export const relateKey = (v: RelateView): string => `${v.x}|${v.y}|${v.scheme}`;

type Rows = { pairs: IndicatorPair[] };

const RELATE_QUERIES: QueryDeclarations<RelateView, Rows> = {
	pairs: { name: 'indicator-pairs', key: relateKey, query: queryIndicatorPairs }
};

/** The year drawn: the view's if both indicators have it, else the latest both have; null if they share none. */
export function relateYear(years: readonly number[], asked: number): number | null {
	return years.includes(asked) ? asked : (years.at(-1) ?? null);
}

/** Provinces with a value ≤ 0 on either axis, which a logarithmic axis cannot place. */
export function nonPositive(pairs: readonly IndicatorPair[]): { x: number; y: number } {
	return {
		x: pairs.filter((p) => p.x <= 0).length,
		y: pairs.filter((p) => p.y <= 0).length
	};
}

/**
 * Pearson r, Spearman ρ, the p-value and the OLS line of each year, on the log10 of the values when `log`.
 * The TypeScript path: metrics/correlation over the pairs the one query gave (the page holds them for the
 * scatter anyway); tests/browser/relate.test.ts checks it against DuckDB's corr() over ranks.
 */
export function yearCorrelations(
	pairs: readonly IndicatorPair[],
	years: readonly number[],
	log: boolean
): YearMeasured<Correlation>[] {
	const f = log ? Math.log10 : (v: number) => v;
	return years.map((year) => {
		const points = pairs.filter((p) => p.year === year);
		return {
			year,
			...correlation(
				points,
				(p) => f(p.x),
				(p) => f(p.y)
			)
		};
	});
}

export class RelateData {
	readonly #rows = new QueryCoordinator<RelateView, Rows>({
		key: relateKey,
		queries: RELATE_QUERIES,
		empty: { pairs: [] }
	});

	/** Both indicators' values of every province and year with both, of the view drawn. */
	get pairs(): IndicatorPair[] {
		return this.#rows.rows.pairs;
	}
	/** The relateKey of the rows drawn; '' until the first load. */
	get shown(): string {
		return this.#rows.shown;
	}

	/** Whether the rows drawn are those of `view`. */
	current(view: RelateView): boolean {
		return this.#rows.current(view);
	}

	/** The view the charts draw: the rows' own indicators and scheme until a newer view's rows are in. */
	drawnView(view: ViewState): ViewState {
		return this.#rows.drawnView(view);
	}

	load(db: Connector, view: RelateView): Promise<void> {
		return this.#rows.load(db, { x: view.x, y: view.y, scheme: view.scheme });
	}
}
