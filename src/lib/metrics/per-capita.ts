/** Per-capita values are per this many residents (per 10,000: 每万人). */
export const PER_CAPITA_UNIT = 10_000;

/**
 * A total per 10,000 residents: value ÷ population × 10⁴, population in persons (the 2020 census in
 * data/population.csv). Only for totals (counts, lengths, amounts): an index is never divided.
 */
export function perCapita(value: number, population: number): number {
	return (value / population) * PER_CAPITA_UNIT;
}
