// Large numbers in the reader's language: 万 and 亿 in Chinese, K, M and B in English.
import type { Lang } from '$lib/i18n/lang';
import { numberFormat } from './translate';

/** What a number is divided by, and the word written after it. */
export interface Magnitude {
	divisor: number;
	suffix: string;
}

const STEPS: Record<Lang, readonly Magnitude[]> = {
	zh: [
		{ divisor: 1e8, suffix: '亿' },
		{ divisor: 1e4, suffix: '万' }
	],
	en: [
		{ divisor: 1e9, suffix: 'B' },
		{ divisor: 1e6, suffix: 'M' },
		{ divisor: 1e3, suffix: 'K' }
	]
};
const ONE: Magnitude = { divisor: 1, suffix: '' };

/**
 * The magnitude a figure of this size is written in: the largest step it reaches (10,000 → 万; 1,000 → K).
 * Give the largest absolute value of a set (an axis, a table column) so that all of it shares one magnitude.
 */
export function magnitudeOf(lang: Lang, value: number): Magnitude {
	const size = Math.abs(value);
	if (!Number.isFinite(size)) return ONE;
	return STEPS[lang].find((step) => size >= step.divisor) ?? ONE;
}

/**
 * A number in the magnitude given (or its own): "212.4 万", "9 亿", "2.1M". Without `digits`, up to 1
 * decimal (2 below 10 once scaled, so 1.15 亿 keeps its meaning), none padded; with `digits`, exactly
 * that many (a figure stated "to one decimal": 57.1, 428.0).
 * Chinese puts a thin space before 万/亿 as printed statistics do; English writes "2.1M".
 */
export function formatMagnitude(
	lang: Lang,
	value: number,
	magnitude: Magnitude = magnitudeOf(lang, value),
	digits?: number
): string {
	const scaled = value / magnitude.divisor;
	const places = digits ?? (magnitude.divisor > 1 && Math.abs(scaled) < 10 ? 2 : 1);
	const options = { minimumFractionDigits: digits ?? 0, maximumFractionDigits: places };
	const text = numberFormat(lang, options).format(scaled);
	if (!magnitude.suffix) return text;
	return lang === 'zh' ? `${text} ${magnitude.suffix}` : `${text}${magnitude.suffix}`;
}
