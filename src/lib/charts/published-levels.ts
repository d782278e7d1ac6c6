import type { PublishedRank } from '$lib/data/manifest';

export interface ProvinceLevel {
	adcode: number;
	data_year: number;
	level: string;
	rank: number | null;
}

/** What the Party School reports published about the given provinces: level and rank by data year. */
export function publishedLevels(
	ranks: readonly PublishedRank[],
	adcodes: readonly number[]
): ProvinceLevel[] {
	return ranks
		.filter((r) => r.adcode !== null && adcodes.includes(r.adcode) && (r.level || r.rank !== null))
		.map((r) => ({ adcode: r.adcode as number, data_year: r.data_year, level: r.level, rank: r.rank }))
		.sort((a, b) => adcodes.indexOf(a.adcode) - adcodes.indexOf(b.adcode) || a.data_year - b.data_year);
}
