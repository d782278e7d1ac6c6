import { describe, expect, it } from 'vitest';
import { dodge } from '$lib/charts/dodge';

describe('dodge(positions, gap)', () => {
	it('leaves labels that are already far enough apart where they are', () => {
		expect(dodge([10, 50, 30], 12)).toEqual([10, 50, 30]);
	});
	it('spreads a cluster so that neighbours are gap apart, keeping their order', () => {
		const out = dodge([100, 101, 99], 12);
		const sorted = [...out].sort((a, b) => a - b);
		expect(sorted[1]! - sorted[0]!).toBeCloseTo(12);
		expect(sorted[2]! - sorted[1]!).toBeCloseTo(12);
		expect(out[2]).toBeLessThan(out[0]!);
		expect(out[0]).toBeLessThan(out[1]!);
	});
	it('keeps the cluster centred on where the labels wanted to be', () => {
		const out = dodge([100, 100], 10);
		expect(out[0]! + out[1]!).toBeCloseTo(200);
	});
});
