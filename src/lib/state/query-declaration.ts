// A query as the data classes declare it, once: what it is called, which of the view's parameters it depends
// on (its key), and how it is run (a call into lib/queries, which turns the engine's rows into the chart's).
import type { Connector } from '$lib/db/connector';

export interface QueryDeclaration<P, T> {
	/** Names its performance measure (`query:<name>`). */
	readonly name: string;
	/** Equal for two parameter sets exactly when they give the same rows. */
	readonly key: (params: P) => string;
	readonly query: (db: Connector, params: P) => Promise<T>;
	/** The rows when they need no query (e.g. none selected, or already in another query's rows); else undefined. */
	readonly atHand?: (params: P) => T | undefined;
}

/** One declaration per field of the rows `R` a page draws. */
export type QueryDeclarations<P, R> = { readonly [K in keyof R]: QueryDeclaration<P, R[K]> };

/** Runs every declaration once, without memo (the prerendered view at build time, in Node). */
export async function runQueries<P, R extends object>(
	db: Connector,
	declarations: QueryDeclarations<P, R>,
	params: P
): Promise<R> {
	const names = Object.keys(declarations) as (keyof R)[];
	const rows = await Promise.all(
		names.map((name) => {
			const declaration = declarations[name];
			return declaration.atHand?.(params) ?? declaration.query(db, params);
		})
	);
	return Object.fromEntries(names.map((name, i) => [name, rows[i]])) as R;
}
