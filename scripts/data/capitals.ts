// data/capitals.csv: each province's capital and its coordinates, the points of the knn4 weights.
import type { Capital } from '../../src/lib/data/manifest';
import { fail, number, source, text } from './cells';
import { readCsv, type CsvRow } from './csv';
import { adcode, failAtProvince, type Provinces } from './provinces';

const COLUMNS = ['adcode', 'capital_zh', 'capital_en', 'lon', 'lat', 'source'] as const;

/** Mainland China's extent, roughly, in WGS 84 degrees: a swapped or mistyped coordinate falls outside. */
const LON = [73, 136] as const;
const LAT = [3, 54] as const;

/** One capital per province, in provinces.csv order; a province without one fails at its provinces.csv line. */
export async function readCapitals(dataDir: string, provinces: Provinces): Promise<Capital[]> {
	const capitals = new Map<number, { capital: Capital; line: number }>();
	for (const row of await readCsv(dataDir, 'capitals.csv', COLUMNS)) {
		const code = adcode(row, 'adcode', provinces);
		const first = capitals.get(code);
		if (first) fail(row, `adcode ${code} has a second capital (first at ${row.file}:${first.line})`);
		const capital = {
			adcode: code,
			name_zh: text(row, 'capital_zh'),
			name_en: text(row, 'capital_en'),
			lon: degrees(row, 'lon', LON),
			lat: degrees(row, 'lat', LAT)
		};
		source(row);
		capitals.set(code, { capital, line: row.line });
	}
	const result: Capital[] = [];
	for (const code of provinces.keys()) {
		const found = capitals.get(code);
		if (!found) return failAtProvince(dataDir, code, `adcode ${code} has no capital in data/capitals.csv`);
		result.push(found.capital);
	}
	return result;
}

function degrees(row: CsvRow, column: string, [low, high]: readonly [number, number]): number {
	const value = number(row, column);
	if (value < low || value > high) fail(row, `${column} ${value} is outside ${low}..${high}`);
	return value;
}
