import { describe, expect, it } from 'vitest';
import { mean } from '$lib/metrics/mean';
import { summariseRegions } from '$lib/metrics/summarise-regions';
import { regionGap } from '$lib/metrics/gap';
import { regionsInYear } from '$lib/metrics/region-year';

describe('mean(values, valueof)', () => {
	it('averages the finite values', () => {
		expect(mean([1, 2, 6], (d) => d)).toBe(3);
	});
	it('ignores null, undefined and NaN rather than counting them as zero', () => {
		expect(mean([4, null, undefined, NaN, 8], (d) => d)).toBe(6);
	});
	it('is null when there is no value at all', () => {
		expect(mean([null, NaN], (d) => d)).toBeNull();
		expect(mean([], (d: number) => d)).toBeNull();
	});
});

describe('summariseRegions(values, regions)', () => {
	const values = [
		{ region: 'east' as const, value: 10 },
		{ region: 'east' as const, value: 20 },
		{ region: 'west' as const, value: 5 },
		{ region: 'west' as const, value: null }
	];
	it('gives each region its mean, min, max and the number of provinces with a value', () => {
		expect(summariseRegions(values, ['east', 'west'])).toEqual([
			{ region: 'east', provinces: 2, mean: 15, min: 10, max: 20 },
			{ region: 'west', provinces: 1, mean: 5, min: 5, max: 5 }
		]);
	});
	it('keeps a region without values as "no data" (0 provinces, nulls) in scheme order', () => {
		expect(summariseRegions(values, ['central', 'east'])[0]).toEqual({
			region: 'central',
			provinces: 0,
			mean: null,
			min: null,
			max: null
		});
	});
});

describe('regionGap(stats, leading, trailing)', () => {
	const stats = [
		{ year: 2012, region: 'east' as const, mean: 120 },
		{ year: 2011, region: 'east' as const, mean: 60 },
		{ year: 2011, region: 'west' as const, mean: 30 },
		{ year: 2012, region: 'central' as const, mean: 90 },
		{ year: 2013, region: 'west' as const, mean: 50 },
		{ year: 2013, region: 'east' as const, mean: 100 }
	];
	it('gives the East–West difference and ratio for each year, in year order', () => {
		expect(regionGap(stats)).toEqual([
			{ year: 2011, difference: 30, ratio: 2 },
			{ year: 2013, difference: 50, ratio: 2 }
		]);
	});
	it('has no gap for a year where either region has no mean (nothing is carried over)', () => {
		expect(regionGap(stats).map((g) => g.year)).not.toContain(2012);
	});
	it('compares any two regions', () => {
		expect(regionGap(stats, 'east', 'central')).toEqual([{ year: 2012, difference: 30, ratio: 120 / 90 }]);
	});
});

describe('regionsInYear(stats, year, regions)', () => {
	it('takes one year of the statistics in scheme order and marks absent regions as no data', () => {
		const stats = [
			{ year: 2020, region: 'central' as const, provinces: 1, mean: 91.02, min: 91.02, max: 91.02 },
			{ year: 2019, region: 'east' as const, provinces: 10, mean: 1, min: 1, max: 1 }
		];
		expect(regionsInYear(stats, 2020, ['east', 'central'])).toEqual([
			{ region: 'east', provinces: 0, mean: null, min: null, max: null },
			{ region: 'central', provinces: 1, mean: 91.02, min: 91.02, max: 91.02 }
		]);
	});
});
