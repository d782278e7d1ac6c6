// data/population.csv: resident population by province and year.
import { fail, number, source, year } from './cells';
import { readCsv } from './csv';
import { adcode, type Provinces } from './provinces';

export interface Population {
	adcode: number;
	year: number;
	population: number;
}

const COLUMNS = ['adcode', 'year', 'population', 'source', 'note'] as const;

export async function readPopulation(dataDir: string, provinces: Provinces): Promise<Population[]> {
	const seen = new Set<string>();
	const rows: Population[] = [];
	for (const row of await readCsv(dataDir, 'population.csv', COLUMNS)) {
		const entry = { adcode: adcode(row, 'adcode', provinces), year: year(row, 'year'), population: number(row, 'population') };
		source(row);
		const key = `${entry.adcode} ${entry.year}`;
		if (seen.has(key)) fail(row, `duplicate population for adcode ${entry.adcode} in ${entry.year}`);
		seen.add(key);
		rows.push(entry);
	}
	return rows;
}
