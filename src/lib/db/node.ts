// The same connector on @duckdb/node-api, for tests and build-time rendering in Node. Never imported by the browser.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Table } from 'apache-arrow';
import type { Connector, Row, SqlParam } from './connector';
import { NO_EXTENSION_AUTOLOAD } from './settings';

export interface NodeDatabase extends Connector {
	close(): void;
}

/** Starts an in-memory DuckDB and creates one table per Arrow table (the same tables the browser loads). */
export async function startNodeDatabase(tables: Record<string, Table>): Promise<NodeDatabase> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	for (const sql of NO_EXTENSION_AUTOLOAD) await conn.run(sql);
	for (const [name, table] of Object.entries(tables)) await createTable(conn, name, table);

	return {
		async query<T extends Row = Row>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
			const reader = await conn.runAndReadAll(sql, params as SqlParam[]);
			return reader.getRowObjectsJS().map((row) => normalise(row)) as T[];
		},
		close() {
			conn.closeSync();
			instance.closeSync();
		}
	};
}

async function createTable(conn: DuckDBConnection, name: string, table: Table): Promise<void> {
	// Names come from the data step's own tables, never from user input.
	const types = table.schema.fields.map((f) => sqlType(String(f.type)));
	const columns = table.schema.fields.map((f, i) => `"${f.name}" ${types[i]}`);
	await conn.run(`CREATE OR REPLACE TABLE "${name}" (${columns.join(', ')})`);
	const appender = await conn.createAppender(name);
	for (const row of table) {
		table.schema.fields.forEach((field, i) => {
			const value = row?.[field.name] as unknown;
			if (value === null || value === undefined) appender.appendNull();
			else if (types[i] === 'INTEGER') appender.appendInteger(value as number);
			else if (types[i] === 'DOUBLE') appender.appendDouble(value as number);
			else appender.appendVarchar(String(value));
		});
		appender.endRow();
	}
	appender.closeSync();
}

const SQL_TYPES: Record<string, string> = { Int32: 'INTEGER', Float64: 'DOUBLE', Utf8: 'VARCHAR' };

function sqlType(arrowType: string): string {
	const type = SQL_TYPES[arrowType];
	if (!type) throw new Error(`unsupported Arrow type ${arrowType}`);
	return type;
}

// node-api returns BIGINT as bigint and DECIMAL as objects; the browser engine casts both to DOUBLE.
function normalise(row: Record<string, unknown>): Row {
	const out: Row = {};
	for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'bigint' ? Number(v) : (v ?? null);
	return out;
}
