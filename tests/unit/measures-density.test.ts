// Gaussian kernel density with Silverman's bandwidth, on small examples and on the real data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kernelDensity, silvermanBandwidth } from '$lib/metrics/kernel-density';
import type { Measured } from '$lib/metrics/measured';
import type { ProvinceValue } from '$lib/queries/province-values';
import { densityYears, type DensityYear } from '$lib/metrics/density-years';
import { queryProvinceValues } from '$lib/queries/province-values';
import { queryRegionStats } from '$lib/queries/region-stats';
import type { NodeDatabase } from '$lib/db/node';
import { realDatabase } from './support/real-data';

const value = <V>(m: Measured<V>): V => {
	if (!m.ok) throw new Error(`not measured: ${m.reason}`);
	return m.value;
};
const identity = (d: number | null) => d;
/** Trapezoid rule over the grid. */
const integral = (grid: { x: number; density: number }[]) =>
	grid
		.slice(1)
		.reduce((s, g, i) => s + ((g.density + (grid[i]?.density ?? 0)) / 2) * (g.x - (grid[i]?.x ?? 0)), 0);

describe('silvermanBandwidth(values)', () => {
	it('is 0.9 · min(sd, IQR/1.34) · n^(−1/5): 0.9 · (1/1.34) · 3^(−1/5) for 0, 1, 2 (sd 1, IQR 1)', () => {
		expect(silvermanBandwidth([0, 1, 2])).toBeCloseTo((0.9 / 1.34) * 3 ** -0.2, 15);
		expect(silvermanBandwidth([2, 0, 1])).toBeCloseTo(0.539154780286722, 14);
	});
	it('falls back to the sd when the IQR is 0 (1, 1, 1, 1, 5), as R’s bw.nrd0 does', () => {
		expect(silvermanBandwidth([1, 1, 1, 1, 5])).toBeCloseTo(0.9 * Math.sqrt(3.2) * 5 ** -0.2, 15);
	});
});

describe('kernelDensity(data, valueof, options)', () => {
	it('evaluates (1/(n h)) Σ φ((x − x_i)/h) on 100 points from min − 3h to max + 3h', () => {
		const k = value(kernelDensity([0, 1, 2], identity));
		const h = k.bandwidth;
		expect(k.grid).toHaveLength(100);
		expect(k.grid[0]?.x).toBeCloseTo(-3 * h, 14);
		expect(k.grid[99]?.x).toBeCloseTo(2 + 3 * h, 14);
		const at = (x: number) =>
			[0, 1, 2].reduce((s, xi) => s + Math.exp(-(((x - xi) / h) ** 2) / 2), 0) /
			(3 * h * Math.sqrt(2 * Math.PI));
		for (const g of k.grid) expect(g.density).toBeCloseTo(at(g.x), 15);
	});

	it('is symmetric for symmetric data and peaks at its centre', () => {
		const k = value(kernelDensity([-2, -1, 0, 1, 2], identity, { gridSize: 101 }));
		k.grid.forEach((g, i) => expect(g.density).toBeCloseTo(k.grid[100 - i]?.density ?? NaN, 14));
		expect(Math.max(...k.grid.map((g) => g.density))).toBe(k.grid[50]?.density);
	});

	it('returns the provinces it was given that have a value, with their value, and takes a grid size', () => {
		const data = [
			{ adcode: 1, v: 3 },
			{ adcode: 2, v: null },
			{ adcode: 3, v: 0 },
			{ adcode: 4, v: -2 }
		];
		const k = value(kernelDensity(data, (d) => d.v, { gridSize: 5 }));
		expect(k.points.map((p) => [p.x, p.datum.adcode])).toEqual([
			[3, 1],
			[0, 3],
			[-2, 4]
		]);
		expect(k.grid).toHaveLength(5);
	});

	it('reports too_few_provinces below 3 values and no_variation when all values are equal (h would be 0)', () => {
		expect(kernelDensity([1, null, 2], identity)).toEqual({
			ok: false,
			reason: 'too_few_provinces',
			provinces: 2
		});
		expect(kernelDensity([4, 4, 4], identity)).toEqual({ ok: false, reason: 'no_variation', provinces: 3 });
	});
});

