// Absolute β-convergence: the reference function on an exact example and on the real data, and the SQL of
// queryBetaConvergence against it for every indicator and span of years.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { betaConvergence, type ProvinceYearValue } from '$lib/metrics/beta-convergence';
import type { Measured } from '$lib/metrics/measured';
import { queryBetaConvergence } from '$lib/queries/beta-convergence';
import { queryProvinceValues } from '$lib/queries/province-values';
import type { NodeDatabase } from '$lib/db/node';
import { realDatabase } from './support/real-data';

const value = <V>(m: Measured<V>): V => {
	if (!m.ok) throw new Error(`not measured: ${m.reason}`);
	return m.value;
};
/** Provinces 1, 2, 3 with initial values 1, e, e² and average annual log growth `growth(ln y0)` over `years`. */
function exact(growth: (x: number) => number, years: number) {
	const start: ProvinceYearValue[] = [0, 1, 2].map((x, i) => ({ adcode: i + 1, value: Math.exp(x) }));
	const end: ProvinceYearValue[] = [0, 1, 2].map((x, i) => ({
		adcode: i + 1,
		value: Math.exp(x + growth(x) * years)
	}));
	return { start, end };
}

describe('betaConvergence(start, end, span) on exact examples', () => {
	it('recovers growth = 0.3 − 0.1 ln y0 over 2 years: β −0.1, R² 1, speed −ln(0.8)/2 a year', () => {
		const { start, end } = exact((x) => 0.3 - 0.1 * x, 2);
		const b = value(betaConvergence(start, end, { from: 2020, to: 2022 }));
		expect(b.provinces).toBe(3);
		expect(b.beta).toBeCloseTo(-0.1, 14);
		expect(b.intercept).toBeCloseTo(0.3, 14);
		expect(b.r2).toBeCloseTo(1, 14);
		expect(b.speed).toBeCloseTo(-Math.log(0.8) / 2, 14);
		expect(b.points.map((p) => p.adcode)).toEqual([1, 2, 3]);
		expect(b.points[1]?.initial).toBeCloseTo(Math.E, 14);
		expect(b.points[1]?.log_initial).toBeCloseTo(1, 14);
		expect(b.points[1]?.growth).toBeCloseTo(0.2, 14);
	});

	it('has no speed (null) when 1 + βT ≤ 0: β = −1 over one year', () => {
		const { start, end } = exact((x) => 1 - x, 1);
		const b = value(betaConvergence(start, end, { from: 2020, to: 2021 }));
		expect(b.beta).toBeCloseTo(-1, 14);
		expect(b.speed).toBeNull();
	});

	it('gives β 0 and R² 1 when every province grows alike (a flat line fits exactly): 1, 2, 4 doubling', () => {
		const b = value(
			betaConvergence(
				[1, 2, 4].map((value, i) => ({ adcode: i, value })),
				[2, 4, 8].map((value, i) => ({ adcode: i, value })),
				{ from: 2020, to: 2021 }
			)
		);
		expect(b.beta).toBe(0);
		expect(b.r2).toBe(1);
		expect(b.speed).toBe(0);
	});

	it('fits only the provinces with a value in both years', () => {
		const { start, end } = exact((x) => 0.3 - 0.1 * x, 2);
		const withGaps = betaConvergence(
			[...start, { adcode: 4, value: 5 }, { adcode: 5, value: null }],
			[...end, { adcode: 5, value: 8 }, { adcode: 6, value: 1 }],
			{ from: 2020, to: 2022 }
		);
		expect(value(withGaps).points.map((p) => p.adcode)).toEqual([1, 2, 3]);
		expect(betaConvergence(start.slice(0, 2), end, { from: 2020, to: 2022 })).toEqual({
			ok: false,
			reason: 'too_few_provinces',
			provinces: 2
		});
	});

	it('reports non_positive_values for a 0 in either year, and no_variation for equal initial values', () => {
		const { start, end } = exact((x) => 0.3 - 0.1 * x, 2);
		const zeroEnd = end.map((d, i) => (i === 0 ? { ...d, value: 0 } : d));
		expect(betaConvergence(start, zeroEnd, { from: 2020, to: 2022 })).toEqual({
			ok: false,
			reason: 'non_positive_values',
			provinces: 3
		});
		const flatStart = start.map((d) => ({ ...d, value: 2 }));
		expect(betaConvergence(flatStart, end, { from: 2020, to: 2022 })).toMatchObject({
			reason: 'no_variation'
		});
	});

	it('throws on a span that does not go forward (a programming error, not bad data)', () => {
		expect(() => betaConvergence([], [], { from: 2020, to: 2020 })).toThrow(RangeError);
	});
});

