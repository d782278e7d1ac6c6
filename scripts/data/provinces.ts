// data/provinces.csv: the 31 provinces, their regions, and the adcode checks every other file uses.
import { REGION_IDS, SCHEME_REGIONS, type Province } from '../../src/lib/data/manifest';
import { fail, integer, oneOf, optional, source, text } from './cells';
import { readCsv, type CsvRow } from './csv';

export type Provinces = ReadonlyMap<number, Province>;

const COLUMNS = ['adcode', 'name_zh', 'name_en', 'region4', 'region3', 'source'] as const;

export async function readProvinces(dataDir: string): Promise<Provinces> {
	const provinces = new Map<number, Province>();
	for (const row of await readCsv(dataDir, 'provinces.csv', COLUMNS)) {
		const code = integer(row, 'adcode');
		if (provinces.has(code)) fail(row, `duplicate adcode ${code}`);
		const province: Province = {
			adcode: code,
			name_zh: text(row, 'name_zh'),
			name_en: text(row, 'name_en'),
			region4: oneOf(row, 'region4', REGION_IDS),
			region3: oneOf(row, 'region3', SCHEME_REGIONS.region3)
		};
		source(row);
		provinces.set(code, province);
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
