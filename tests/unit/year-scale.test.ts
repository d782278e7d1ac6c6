import { describe, expect, it } from 'vitest';
import { yearScale } from '$lib/charts/year-scale';

describe('yearScale(years, range)', () => {
	it('spans the first to the last year, in any order', () => {
		const x = yearScale([2015, 2011, 2023], [0, 120]);
		expect([x(2011), x(2017), x(2023)]).toEqual([0, 60, 120]);
	});
	it('puts a single year in the middle', () => {
		expect(yearScale([2020], [0, 100])(2020)).toBe(50);
	});
});
