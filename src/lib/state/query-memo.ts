// One declared query, memoised by its key: the same key asks the engine once (a failed run is forgotten, so
// it is asked again), and each run leaves one performance measure, `query:<name>`.
import type { Connector } from '$lib/db/connector';
import type { QueryDeclaration } from './query-declaration';

/** How many keys each query keeps: going back to a recent view asks nothing. */
const KEEP = 4;

interface Entry<T> {
	rows: Promise<T>;
	/** Set once the rows are in. */
	settled?: { rows: T };
}

export class QueryMemo<P, T> {
	readonly declaration: QueryDeclaration<P, T>;
	readonly #entries = new Map<string, Entry<T>>();

	constructor(declaration: QueryDeclaration<P, T>) {
		this.declaration = declaration;
	}

	/** The rows of `params` if they need no wait: at hand, or in from an earlier run. */
	peek(params: P): T | undefined {
		const atHand = this.declaration.atHand?.(params);
		if (atHand !== undefined) return atHand;
		return this.#use(this.declaration.key(params))?.settled?.rows;
	}

	get(db: Connector, params: P): Promise<T> {
		const atHand = this.declaration.atHand?.(params);
		if (atHand !== undefined) return Promise.resolve(atHand);
		const key = this.declaration.key(params);
		const known = this.#use(key);
		if (known) return known.rows;
		const start = performance.now();
		const entry: Entry<T> = { rows: this.declaration.query(db, params) };
		this.#remember(key, entry);
		entry.rows.then(
			(rows) => {
				entry.settled = { rows };
				performance.measure(`query:${this.declaration.name}`, { start });
			},
			() => this.#entries.get(key) === entry && this.#entries.delete(key)
		);
		return entry.rows;
	}

	/** Rows computed elsewhere (the prerendered view), kept as if this query had run for `params`. */
	seed(params: P, rows: T): void {
		this.#remember(this.declaration.key(params), { rows: Promise.resolve(rows), settled: { rows } });
	}

	/** The entry of `key`, now the most recently used (the last to be dropped). */
	#use(key: string): Entry<T> | undefined {
		const entry = this.#entries.get(key);
		if (entry) this.#remember(key, entry);
		return entry;
	}

	#remember(key: string, entry: Entry<T>): void {
		this.#entries.delete(key);
		this.#entries.set(key, entry);
		if (this.#entries.size > KEEP) this.#entries.delete(this.#entries.keys().next().value!);
	}
}
