// data/observations/*.csv: one province value a row, for the indicators of indicators.csv.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fail, number, source, text, year } from './cells';
import { readCsv } from './csv';
import type { IndicatorMeta } from './indicators';
import { adcode, matchName, type Provinces } from './provinces';

export interface Observation {
	dataset: string;
	indicator: string;
	year: number;
	adcode: number;
	value: number;
	source: string;
}

const DIR = 'observations';
const COLUMNS = ['indicator', 'year', 'adcode', 'province_zh', 'value', 'source', 'note'] as const;

/** Every observations file, in file-name order. Only rows with a value belong there: an empty value is an error. */
export async function readObservations(
	dataDir: string,
	indicators: ReadonlyMap<string, IndicatorMeta>,
	provinces: Provinces
): Promise<Observation[]> {
	const files = (await readdir(path.join(dataDir, DIR))).filter((f) => f.endsWith('.csv')).sort();
	const firstSeen = new Map<string, string>();
	const observations: Observation[] = [];
	for (const file of files) {
		for (const row of await readCsv(dataDir, `${DIR}/${file}`, COLUMNS)) {
			const id = text(row, 'indicator');
			const meta = indicators.get(id);
			if (!meta) fail(row, `unknown indicator ${id} (not in indicators.csv)`);
			const obs: Observation = {
				dataset: meta.dataset,
				indicator: id,
				year: year(row, 'year'),
				adcode: adcode(row, 'adcode', provinces),
				value: number(row, 'value'),
				source: source(row)
			};
			matchName(row, 'province_zh', obs.adcode, provinces);
			const key = `${id} ${obs.adcode} ${obs.year}`;
			const first = firstSeen.get(key);
			if (first) fail(row, `duplicate ${id} for adcode ${obs.adcode} in ${obs.year} (first at ${first})`);
			firstSeen.set(key, `${row.file}:${row.line}`);
			observations.push(obs);
		}
	}
	return observations;
}
