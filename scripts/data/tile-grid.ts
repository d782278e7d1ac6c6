// data/tile_grid.csv: one equal square per province for the tile-grid map (row 0 north, col 0 west).
import { fail, integer } from './cells';
import { readCsv, type CsvRow } from './csv';

export interface Tile {
	row: number;
	col: number;
}

const COLUMNS = ['adcode', 'row', 'col'] as const;

/**
 * The tile of each adcode in `known`. Checks that every adcode is known and placed once, that row and
 * col are integers from 0, and that no two provinces share a tile. Whether every province has a tile is
 * checked by the caller, which can point at the province's own line.
 */
export async function readTileGrid(dataDir: string, known: ReadonlySet<number>): Promise<Map<number, Tile>> {
	const tiles = new Map<number, Tile & { line: number }>();
	const occupied = new Map<string, { adcode: number; line: number }>();
	for (const row of await readCsv(dataDir, 'tile_grid.csv', COLUMNS)) {
		const code = integer(row, 'adcode');
		if (!known.has(code)) fail(row, `unknown adcode ${code}`);
		const first = tiles.get(code);
		if (first) fail(row, `adcode ${code} is placed twice (first at ${row.file}:${first.line})`);
		const tile = { row: cell(row, 'row'), col: cell(row, 'col') };
		const key = `${tile.row},${tile.col}`;
		const taken = occupied.get(key);
		if (taken) {
			fail(row, `row ${tile.row}, col ${tile.col} already holds adcode ${taken.adcode} (${row.file}:${taken.line})`);
		}
		occupied.set(key, { adcode: code, line: row.line });
		tiles.set(code, { ...tile, line: row.line });
	}
	return new Map([...tiles].map(([code, t]) => [code, { row: t.row, col: t.col }]));
}

function cell(row: CsvRow, column: string): number {
	const value = integer(row, column);
	if (value < 0) fail(row, `${column} ${value} is negative`);
	return value;
}
