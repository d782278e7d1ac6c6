// The one interface every query goes through, so the same SQL runs on DuckDB-WASM in the browser
// and on @duckdb/node-api in Node (build step, tests). Modelled on Mosaic's connectors.

/** A value bound to a `?` placeholder. User input reaches SQL only this way. */
export type SqlParam = string | number | boolean | null;

export type Row = Record<string, unknown>;

export interface Connector {
	/** Runs one statement with positional `?` parameters and returns plain JS rows. */
	query<T extends Row = Row>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
}

/** The performance measure each query in the browser leaves (counted by the bench and the browser tests). */
export const QUERY_MEASURE = 'duckdb:query';
