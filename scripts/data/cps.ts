// data/cps/*.csv: what the Party School index publishes besides scores (ranks, level counts, disputed values).
import type { DisputedValue, LevelCount, PublishedRank } from '../../src/lib/data/manifest';
import { boolean, fail, integer, optional, optionalInteger, optionalNumber, optionalYear, source, text, year } from './cells';
import { readCsv, type CsvRow } from './csv';
import type { IndicatorMeta } from './indicators';
import { adcode, matchName, type Provinces } from './provinces';

export async function readPublishedRanks(dataDir: string, provinces: Provinces): Promise<PublishedRank[]> {
	const columns = ['data_year', 'report_year', 'adcode', 'unit_zh', 'rank', 'level', 'source', 'note'];
	return (await readCsv(dataDir, 'cps/published_ranks.csv', columns)).map((row) => ({
		data_year: year(row, 'data_year'),
		report_year: optionalYear(row, 'report_year'),
		adcode: optionalAdcode(row, provinces),
		unit_zh: text(row, 'unit_zh'),
		rank: optionalInteger(row, 'rank'),
		level: optional(row, 'level'),
		source: source(row),
		note: optional(row, 'note')
	}));
}

/** An empty adcode is a unit that is not a province (XPCC); a filled one must match unit_zh. */
function optionalAdcode(row: CsvRow, provinces: Provinces): number | null {
	if (optional(row, 'adcode').trim() === '') return null;
	const code = adcode(row, 'adcode', provinces);
	matchName(row, 'unit_zh', code, provinces);
	return code;
}

/** Rows whose data year is unknown stay in the CSV but are left out: a count must belong to a year. */
export async function readLevelCounts(dataDir: string): Promise<LevelCount[]> {
	const columns = ['data_year', 'report_year', 'level', 'province_count', 'low_confidence', 'source', 'note'];
	const counts: LevelCount[] = [];
	for (const row of await readCsv(dataDir, 'cps/level_counts.csv', columns)) {
		const dataYear = optionalYear(row, 'data_year');
		const count: Omit<LevelCount, 'data_year'> = {
			report_year: optionalYear(row, 'report_year'),
			level: text(row, 'level'),
			province_count: integer(row, 'province_count'),
			low_confidence: boolean(row, 'low_confidence'),
			source: source(row),
			note: optional(row, 'note')
		};
		if (dataYear !== null) counts.push({ data_year: dataYear, ...count });
	}
	return counts;
}

export async function readDisputed(
	dataDir: string,
	indicators: ReadonlyMap<string, IndicatorMeta>,
	provinces: Provinces
): Promise<DisputedValue[]> {
	const columns = ['indicator', 'year', 'adcode', 'value', 'rank', 'source', 'note'];
	return (await readCsv(dataDir, 'cps/disputed.csv', columns)).map((row) => {
		const indicator = text(row, 'indicator');
		if (!indicators.has(indicator)) fail(row, `unknown indicator ${indicator} (not in indicators.csv)`);
		return {
			indicator,
			year: year(row, 'year'),
			adcode: adcode(row, 'adcode', provinces),
			value: optionalNumber(row, 'value'),
			rank: optionalInteger(row, 'rank'),
			source: source(row),
			note: optional(row, 'note')
		};
	});
}
