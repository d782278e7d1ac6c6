// The rule for drawing a regional mean as a line (Honest sparse data, issue 10), on the one real case of
// sparse data: the Party School online service index (data/observations/cps_online_service_index.csv) has
// all 31 provinces in 2019 and only Anhui in 2020.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparable, comparableRuns } from '$lib/metrics/comparable-runs';
import { queryRegionStats, type RegionStat } from '$lib/queries/region-stats';
import type { NodeDatabase } from '$lib/db/node';
import { realDatabase } from './support/real-data';

const y = (year: number, provinces: number) => ({ year, provinces });

describe('comparable(a, b, total)', () => {
	it('joins consecutive years that both cover at least two-thirds of the region, within 20 % of each other', () => {
		expect(comparable(y(2019, 10), y(2020, 10), 10)).toBe(true);
		expect(comparable(y(2019, 10), y(2020, 8), 10)).toBe(true);
		expect(comparable(y(2019, 7), y(2020, 7), 10)).toBe(true);
	});
	it('does not join a year below two-thirds of the region (7 of 10, 4 of 6, 2 of 3 are the least)', () => {
		expect(comparable(y(2019, 6), y(2020, 6), 10)).toBe(false);
		expect(comparable(y(2019, 3), y(2020, 3), 6)).toBe(false);
		expect(comparable(y(2019, 4), y(2020, 4), 6)).toBe(true);
		expect(comparable(y(2019, 2), y(2020, 2), 3)).toBe(true);
	});
	it('does not join years whose counts differ by more than 20 % of the larger', () => {
		expect(comparable(y(2019, 10), y(2020, 7), 10)).toBe(false);
		expect(comparable(y(2019, 3), y(2020, 2), 3)).toBe(false);
	});
	it('does not join across a missing year', () => {
		expect(comparable(y(2019, 10), y(2021, 10), 10)).toBe(false);
	});
	it('joins neighbours among the years the indicator has data in, when they are given (a census every ten years)', () => {
		expect(comparable(y(2000, 10), y(2010, 10), 10, [2000, 2010, 2020])).toBe(true);
		// …but not across a year of the indicator that this region lacks.
		expect(comparable(y(2000, 10), y(2020, 10), 10, [2000, 2010, 2020])).toBe(false);
	});
});

describe('comparableRuns(points, total)', () => {
	it('keeps a fully covered series as one segment and no separate points', () => {
		const points = [y(2011, 6), y(2012, 6), y(2013, 6)];
		expect(comparableRuns(points, 6)).toEqual({ segments: [points], points: [] });
	});
	it('sorts by year and splits the line at a missing year, a lone year becoming a point', () => {
		expect(comparableRuns([y(2014, 6), y(2011, 6), y(2012, 6)], 6)).toEqual({
			segments: [[y(2011, 6), y(2012, 6)]],
			points: [y(2014, 6)]
		});
	});
	it('ends the line before a sparse year and draws that year as a point', () => {
		expect(comparableRuns([y(2018, 10), y(2019, 10), y(2020, 3), y(2021, 10)], 10)).toEqual({
			segments: [[y(2018, 10), y(2019, 10)]],
			points: [y(2020, 3), y(2021, 10)]
		});
	});
	it('leaves out years without any province', () => {
		expect(comparableRuns([y(2019, 6), y(2020, 0)], 6)).toEqual({ segments: [], points: [y(2019, 6)] });
	});
	it('keeps the caller’s objects, so means and values travel with the years', () => {
		const a = { year: 2019, provinces: 3, mean: 1.5 };
		const b = { year: 2020, provinces: 3, mean: 2.5 };
		expect(comparableRuns([a, b], 3).segments[0]?.[0]).toBe(a);
	});
});

describe('comparableRuns on the Party School index (2019: 31 provinces; 2020: Anhui only)', () => {
	let db: NodeDatabase;
	let central: RegionStat[];
	beforeAll(async () => {
		db = await realDatabase();
		const stats = await queryRegionStats(db, { indicator: 'cps_online_service_index', scheme: 'region4' });
		central = stats.filter((s) => s.region === 'central');
	});
	afterAll(() => db.close());

	it('does not join the Central 2019 mean (6 provinces) to the 2020 "mean" of Anhui alone', () => {
		expect(central.map((s) => [s.year, s.provinces])).toEqual([
			[2019, 6],
			[2020, 1]
		]);
		const runs = comparableRuns(central, 6);
		expect(runs.segments).toEqual([]);
		expect(runs.points.map((p) => [p.year, p.provinces])).toEqual([
			[2019, 6],
			[2020, 1]
		]);
	});
});
