// Theil T and its within/between decomposition: the reference function on hand-computable examples and on
// the real data, and the SQL of queryTheil against it for every indicator, year, scheme and weighting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theil, type TheilDecomposition, type Weighting } from '$lib/metrics/theil';
import type { Measured } from '$lib/metrics/measured';
import { queryTheil } from '$lib/queries/theil';
import { queryProvinceValues, type ProvinceValue } from '$lib/queries/province-values';
import { REGION_SCHEMES, type RegionId, type RegionScheme } from '$lib/data/manifest';
import type { NodeDatabase } from '$lib/db/node';
import { realDatabase } from './support/real-data';

type Item = { value: number | null; region: RegionId; weight?: number };
const T = (items: Item[], weighted = false) =>
	theil(
		items,
		(d) => d.value,
		(d) => d.region,
		weighted ? (d) => d.weight : undefined
	);
const value = <V>(m: Measured<V>): V => {
	if (!m.ok) throw new Error(`not measured: ${m.reason}`);
	return m.value;
};

describe('theil(data, valueof, regionof, weightof?) on hand-computable examples', () => {
	it('is all between-region inequality when each region is internally equal', () => {
		const t = value(
			T([
				{ value: 2, region: 'east' },
				{ value: 2, region: 'east' },
				{ value: 1, region: 'west' },
				{ value: 1, region: 'west' }
			])
		);
		const expected = 0.5 * ((4 / 3) * Math.log(4 / 3) + (2 / 3) * Math.log(2 / 3));
		expect(t.total).toBeCloseTo(expected, 15);
		expect(t.between).toBeCloseTo(expected, 15);
		expect(t.within).toBeCloseTo(0, 15);
		expect(t.between_share).toBeCloseTo(1, 12);
		expect(t.provinces).toBe(4);
	});

	it('is all within-region inequality when there is only one region', () => {
		const t = value(
			T([
				{ value: 1, region: 'east' },
				{ value: 2, region: 'east' },
				{ value: 6, region: 'east' }
			])
		);
		// μ = 3: T = (1/3)[(1/3)ln(1/3) + (2/3)ln(2/3) + 2 ln 2]
		const expected = ((1 / 3) * Math.log(1 / 3) + (2 / 3) * Math.log(2 / 3) + 2 * Math.log(2)) / 3;
		expect(t.total).toBeCloseTo(expected, 15);
		expect(t.within).toBeCloseTo(expected, 15);
		expect(t.between).toBeCloseTo(0, 15);
	});

	it('is 0, with no between share, when every province has the same value', () => {
		const t = value(
			T([
				{ value: 5, region: 'east' },
				{ value: 5, region: 'west' },
				{ value: 5, region: 'central' }
			])
		);
		expect(t).toEqual({ provinces: 3, total: 0, within: 0, between: 0, between_share: null });
	});

	it('does not change when every value is scaled by the same factor', () => {
		const items: Item[] = [
			{ value: 1, region: 'east' },
			{ value: 3, region: 'east' },
			{ value: 4, region: 'west' },
			{ value: 9, region: 'central' }
		];
		const scaled = items.map((d) => ({ ...d, value: (d.value as number) * 7.5 }));
		const a = value(T(items));
		const b = value(T(scaled));
		expect(b.total).toBeCloseTo(a.total, 14);
		expect(b.between).toBeCloseTo(a.between, 14);
	});

	it('weights provinces by population shares: weights 1, 2, 1 on values 1, 1, 2 give 0.6 ln 0.8 + 0.4 ln 1.6', () => {
		const t = value(
			T(
				[
					{ value: 1, region: 'east', weight: 1 },
					{ value: 1, region: 'east', weight: 2 },
					{ value: 2, region: 'east', weight: 1 }
				],
				true
			)
		);
		expect(t.total).toBeCloseTo(0.6 * Math.log(0.8) + 0.4 * Math.log(1.6), 15);
	});

	it('gives a province of twice the population the weight of two provinces with its value', () => {
		const weighted = value(
			T(
				[
					{ value: 3, region: 'east', weight: 2 },
					{ value: 1, region: 'west', weight: 1 },
					{ value: 2, region: 'west', weight: 1 }
				],
				true
			)
		);
		const duplicated = value(
			T([
				{ value: 3, region: 'east' },
				{ value: 3, region: 'east' },
				{ value: 1, region: 'west' },
				{ value: 2, region: 'west' }
			])
		);
		expect(weighted.total).toBeCloseTo(duplicated.total, 15);
		expect(weighted.within).toBeCloseTo(duplicated.within, 15);
		expect(weighted.between).toBeCloseTo(duplicated.between, 15);
	});

	it('reports non_positive_values, not NaN, when a value is 0 or negative', () => {
		const zero = T([
			{ value: 0, region: 'east' },
			{ value: 1, region: 'east' },
			{ value: 2, region: 'west' }
		]);
		expect(zero).toEqual({ ok: false, reason: 'non_positive_values', provinces: 3 });
	});

	it('reports too_few_provinces for fewer than 3 provinces with a value, counting only those', () => {
		expect(
			T([
				{ value: 1, region: 'east' },
				{ value: null, region: 'east' },
				{ value: 2, region: 'west' }
			])
		).toEqual({ ok: false, reason: 'too_few_provinces', provinces: 2 });
	});

	it('reports missing_population when a province with a value has no population', () => {
		expect(
			T(
				[
					{ value: 1, region: 'east', weight: 10 },
					{ value: 2, region: 'east' },
					{ value: 3, region: 'west', weight: 5 }
				],
				true
			)
		).toEqual({ ok: false, reason: 'missing_population', provinces: 3 });
	});
});

