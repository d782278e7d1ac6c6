import { describe, expect, it } from 'vitest';
import { wrapText } from '$lib/charts/wrap-text';

// One unit per character: easy to reason about.
const measure = (s: string) => s.length;

describe('wrapText(text, maxWidth, measure)', () => {
	it('breaks English at spaces', () => {
		expect(wrapText('Source: Peking University index', 12, measure)).toEqual([
			'Source:',
			'Peking',
			'University',
			'index'
		]);
		expect(wrapText('a b c d e f', 5, measure)).toEqual(['a b c', 'd e f']);
	});
	it('breaks Chinese between characters', () => {
		expect(wrapText('来源北京大学数字金融研究中心', 5, measure)).toEqual([
			'来源北京大',
			'学数字金融',
			'研究中心'
		]);
	});
	it('cuts a word longer than a line rather than overflowing', () => {
		expect(wrapText('github:pedrohcgs/claude', 10, measure).every((l) => l.length <= 10)).toBe(true);
		expect(wrapText('github:pedrohcgs/claude', 10, measure).join('')).toBe('github:pedrohcgs/claude');
	});
	it('keeps text that fits on one line', () => {
		expect(wrapText('2019 · 31/31', 40, measure)).toEqual(['2019 · 31/31']);
	});
});
