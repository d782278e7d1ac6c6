// The dispersion battery: the reference function on hand-computable examples and on the real data (figures
// computed independently in Python), and the SQL of queryDispersion against it everywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispersion, type Dispersion } from '$lib/metrics/dispersion';
import type { Measured } from '$lib/metrics/measured';
import { queryDispersion } from '$lib/queries/dispersion';
import { queryProvinceValues, type ProvinceValue } from '$lib/queries/province-values';
import { REGION_SCHEMES, type RegionId, type RegionScheme } from '$lib/data/manifest';
import type { NodeDatabase } from '$lib/db/node';
import { realDatabase } from './support/real-data';

type Item = { value: number | null; region: RegionId };
const D = (data: Item[]) =>
	dispersion(
		data,
		(d) => d.value,
		(d) => d.region
	);
const value = <V>(m: Measured<V>): V => {
	if (!m.ok) throw new Error(`not measured: ${m.reason}`);
	return m.value;
};
const RATIOS = ['cv', 'sd_log', 'max_min_ratio', 'east_west_ratio'] as const;

describe('dispersion(data, valueof, regionof) on hand-computable examples', () => {
	const example: Item[] = [
		{ value: 4, region: 'east' },
		{ value: 1, region: 'west' },
		{ value: 2, region: 'west' },
		{ value: null, region: 'central' }
	];

	it('gives mean 7/3, sample sd √(7/3), sd of logs ln 2, max/min 4 and East/West 8/3 for 4, 1, 2', () => {
		const d = value(D(example));
		expect(d.provinces).toBe(3);
		expect(d.mean).toBeCloseTo(7 / 3, 15);
		expect(d.sd).toBeCloseTo(Math.sqrt(7 / 3), 15);
		expect(d.min).toBe(1);
		expect(d.max).toBe(4);
		expect(value(d.cv)).toBeCloseTo(Math.sqrt(7 / 3) / (7 / 3), 15);
		expect(value(d.sd_log)).toBeCloseTo(Math.LN2, 15);
		expect(value(d.max_min_ratio)).toBe(4);
		expect(value(d.east_west_ratio)).toBeCloseTo(8 / 3, 15);
	});

	it('keeps mean, sd and CV for a zero value but not the sd of logs nor max/min', () => {
		const d = value(D([{ value: 0, region: 'east' }, ...example.slice(1)]));
		expect(d.sd).toBeCloseTo(1, 15);
		expect(value(d.cv)).toBeCloseTo(1, 15);
		expect(d.sd_log).toEqual({ ok: false, reason: 'non_positive_values', provinces: 3 });
		expect(d.max_min_ratio).toEqual({ ok: false, reason: 'non_positive_values', provinces: 3 });
		expect(value(d.east_west_ratio)).toBe(0);
	});

	it('has no East/West ratio without an East or a West province, or with only zeros in the West', () => {
		const noEast = value(D(example.map((d) => (d.region === 'east' ? { ...d, region: 'central' } : d))));
		expect(noEast.east_west_ratio).toEqual({ ok: false, reason: 'missing_region', provinces: 3 });
		const zeroWest = value(D(example.map((d) => (d.region === 'west' ? { ...d, value: 0 } : d))));
		expect(zeroWest.east_west_ratio).toEqual({ ok: false, reason: 'non_positive_mean', provinces: 3 });
	});

	it('is not reported at all for fewer than 3 provinces', () => {
		expect(D(example.slice(0, 2))).toEqual({ ok: false, reason: 'too_few_provinces', provinces: 2 });
	});
});