describe('theil and queryTheil on the real data', () => {
	let db: NodeDatabase;
	let population: Map<number, number>;
	beforeAll(async () => {
		db = await realDatabase();
		const rows = await db.query<{ adcode: number; population: number }>(
			'SELECT adcode::INTEGER AS adcode, population::DOUBLE AS population FROM population'
		);
		population = new Map(rows.map((r) => [r.adcode, r.population]));
	});
	afterAll(() => db.close());

	const reference = (values: ProvinceValue[], weighting: Weighting) =>
		theil(
			values,
			(d) => d.value,
			(d) => d.region,
			weighting === 'population' ? (d) => population.get(d.adcode) : undefined
		);
	const year = async (indicator: string, y: number, scheme: RegionScheme = 'region4') =>
		queryProvinceValues(db, { indicator, year: y, scheme });

	it('splits the aggregate index’s 2011 inequality by NBS region (equal weights): 0.0982 = 0.0364 within + 0.0619 between, 63% between', async () => {
		const t = value(reference(await year('pku_dfiic_index_aggregate', 2011), 'equal'));
		expect(t.provinces).toBe(31);
		expect(t.total).toBeCloseTo(0.0982, 4);
		expect(t.within).toBeCloseTo(0.0364, 4);
		expect(t.between).toBeCloseTo(0.0619, 4);
		expect(t.between_share).toBeCloseTo(0.63, 2);
		// independently, in Python, from data/observations/pku_dfiic.csv and data/provinces.csv
		expect(t.total).toBeCloseTo(0.098237047344589, 12);
		expect(t.within).toBeCloseTo(0.036355571167835, 12);
	});

	it('finds the aggregate index’s inequality down to 0.0033 by 2023, still 63% between regions', async () => {
		const t = value(reference(await year('pku_dfiic_index_aggregate', 2023), 'equal'));
		expect(t.total).toBeCloseTo(0.0033, 4);
		expect(t.between_share).toBeCloseTo(0.63, 2);
		expect(t.total).toBeCloseTo(0.003291391668415, 12);
	});

	it('gives a lower population-weighted index for 2011 (0.0788 = 0.0347 + 0.0441), as the populous provinces sit nearer the mean', async () => {
		const values = await year('pku_dfiic_index_aggregate', 2011);
		const weighted = value(reference(values, 'population'));
		const equal = value(reference(values, 'equal'));
		expect(weighted.total).not.toBeCloseTo(equal.total, 3);
		// independently, in Python, with the 2020 census of data/population.csv
		expect(weighted.total).toBeCloseTo(0.078792636958836, 12);
		expect(weighted.within).toBeCloseTo(0.034659796490353, 12);
		expect(weighted.between).toBeCloseTo(0.044132840468483, 12);
		const sql = (
			await queryTheil(db, {
				indicator: 'pku_dfiic_index_aggregate',
				scheme: 'region4',
				weighting: 'population'
			})
		).find((r) => r.year === 2011);
		expect(sql?.ok && Math.abs(sql.value.total - weighted.total)).toBeLessThan(1e-9);
	});

	it('reports non_positive_values for the payment index of 2011 (Tibet and Qinghai at 0.0), in TS and in SQL, not NaN', async () => {
		const expected = { ok: false, reason: 'non_positive_values', provinces: 31 };
		expect(reference(await year('pku_dfiic_payment', 2011), 'equal')).toEqual(expected);
		for (const weighting of ['equal', 'population'] as const) {
			const sql = await queryTheil(db, { indicator: 'pku_dfiic_payment', scheme: 'region4', weighting });
			expect(sql.find((r) => r.year === 2011)).toEqual({ year: 2011, ...expected });
			expect(sql.find((r) => r.year === 2012)?.ok).toBe(true);
		}
	});

	it('reports too_few_provinces for the Party School index of 2020 (Anhui only)', async () => {
		const expected = { ok: false, reason: 'too_few_provinces', provinces: 1 };
		expect(reference(await year('cps_online_service_index', 2020), 'population')).toEqual(expected);
		const sql = await queryTheil(db, { indicator: 'cps_online_service_index', scheme: 'region3' });
		expect(sql.find((r) => r.year === 2020)).toEqual({ year: 2020, ...expected });
	});

	it('uses equal weights unless asked for population weights, and treats a hostile indicator id as a value, not SQL', async () => {
		const params = { indicator: 'pku_dfiic_index_aggregate', scheme: 'region4' } as const;
		// Two runs of the same parallel sums may differ in the last bits: compare to 12 decimals.
		const rounded = (rows: unknown) =>
			JSON.parse(JSON.stringify(rows, (_, v) => (typeof v === 'number' ? Number(v.toFixed(12)) : v)));
		expect(rounded(await queryTheil(db, params))).toEqual(
			rounded(await queryTheil(db, { ...params, weighting: 'equal' }))
		);
		expect(await queryTheil(db, { ...params, indicator: "x' OR '1'='1" })).toEqual([]);
	});

	it('agrees with the reference to 1e-9 for every indicator, year, scheme and weighting, and adds up to 1e-12', async () => {
		const indicators = await db.query<{ indicator: string }>(
			'SELECT DISTINCT indicator FROM observations ORDER BY indicator'
		);
		let compared = 0;
		for (const { indicator } of indicators) {
			for (const scheme of REGION_SCHEMES) {
				for (const weighting of ['equal', 'population'] as const) {
					const sql = await queryTheil(db, { indicator, scheme, weighting });
					for (const row of sql) {
						const ref = reference(await year(indicator, row.year, scheme), weighting);
						expect(row.ok, `${indicator} ${row.year} ${scheme} ${weighting}`).toBe(ref.ok);
						if (!row.ok || !ref.ok) {
							expect(row).toEqual({ year: row.year, ...ref });
							continue;
						}
						const a: TheilDecomposition = row.value;
						const b: TheilDecomposition = ref.value;
						expect(a.provinces).toBe(b.provinces);
						for (const key of ['total', 'within', 'between', 'between_share'] as const) {
							expect(Math.abs((a[key] as number) - (b[key] as number))).toBeLessThan(1e-9);
						}
						expect(Math.abs(a.within + a.between - a.total)).toBeLessThan(1e-12);
						expect(Math.abs(b.within + b.between - b.total)).toBeLessThan(1e-12);
						compared++;
					}
				}
			}
		}
		expect(compared).toBeGreaterThan(400);
	});
});
