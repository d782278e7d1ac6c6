// The import fixtures (tests/fixtures/import/, made by make-fixtures.ts from data/) and the real figures
// they were made from, for the import tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3';
import type { NamedProvince } from '$lib/places/named-province';

const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));
const DATA = fileURLToPath(new URL('../../../data/', import.meta.url));

export const GBK_WIDE = 'pku_dfiic_coverage_breadth_2013-2022_wide_gbk.csv';
export const XLSX_WIDE = 'pku_dfiic_coverage_breadth_2013-2022.xlsx';
export const MESSY_LONG = 'population_2020_messy.csv';
export const BREADTH = 'pku_dfiic_coverage_breadth';
export const YEARS = Array.from({ length: 10 }, (_, i) => 2013 + i);

export const fixtureBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(FIXTURES + name));

/** The 31 provinces of data/provinces.csv. */
export const PROVINCES: NamedProvince[] = csvParse(readFileSync(`${DATA}provinces.csv`, 'utf8')).map((p) => ({
	adcode: Number(p.adcode),
	name_zh: p.name_zh as string,
	name_en: p.name_en as string,
	pinyin: p.pinyin as string
}));

/** data/observations/pku_dfiic.csv values of one indicator, keyed `adcode|year`. */
export function dataValues(indicator: string): Map<string, number> {
	const rows = csvParse(readFileSync(`${DATA}observations/pku_dfiic.csv`, 'utf8')).filter(
		(r) => r.indicator === indicator
	);
	return new Map(rows.map((r) => [`${r.adcode}|${r.year}`, Number(r.value)]));
}

/** data/population.csv, by adcode. */
export function populations(): Map<number, number> {
	const rows = csvParse(readFileSync(`${DATA}population.csv`, 'utf8'));
	return new Map(rows.map((r) => [Number(r.adcode), Number(r.population)]));
}