describe('dispersion and queryDispersion on the real data', () => {
	let db: NodeDatabase;
	beforeAll(async () => {
		db = await realDatabase();
	});
	afterAll(() => db.close());

	const reference = (values: ProvinceValue[]) =>
		dispersion(
			values,
			(d) => d.value,
			(d) => d.region
		);
	const year = async (indicator: string, y: number, scheme: RegionScheme = 'region4') =>
		queryProvinceValues(db, { indicator, year: y, scheme });
	const sqlYear = async (indicator: string, y: number, scheme: RegionScheme) =>
		(await queryDispersion(db, { indicator, scheme })).find((r) => r.year === y);

	// The figures below were computed in Python (statistics.stdev, math.log) from data/observations/pku_dfiic.csv
	// and data/provinces.csv, independently of this code.
	it('gives the aggregate index of 2011: mean 40.0042, sd 18.6089, CV 0.4652, sd of logs 0.4497, max/min 4.9439, East/West 2.1810 (NBS) and 2.1240 (three regions)', async () => {
		const d = value(reference(await year('pku_dfiic_index_aggregate', 2011)));
		expect(d.mean).toBeCloseTo(40.004193548387, 10);
		expect(d.sd).toBeCloseTo(18.608924520991, 10);
		expect(value(d.cv)).toBeCloseTo(0.465174344746708, 12);
		expect(value(d.sd_log)).toBeCloseTo(0.449682595596224, 12);
		expect(value(d.max_min_ratio)).toBeCloseTo(4.943896424167694, 12);
		expect(value(d.east_west_ratio)).toBeCloseTo(2.180976033033123, 12);
		const three = await sqlYear('pku_dfiic_index_aggregate', 2011, 'region3');
		expect(three?.ok && three.value.east_west_ratio).toMatchObject({ ok: true });
		expect(three?.ok && three.value.east_west_ratio.ok && three.value.east_west_ratio.value).toBeCloseTo(
			2.124010216766268,
			12
		);
	});

	it('gives the aggregate index of 2023: CV 0.0834, sd of logs 0.0809, max/min 1.3497, East/West 1.1539', async () => {
		const d = value(reference(await year('pku_dfiic_index_aggregate', 2023)));
		expect(value(d.cv)).toBeCloseTo(0.083356355161181, 12);
		expect(value(d.sd_log)).toBeCloseTo(0.080916800280182, 12);
		expect(value(d.max_min_ratio)).toBeCloseTo(1.34965405824599, 12);
		expect(value(d.east_west_ratio)).toBeCloseTo(1.153872416220268, 12);
	});

	it('gives the payment index of 2011 a CV (0.5496) but no sd of logs and no max/min: Tibet and Qinghai are at 0', async () => {
		const d = value(reference(await year('pku_dfiic_payment', 2011)));
		expect(d.sd).toBeCloseTo(25.57861590494887, 10);
		expect(value(d.cv)).toBeCloseTo(0.549620221150215, 12);
		expect(d.min).toBe(0);
		expect(d.sd_log).toEqual({ ok: false, reason: 'non_positive_values', provinces: 31 });
		expect(d.max_min_ratio).toEqual({ ok: false, reason: 'non_positive_values', provinces: 31 });
		expect(value(d.east_west_ratio)).toBeCloseTo(2.19407231772377, 12);
		const sql = await sqlYear('pku_dfiic_payment', 2011, 'region4');
		expect(sql?.ok && [sql.value.sd_log, sql.value.max_min_ratio, sql.value.cv.ok]).toEqual([
			d.sd_log,
			d.max_min_ratio,
			true
		]);
	});

	it('agrees with the reference to 1e-9 for every indicator, year and scheme, failures included', async () => {
		const indicators = await db.query<{ indicator: string }>(
			'SELECT DISTINCT indicator FROM observations ORDER BY indicator'
		);
		let compared = 0;
		for (const { indicator } of indicators) {
			for (const scheme of REGION_SCHEMES) {
				for (const row of await queryDispersion(db, { indicator, scheme })) {
					const ref = reference(await year(indicator, row.year, scheme));
					const label = `${indicator} ${row.year} ${scheme}`;
					expect(row.ok, label).toBe(ref.ok);
					if (!row.ok || !ref.ok) {
						expect(row).toEqual({ year: row.year, ...ref });
						continue;
					}
					const a: Dispersion = row.value;
					const b: Dispersion = ref.value;
					expect(a.provinces).toBe(b.provinces);
					expect([a.min, a.max]).toEqual([b.min, b.max]);
					expect(Math.abs(a.mean - b.mean), label).toBeLessThan(1e-9);
					expect(Math.abs(a.sd - b.sd), label).toBeLessThan(1e-9);
					for (const key of RATIOS) {
						const [x, y] = [a[key], b[key]];
						expect(x.ok, `${label} ${key}`).toBe(y.ok);
						if (x.ok && y.ok) expect(Math.abs(x.value - y.value), `${label} ${key}`).toBeLessThan(1e-9);
						else expect(x).toEqual(y);
					}
					compared++;
				}
			}
		}
		expect(compared).toBeGreaterThan(200);
	});
});
