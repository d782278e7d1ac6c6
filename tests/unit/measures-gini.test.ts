// The Gini coefficient and Dagum's decomposition: the reference function on hand-computable examples and on
// the real data, and the SQL of queryGini against it for every indicator, year and scheme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dagumGini, type DagumGini } from '$lib/metrics/gini';
import type { Measured } from '$lib/metrics/measured';
import { queryGini } from '$lib/queries/gini';
import { queryProvinceValues, type ProvinceValue } from '$lib/queries/province-values';
import { REGION_SCHEMES, type RegionId, type RegionScheme } from '$lib/data/manifest';
import type { NodeDatabase } from '$lib/db/node';
import { realDatabase } from './support/real-data';

type Item = { value: number | null; region: RegionId };
const G = (items: Item[]) =>
	dagumGini(
		items,
		(d) => d.value,
		(d) => d.region
	);
const items = (region: RegionId, values: number[]): Item[] => values.map((value) => ({ value, region }));
const value = <V>(m: Measured<V>): V => {
	if (!m.ok) throw new Error(`not measured: ${m.reason}`);
	return m.value;
};
const cell = (g: DagumGini, j: RegionId, h: RegionId) => g.matrix.find((c) => c.j === j && c.h === h);
const sumOfParts = (g: DagumGini) => g.within + g.net_between + g.transvariation;

describe('dagumGini(data, valueof, regionof) on hand-computable examples', () => {
	it('gives 2/9 for the values 1, 2, 3 (Σ|y_i − y_r| = 8 over 2 · 3² · 2)', () => {
		const g = value(G(items('east', [1, 2, 3])));
		expect(g.total).toBeCloseTo(2 / 9, 15);
		expect(g.within).toBeCloseTo(2 / 9, 15);
		expect(g.net_between).toBe(0);
		expect(g.transvariation).toBe(0);
	});

	it('splits East 3, 4 / West 1, 2 (no overlap) into G_w 0.05 and G_nb 0.2, with no transvariation', () => {
		const g = value(G([...items('west', [1, 2]), ...items('east', [3, 4])]));
		expect(g.total).toBeCloseTo(0.25, 15);
		expect(g.regions.map((r) => [r.region, r.provinces, r.mean, r.province_share, r.value_share])).toEqual([
			['east', 2, 3.5, 0.5, 0.7],
			['west', 2, 1.5, 0.5, 0.3]
		]);
		expect(cell(g, 'east', 'east')?.gini).toBeCloseTo(1 / 14, 15);
		expect(cell(g, 'west', 'west')?.gini).toBeCloseTo(1 / 6, 15);
		expect(cell(g, 'east', 'west')?.gini).toBeCloseTo(0.4, 15);
		expect(cell(g, 'west', 'east')?.gini).toBeCloseTo(0.4, 15);
		expect(cell(g, 'east', 'west')?.affluence).toBe(1);
		expect(cell(g, 'west', 'east')?.affluence).toBe(-1);
		expect(g.within).toBeCloseTo(0.05, 15);
		expect(g.net_between).toBeCloseTo(0.2, 15);
		expect(g.transvariation).toBeCloseTo(0, 15);
	});

	it('counts the overlap of East 2, 5 and West 1, 3 as transvariation: D = (7/4 − 1/4)/(7/4 + 1/4) = 0.75', () => {
		const g = value(G([...items('east', [2, 5]), ...items('west', [1, 3])]));
		expect(cell(g, 'east', 'west')?.affluence).toBeCloseTo(0.75, 15);
		expect(cell(g, 'east', 'west')?.gini).toBeCloseTo(8 / 22, 15);
		expect(g.transvariation).toBeGreaterThan(0);
		expect(Math.abs(sumOfParts(g) - g.total)).toBeLessThan(1e-15);
	});

	it('orders regions by mean, highest first, and gives the full k × k matrix, diagonal included', () => {
		const g = value(
			G([
				...items('west', [1, 2, 3]),
				...items('central', [10, 12]),
				...items('east', [5]),
				...items('northeast', [4])
			])
		);
		expect(g.regions.map((r) => r.region)).toEqual(['central', 'east', 'northeast', 'west']);
		expect(g.matrix).toHaveLength(16);
		expect(g.matrix.slice(0, 4).map((c) => [c.j, c.h])).toEqual([
			['central', 'central'],
			['central', 'east'],
			['central', 'northeast'],
			['central', 'west']
		]);
		expect(cell(g, 'east', 'east')).toEqual({ j: 'east', h: 'east', gini: 0, affluence: 0 });
		expect(Math.abs(sumOfParts(g) - g.total)).toBeLessThan(1e-15);
	});

	it('accepts zeros but not negative values nor only zeros', () => {
		expect(G(items('east', [0, 0, 3])).ok).toBe(true);
		expect(G(items('east', [-1, 2, 3]))).toEqual({ ok: false, reason: 'negative_values', provinces: 3 });
		expect(G(items('east', [0, 0, 0]))).toEqual({ ok: false, reason: 'non_positive_mean', provinces: 3 });
		expect(G(items('east', [1, 2]))).toEqual({ ok: false, reason: 'too_few_provinces', provinces: 2 });
	});
});