describe('betaConvergence and queryBetaConvergence on the real data', () => {
	let db: NodeDatabase;
	const cache = new Map<string, ProvinceYearValue[]>();
	beforeAll(async () => {
		db = await realDatabase();
	});
	afterAll(() => db.close());
	const year = async (indicator: string, y: number) => {
		const key = `${indicator} ${y}`;
		if (!cache.has(key))
			cache.set(key, await queryProvinceValues(db, { indicator, year: y, scheme: 'region4' }));
		return cache.get(key) as ProvinceYearValue[];
	};
	const reference = async (indicator: string, from: number, to: number) =>
		betaConvergence(await year(indicator, from), await year(indicator, to), { from, to });

	it('finds strong absolute convergence of the aggregate index 2011→2023: β −0.0696, R² 0.992, speed 15.0% a year', async () => {
		// independently, in Python (OLS by hand) from data/observations/pku_dfiic.csv
		const b = value(await reference('pku_dfiic_index_aggregate', 2011, 2023));
		expect(b.provinces).toBe(31);
		expect(b.beta).toBeCloseTo(-0.06963284130182, 12);
		expect(b.intercept).toBeCloseTo(0.448507930719399, 12);
		expect(b.r2).toBeCloseTo(0.992396131109969, 12);
		expect(b.speed).toBeCloseTo(0.150451406857995, 12);
		const tibet = b.points.find((p) => p.adcode === 540000);
		expect(tibet?.initial).toBe(16.22);
		expect(tibet?.growth).toBeCloseTo(Math.log(356.296348 / 16.22) / 12, 14);
	});

	it('reports non_positive_values from 2011 for the payment index, and too_few_provinces into 2020 for the Party School index', async () => {
		expect(await reference('pku_dfiic_payment', 2011, 2015)).toMatchObject({ reason: 'non_positive_values' });
		const sql = await queryBetaConvergence(db, { indicator: 'cps_online_service_index' });
		expect(sql).toEqual([{ from: 2019, to: 2020, ok: false, reason: 'too_few_provinces', provinces: 1 }]);
	});

	it('agrees with the reference to 1e-9 for every indicator and span of years, failures included', async () => {
		const indicators = await db.query<{ indicator: string }>(
			'SELECT DISTINCT indicator FROM observations ORDER BY indicator'
		);
		let compared = 0;
		for (const { indicator } of indicators) {
			const spans = await queryBetaConvergence(db, { indicator });
			const years = new Set(spans.flatMap((s) => [s.from, s.to]));
			expect(spans).toHaveLength((years.size * (years.size - 1)) / 2);
			for (const row of spans) {
				const ref = await reference(indicator, row.from, row.to);
				const label = `${indicator} ${row.from}→${row.to}`;
				expect(row.ok, label).toBe(ref.ok);
				if (!row.ok || !ref.ok) {
					expect(row).toEqual({ from: row.from, to: row.to, ...ref });
					continue;
				}
				const [a, b] = [row.value, ref.value];
				expect(a.provinces).toBe(b.provinces);
				for (const key of ['beta', 'intercept', 'r2'] as const) {
					expect(Math.abs(a[key] - b[key]), `${label} ${key}`).toBeLessThan(1e-9);
				}
				if (a.speed === null || b.speed === null) expect(a.speed).toBe(b.speed);
				else expect(Math.abs(a.speed - b.speed), label).toBeLessThan(1e-9);
				compared++;
			}
		}
		expect(compared).toBeGreaterThan(400);
	});
});