describe('kernelDensity(data, valueof, { lower }) for values that cannot be negative', () => {
	it('reflects the estimate at the bound (Schuster 1985): f̂(x) = plain f̂(x) + plain f̂(2·lower − x), for x ≥ lower', () => {
		const xs = [0.5, 1, 2, 4];
		const plain = value(kernelDensity(xs, identity, { gridSize: 50 }));
		const reflected = value(kernelDensity(xs, identity, { gridSize: 50, lower: 0 }));
		const h = plain.bandwidth;
		const f = (x: number) =>
			xs.reduce((s, xi) => s + Math.exp(-0.5 * ((x - xi) / h) ** 2), 0) /
			(xs.length * h * Math.sqrt(2 * Math.PI));
		expect(reflected.lower).toBe(0);
		expect(plain.lower).toBeNull();
		for (const g of reflected.grid) expect(g.density).toBeCloseTo(f(g.x) + f(-g.x), 14);
	});

	it('has no point below 0 and still integrates to 1 (2020 census populations of the 31 provinces)', async () => {
		const db = await realDatabase();
		try {
			const rows = await db.query<{ population: number }>(
				'SELECT population::DOUBLE AS population FROM population WHERE year = 2020'
			);
			expect(rows).toHaveLength(31);
			const plain = value(kernelDensity(rows, (r) => r.population));
			const k = value(kernelDensity(rows, (r) => r.population, { lower: 0 }));
			// Without the bound the curve runs below zero people; with it, it starts at 0.
			expect(plain.grid[0]?.x).toBeLessThan(0);
			expect(Math.min(...k.grid.map((g) => g.x))).toBe(0);
			expect(Math.abs(integral(k.grid) - 1)).toBeLessThan(1e-3);
		} finally {
			db.close();
		}
	});

	it('starts at min − 3h as before where the bound is farther away, and ignores a bound some value is below', () => {
		const far = value(kernelDensity([100, 101, 103], identity, { lower: 0 }));
		expect(far.grid[0]?.x).toBeCloseTo(100 - 3 * far.bandwidth, 12);
		expect(value(kernelDensity([-1, 1, 2], identity, { lower: 0 })).lower).toBeNull();
	});
});

describe('kernelDensity on the real data', () => {
	let db: NodeDatabase;
	beforeAll(async () => {
		db = await realDatabase();
	});
	afterAll(() => db.close());

	it('gives the aggregate index a bandwidth of 5.333 in 2011 (IQR/1.34 < sd) and 13.578 in 2023', async () => {
		// independently, in Python (statistics.stdev, numpy.quantile), from data/observations/pku_dfiic.csv
		const at = async (year: number) =>
			value(
				kernelDensity(
					await queryProvinceValues(db, { indicator: 'pku_dfiic_index_aggregate', year, scheme: 'region4' }),
					(d) => d.value
				)
			);
		expect((await at(2011)).bandwidth).toBeCloseTo(5.333009670239473, 12);
		expect((await at(2023)).bandwidth).toBeCloseTo(13.577631564375256, 12);
		expect((await at(2023)).points).toHaveLength(31);
	});

	it('integrates to 1 within 1e-3 (trapezoid rule) for every indicator and year with an estimate', async () => {
		const indicators = await db.query<{ indicator: string }>('SELECT DISTINCT indicator FROM observations');
		let checked = 0;
		for (const { indicator } of indicators) {
			const years = new Set(
				(await queryRegionStats(db, { indicator, scheme: 'region4' })).map((r) => r.year)
			);
			for (const year of years) {
				const values = await queryProvinceValues(db, { indicator, year, scheme: 'region4' });
				const k = kernelDensity(values, (d) => d.value);
				if (!k.ok) {
					expect(k).toMatchObject({ reason: 'too_few_provinces', provinces: 1 });
					continue;
				}
				expect(Math.abs(integral(k.value.grid) - 1), `${indicator} ${year}`).toBeLessThan(1e-3);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(100);
	});
});

describe('densityYears(start, end, span)', () => {
	const province = (adcode: number, value: number | null): ProvinceValue => ({
		adcode,
		name_zh: '',
		name_en: '',
		region: 'east',
		value,
		rank: null
	});
	const lowerOf = (years: DensityYear<ProvinceValue>[]) =>
		years.map((d) => (d.estimate.ok ? d.estimate.value.lower : 'none'));

	it('reflects both years’ curves at 0 when no value of either year is negative (missing values aside)', () => {
		const start = [province(1, 0.2), province(2, 1), province(3, 3), province(4, null)];
		const end = [province(1, 0.5), province(2, 2), province(3, 6), province(4, 7)];
		expect(lowerOf(densityYears(start, end, { from: 2019, to: 2020 }))).toEqual([0, 0]);
	});

	it('draws the plain estimate for both years when any value is negative', () => {
		const start = [province(1, -0.2), province(2, 1), province(3, 3)];
		const end = [province(1, 0.5), province(2, 2), province(3, 6)];
		expect(lowerOf(densityYears(start, end, { from: 2019, to: 2020 }))).toEqual([null, null]);
	});
});
