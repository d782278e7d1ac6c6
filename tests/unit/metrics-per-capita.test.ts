import { describe, expect, it } from 'vitest';
import { perCapita, PER_CAPITA_UNIT } from '$lib/metrics/per-capita';

describe('perCapita(value, population)', () => {
	it('gives value ÷ population × 10⁴: 300 for 1,500,000 residents is 2 per 10,000', () => {
		expect(PER_CAPITA_UNIT).toBe(10_000);
		expect(perCapita(300, 1_500_000)).toBe(2);
	});

	it('gives 5,000 for Beijing’s 21,893,095 residents (2020 census) as 2.283825 per 10,000', () => {
		expect(perCapita(5000, 21_893_095)).toBeCloseTo(2.283825, 6);
	});
});
