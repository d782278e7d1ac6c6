import { describe, expect, it } from 'vitest';
import { gapMovement } from '$lib/metrics/gap-movement';

describe('gapMovement(from, to, reference)', () => {
	it('says a difference widened when it moved away from 0, narrowed when it moved towards it', () => {
		expect(gapMovement(32.9, 57.1, 0)).toBe('widened');
		expect(gapMovement(57.1, 32.9, 0)).toBe('narrowed');
		expect(gapMovement(-10, -20, 0)).toBe('widened');
	});

	it('measures a ratio from 1, so 2.18 → 1.15 narrowed although both lead', () => {
		expect(gapMovement(2.18, 1.15, 1)).toBe('narrowed');
		expect(gapMovement(0.8, 0.6, 1)).toBe('widened');
	});

	it('says unchanged when the two printed values are equal', () => {
		expect(gapMovement(1.15, 1.15, 1)).toBe('unchanged');
	});

	it('says reversed when the trailing region came to lead', () => {
		expect(gapMovement(5, -3, 0)).toBe('reversed');
		expect(gapMovement(1.2, 0.9, 1)).toBe('reversed');
	});
});