describe('dagumGini and queryGini on the real data', () => {
	let db: NodeDatabase;
	beforeAll(async () => {
		db = await realDatabase();
	});
	afterAll(() => db.close());

	const reference = (values: ProvinceValue[]) =>
		dagumGini(
			values,
			(d) => d.value,
			(d) => d.region
		);
	const year = async (indicator: string, y: number, scheme: RegionScheme = 'region4') =>
		queryProvinceValues(db, { indicator, year: y, scheme });

	it('gives the aggregate index of 2011 a Gini of 0.2478 = 0.0457 within + 0.1826 net between + 0.0195 transvariation', async () => {
		// independently, in Python, straight from the definitions over data/observations/pku_dfiic.csv
		const g = value(reference(await year('pku_dfiic_index_aggregate', 2011)));
		expect(g.total).toBeCloseTo(0.247842382809503, 12);
		expect(g.within).toBeCloseTo(0.045733758921736, 12);
		expect(g.net_between).toBeCloseTo(0.1825966216341, 12);
		expect(g.transvariation).toBeCloseTo(0.019512002253666, 12);
		expect(g.regions.map((r) => r.region)).toEqual(['east', 'northeast', 'central', 'west']);
		expect(cell(g, 'east', 'west')?.gini).toBeCloseTo(0.377767577136601, 12);
		expect(cell(g, 'east', 'west')?.affluence).toBeCloseTo(0.982779313264112, 12);
		expect(cell(g, 'northeast', 'central')?.affluence).toBeCloseTo(0.130636195182211, 12);
	});

	it('gives the payment index of 2011 a Gini (0.3052) despite its two zeros', async () => {
		const g = value(reference(await year('pku_dfiic_payment', 2011)));
		expect(g.total).toBeCloseTo(0.305235479175471, 12);
		const sql = (await queryGini(db, { indicator: 'pku_dfiic_payment', scheme: 'region4' })).find(
			(r) => r.year === 2011
		);
		expect(sql?.ok && Math.abs(sql.value.total - g.total)).toBeLessThan(1e-9);
	});

	it('reports too_few_provinces for the Party School index of 2020 (Anhui only)', async () => {
		const sql = await queryGini(db, { indicator: 'cps_online_service_index', scheme: 'region4' });
		expect(sql.find((r) => r.year === 2020)).toEqual({
			year: 2020,
			ok: false,
			reason: 'too_few_provinces',
			provinces: 1
		});
		expect(reference(await year('cps_online_service_index', 2020)).ok).toBe(false);
	});

	it('agrees with the reference to 1e-9 for every indicator, year and scheme, matrix included, and adds up to 1e-12', async () => {
		const indicators = await db.query<{ indicator: string }>(
			'SELECT DISTINCT indicator FROM observations ORDER BY indicator'
		);
		let compared = 0;
		for (const { indicator } of indicators) {
			for (const scheme of REGION_SCHEMES) {
				for (const row of await queryGini(db, { indicator, scheme })) {
					const ref = reference(await year(indicator, row.year, scheme));
					const label = `${indicator} ${row.year} ${scheme}`;
					expect(row.ok, label).toBe(ref.ok);
					if (!row.ok || !ref.ok) {
						expect(row).toEqual({ year: row.year, ...ref });
						continue;
					}
					const [a, b] = [row.value, ref.value];
					expect(a.provinces).toBe(b.provinces);
					for (const key of ['total', 'within', 'net_between', 'transvariation'] as const) {
						expect(Math.abs(a[key] - b[key]), `${label} ${key}`).toBeLessThan(1e-9);
					}
					expect(a.regions.map((r) => [r.region, r.provinces])).toEqual(
						b.regions.map((r) => [r.region, r.provinces])
					);
					a.regions.forEach((r, i) => {
						expect(Math.abs(r.mean - (b.regions[i]?.mean ?? NaN))).toBeLessThan(1e-9);
						expect(Math.abs(r.province_share - (b.regions[i]?.province_share ?? NaN))).toBeLessThan(1e-12);
						expect(Math.abs(r.value_share - (b.regions[i]?.value_share ?? NaN))).toBeLessThan(1e-12);
					});
					expect(a.matrix.map((c) => [c.j, c.h])).toEqual(b.matrix.map((c) => [c.j, c.h]));
					a.matrix.forEach((c, i) => {
						expect(Math.abs(c.gini - (b.matrix[i]?.gini ?? NaN))).toBeLessThan(1e-9);
						expect(Math.abs(c.affluence - (b.matrix[i]?.affluence ?? NaN))).toBeLessThan(1e-9);
					});
					expect(Math.abs(sumOfParts(a) - a.total), label).toBeLessThan(1e-12);
					expect(Math.abs(sumOfParts(b) - b.total), label).toBeLessThan(1e-12);
					compared++;
				}
			}
		}
		expect(compared).toBeGreaterThan(200);
	});
});
