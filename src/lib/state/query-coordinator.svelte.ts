// Runs a page's declared queries for the view asked for, and holds the rows of the view being drawn. Modelled
// on Mosaic's coordinator: the data classes only declare their queries; this one module memoises them by key,
// lets the latest view win (the rows of a superseded view are never drawn), leaves one performance measure
// per query, and rejects `load` on an engine error, which the page passes to PageState.fail.
import type { Connector } from '$lib/db/connector';
import type { QueryDeclarations } from './query-declaration';
import { QueryMemo } from './query-memo';
import { stableView } from './stable-view';
import type { ViewState } from './view';

/** One field of the rows drawn, its own signal: a year change that keeps the region statistics redraws nothing that reads only them. */
class Cell<T> {
	value = $state.raw() as T;
	constructor(value: T) {
		this.value = value;
	}
}

export class QueryCoordinator<P extends object, R extends object> {
	/** The rows of the view drawn (`empty` until the first is in). */
	readonly rows: R;
	/** The key of the view drawn; '' until its rows are in. */
	shown = $state('');
	/** The parameters of the view drawn; null until its rows are in. */
	drawn = $state.raw<P | null>(null);

	readonly #key: (params: P) => string;
	/** Per field of the rows: its memoised query and the signal drawn from. */
	readonly #fields: { name: keyof R; memo: QueryMemo<P, R[keyof R]>; cell: Cell<R[keyof R]> }[];
	#latest = '';
	readonly #stable = stableView();

	constructor(options: { key: (params: P) => string; queries: QueryDeclarations<P, R>; empty: R }) {
		this.#key = options.key;
		this.#fields = (Object.keys(options.queries) as (keyof R)[]).map((name) => ({
			name,
			memo: new QueryMemo(options.queries[name]),
			cell: new Cell(options.empty[name])
		}));
		const rows = {} as R;
		for (const { name, cell } of this.#fields) {
			Object.defineProperty(rows, name, { get: () => cell.value, enumerable: true });
		}
		this.rows = rows;
	}

	/** Whether the rows drawn are those of `params` (the page is then ready). */
	current(params: P): boolean {
		return this.shown === this.#key(params);
	}

	/** Rows computed elsewhere for `params` (the prerendered view): drawn at once and kept as each query's. */
	seed(params: P, rows: R): void {
		for (const { name, memo } of this.#fields) memo.seed(params, rows[name]);
		this.#latest = this.#key(params);
		this.#apply(params, rows);
	}

	/** Draws `params` at once if every query's rows need no wait; true if it did, or they are drawn already. */
	show(params: P): boolean {
		const key = this.#key(params);
		if (key === this.shown) {
			this.#latest = key;
			return true;
		}
		const rows = {} as R;
		for (const { name, memo } of this.#fields) {
			const peeked = memo.peek(params);
			if (peeked === undefined) return false;
			rows[name] = peeked;
		}
		this.#latest = key;
		this.#apply(params, rows);
		return true;
	}

	/** Draws `params` once its rows are in, unless a newer view was asked for meanwhile. */
	async load(db: Connector, params: P): Promise<void> {
		if (this.show(params)) return;
		const key = this.#key(params);
		this.#latest = key;
		const fetched = await Promise.all(this.#fields.map(({ memo }) => memo.get(db, params)));
		if (this.#latest !== key) return;
		const rows = {} as R;
		this.#fields.forEach(({ name }, i) => (rows[name] = fetched[i]!));
		this.#apply(params, rows);
	}

	/**
	 * The view the charts draw: `view` with the drawn parameters over it (until the rows of a newer view are
	 * in, the charts keep the last ones, in place). The same object while nothing drawn changes, so the
	 * charts then have nothing to recompute.
	 */
	drawnView<V extends ViewState>(view: V): V {
		return this.#stable(this.drawn ? { ...view, ...this.drawn } : view) as V;
	}

	#apply(params: P, rows: R): void {
		for (const { name, cell } of this.#fields) cell.value = rows[name];
		this.shown = this.#key(params);
		this.drawn = params;
	}
}
