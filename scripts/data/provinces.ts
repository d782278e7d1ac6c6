// data/provinces.csv: the 31 provinces, their regions, pinyin and tiles, and the adcode checks every other file uses.
import { REGION_IDS, SCHEME_REGIONS, type Province } from '../../src/lib/data/manifest';
import { fail, integer, oneOf, optional, source, text } from './cells';
import { readCsv, type CsvRow } from './csv';
import { readTileGrid } from './tile-grid';

export type Provinces = ReadonlyMap<number, Province>;

const COLUMNS = ['adcode', 'name_zh', 'name_en', 'pinyin', 'region4', 'region3', 'source'] as const;

/** Toneless, lowercase, no spaces or apostrophes: shaanxi, neimenggu. */
const PINYIN = /^[a-z]+$/;

export async function readProvinces(dataDir: string): Promise<Provinces> {
	const rows = await readCsv(dataDir, 'provinces.csv', COLUMNS);
	const read = new Map<number, { row: CsvRow; province: Omit<Province, 'tile_row' | 'tile_col'> }>();
	const pinyins = new Map<string, number>();
	for (const row of rows) {
		const code = integer(row, 'adcode');
		if (read.has(code)) fail(row, `duplicate adcode ${code}`);
		const pinyin = text(row, 'pinyin');
		if (!PINYIN.test(pinyin)) fail(row, `pinyin "${pinyin}" is not toneless lowercase letters a-z`);
		const first = pinyins.get(pinyin);
		if (first !== undefined) fail(row, `duplicate pinyin ${pinyin} (first at ${row.file}:${first})`);
		pinyins.set(pinyin, row.line);
		read.set(code, {
			row,
			province: {
				adcode: code,
				name_zh: text(row, 'name_zh'),
				name_en: text(row, 'name_en'),
				pinyin,
				region4: oneOf(row, 'region4', REGION_IDS),
				region3: oneOf(row, 'region3', SCHEME_REGIONS.region3)
			}
		});
		source(row);
	}

	const tiles = await readTileGrid(dataDir, new Set(read.keys()));
	const provinces = new Map<number, Province>();
	for (const [code, { row, province }] of read) {
		const tile = tiles.get(code);
		if (!tile) fail(row, `adcode ${code} has no tile in data/tile_grid.csv`);
		provinces.set(code, { ...province, tile_row: tile.row, tile_col: tile.col });
	}
	return provinces;
}

/** An adcode that names one of the provinces in provinces.csv. */
export function adcode(row: CsvRow, column: string, provinces: Provinces): number {
	const code = integer(row, column);
	if (!provinces.has(code)) fail(row, `unknown adcode ${code}`);
	return code;
}

/** Checks that a province name cell, when filled, is the name of that adcode. */
export function matchName(row: CsvRow, column: string, code: number, provinces: Provinces): void {
	const name = optional(row, column);
	const expected = provinces.get(code)?.name_zh;
	if (name !== '' && name !== expected) fail(row, `${column} "${name}" does not match adcode ${code} (${expected})`);
}

/** Fails at the line of provinces.csv that holds `code`: for a province that another file leaves out. */
export async function failAtProvince(dataDir: string, code: number, reason: string): Promise<never> {
	const rows = await readCsv(dataDir, 'provinces.csv', ['adcode']);
	const row = rows.find((r) => Number(r.cells.adcode) === code);
	if (!row) throw new Error(`adcode ${code} is not in provinces.csv`);
	fail(row, reason);
}
