// How large numbers are written in each language.
import { describe, expect, it } from 'vitest';
import { formatMagnitude, magnitudeOf } from '$lib/i18n/magnitude';

describe('formatMagnitude(lang, value)', () => {
	it('writes tens of thousands as 万 and hundreds of millions as 亿 in Chinese', () => {
		expect(formatMagnitude('zh', 2_123_677.21)).toBe('212.4 万');
		expect(formatMagnitude('zh', 900_000_000)).toBe('9 亿');
		expect(formatMagnitude('zh', 115_000_000)).toBe('1.15 亿');
	});

	it('writes thousands, millions and billions as K, M and B in English', () => {
		expect(formatMagnitude('en', 2_123_677.21)).toBe('2.12M');
		expect(formatMagnitude('en', 900_000_000)).toBe('900M');
		expect(formatMagnitude('en', 14_219)).toBe('14.2K');
		expect(formatMagnitude('en', 1_500_000_000)).toBe('1.5B');
	});

	it('leaves numbers below the first step as they are, with up to one decimal', () => {
		expect(formatMagnitude('zh', 9_999)).toBe('9,999');
		expect(formatMagnitude('en', 428.14)).toBe('428.1');
		expect(formatMagnitude('en', -12.5)).toBe('-12.5');
	});

	it('writes every number of a set in the magnitude of its largest', () => {
		const axis = magnitudeOf('zh', 2_500_000);
		expect([500_000, 1_000_000, 2_500_000].map((v) => formatMagnitude('zh', v, axis))).toEqual([
			'50 万',
			'100 万',
			'250 万'
		]);
	});

	it('writes exactly the digits asked for, padded', () => {
		expect(formatMagnitude('zh', 428, undefined, 1)).toBe('428.0');
		expect(formatMagnitude('zh', 2_123_677.21, undefined, 1)).toBe('212.4 万');
	});

	it('never scales a value that is not finite', () => {
		expect(magnitudeOf('zh', Number.NaN)).toEqual({ divisor: 1, suffix: '' });
	});
});
