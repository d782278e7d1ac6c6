// The one bad-input policy of the disparity measures (lib/metrics/measured.ts).
import { describe, expect, it } from 'vitest';
import {
	inputFailure,
	measure,
	MIN_PROVINCES,
	profileOf,
	ratioOfMeansFailure,
	regionalValues,
	withData
} from '$lib/metrics/measured';

describe('withData(data, valueof)', () => {
	it('keeps every finite value, zeros and negatives included, and leaves out only null, undefined, NaN and ±Infinity', () => {
		const data = [0, -1, 2, null, undefined, NaN, Infinity, -Infinity];
		expect(withData(data, (d) => d).map((r) => r.value)).toEqual([0, -1, 2]);
	});
});

describe('regionalValues(data, valueof, regionof)', () => {
	it('gives each item with a value its value and region, in input order, and leaves out the items without one', () => {
		const data = [
			{ v: 3, r: 'east' },
			{ v: null, r: 'west' },
			{ v: 0, r: 'central' },
			{ v: NaN, r: 'east' }
		];
		expect(
			regionalValues(
				data,
				(d) => d.v,
				(d) => d.r
			)
		).toEqual([
			{ value: 3, region: 'east' },
			{ value: 0, region: 'central' }
		]);
	});
});

describe('inputFailure(profile, domain)', () => {
	const many = { provinces: 31, negative: 0, zero: 0 };
	it(`asks every measure for at least ${MIN_PROVINCES} provinces with a value`, () => {
		expect(MIN_PROVINCES).toBe(3);
		expect(inputFailure({ provinces: 2, negative: 0, zero: 0 }, 'real')).toBe('too_few_provinces');
		expect(inputFailure({ provinces: 3, negative: 0, zero: 0 }, 'real')).toBeNull();
	});
	it('asks a measure on the positive values (logarithms) for no value ≤ 0', () => {
		expect(inputFailure({ ...many, zero: 1 }, 'positive')).toBe('non_positive_values');
		expect(inputFailure({ ...many, negative: 1 }, 'positive')).toBe('non_positive_values');
		expect(inputFailure(many, 'positive')).toBeNull();
	});
	it('lets a non-negative measure (Gini, CV) have zeros, but not negatives nor only zeros', () => {
		expect(inputFailure({ ...many, zero: 2 }, 'non_negative')).toBeNull();
		expect(inputFailure({ ...many, negative: 1 }, 'non_negative')).toBe('negative_values');
		expect(inputFailure({ ...many, zero: 31 }, 'non_negative')).toBe('non_positive_mean');
	});
	it('asks a weighted measure for a weight for every province with a value', () => {
		expect(inputFailure({ ...many, unweighted: 1 }, 'positive')).toBe('missing_population');
	});
	it('asks a measure that divides by the spread for values that are not all equal', () => {
		expect(inputFailure({ ...many, varies: false }, 'real')).toBe('no_variation');
		expect(inputFailure({ ...many, varies: true }, 'real')).toBeNull();
	});
	it('reports too few provinces before anything else', () => {
		expect(
			inputFailure({ provinces: 1, negative: 1, zero: 0, unweighted: 1, varies: false }, 'positive')
		).toBe('too_few_provinces');
	});
});

describe('ratioOfMeansFailure(all, numerator, denominator)', () => {
	const all = { provinces: 10, negative: 0, zero: 0 };
	it('needs a province with a value on each side, no negative value, and a denominator mean above 0', () => {
		expect(ratioOfMeansFailure(all, profileOf([1]), profileOf([]))).toBe('missing_region');
		expect(ratioOfMeansFailure(all, profileOf([-1]), profileOf([2]))).toBe('negative_values');
		expect(ratioOfMeansFailure(all, profileOf([1]), profileOf([0, 0]))).toBe('non_positive_mean');
		expect(ratioOfMeansFailure(all, profileOf([0]), profileOf([0, 2]))).toBeNull();
	});
});

describe('measure(profile, domain, compute)', () => {
	it('computes only a defined measure, and otherwise gives the reason and the number of provinces', () => {
		let called = false;
		const result = measure(profileOf([1, 0, 2]), 'positive', () => {
			called = true;
			return 1;
		});
		expect(result).toEqual({ ok: false, reason: 'non_positive_values', provinces: 3 });
		expect(called).toBe(false);
		expect(measure(profileOf([1, 2, 3]), 'positive', () => 42)).toEqual({ ok: true, value: 42 });
	});
});
