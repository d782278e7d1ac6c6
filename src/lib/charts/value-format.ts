// How a chart writes an indicator's values: axis ticks in one magnitude (万/亿, K/M/B) with the magnitude
// and the unit in the axis's label, and single values (tooltips, labels) with their own magnitude and unit.
import type { Indicator } from '$lib/data/manifest';
import type { Lang } from '$lib/i18n/lang';
import { formatMagnitude, magnitudeOf } from '$lib/i18n/magnitude';
import { formatNumber } from '$lib/i18n/translate';

export interface ValueFormat {
	/** A tick of the value axis, in the axis's magnitude without its word: 0.5 亿 → "0.5". */
	tick: (value: number) => string;
	/** One value read alone, in its own magnitude with the unit: "2,189.3 万人", "21.89M persons", "374.69". */
	value: (value: number) => string;
	/** One value in its own magnitude without the unit, for labels beside marks: "2,189.3 万", "374.69". */
	short: (value: number) => string;
	/** The axis's label: magnitude and unit ("亿人", "million persons", "指数"), or "" when there is neither. */
	unit: string;
}

const WORDS: Record<string, string> = { K: 'thousand', M: 'million', B: 'billion' };

/** An index or a score has no unit to write after a number (the axis's label names it); "%" has no space. */
const NO_INLINE_UNIT = /^(指数|分|index\b|score\b)/i;

/** The indicator's unit in the language, as typed ("万人", "index"). */
export const unitOf = (lang: Lang, indicator: Pick<Indicator, 'unit_zh' | 'unit_en'>) =>
	(lang === 'zh' ? indicator.unit_zh : indicator.unit_en).trim();

/**
 * The formats of a chart of `indicator` whose value axis reaches `domainMax` (its largest absolute value). Below
 * 10,000 (zh) or 1,000 (en) nothing changes from plain numbers: ticks with `tickDigits` decimals, values with
 * `valueDigits`, so the bundled indices (30–500) read as before.
 */
export function valueFormatter(
	lang: Lang,
	indicator: Pick<Indicator, 'unit_zh' | 'unit_en'>,
	domainMax: number,
	{ tickDigits = 0, valueDigits = 2 }: { tickDigits?: number; valueDigits?: number } = {}
): ValueFormat {
	// A unit that holds a magnitude itself ("万人", "亿元") is its base unit times 10⁴ or 10⁸, so that 12,601 万人
	// is written 1.26 亿人 (and 126M 人 in English) rather than "1.26 万万人".
	const typed = unitOf(lang, indicator);
	const scaled = /^(万|亿)(.+)$/.exec(typed);
	const factor = scaled ? (scaled[1] === '万' ? 1e4 : 1e8) : 1;
	const unit = scaled ? (scaled[2] as string) : typed;
	const axis = magnitudeOf(lang, domainMax * factor);
	const inline = NO_INLINE_UNIT.test(unit) ? '' : unit;
	const withUnit = (text: string, suffix: string) => {
		if (!inline) return text;
		if (inline === '%' && !suffix) return `${text}%`;
		// "212.4 万" + "人" → "212.4 万人"; "2,000" + "人" → "2,000 人"; "2.12M" + "persons" → "2.12M persons".
		return lang === 'zh' && suffix ? `${text}${inline}` : `${text} ${inline}`;
	};
	const short = (v: number) =>
		magnitudeOf(lang, v * factor).suffix
			? formatMagnitude(lang, v * factor)
			: formatNumber(lang, v * factor, valueDigits);
	const value = (v: number) => withUnit(short(v), magnitudeOf(lang, v * factor).suffix);
	if (!axis.suffix) return { tick: (v) => formatNumber(lang, v * factor, tickDigits), value, short, unit };
	const word = lang === 'zh' ? axis.suffix : (WORDS[axis.suffix] ?? axis.suffix);
	return {
		tick: (v) => formatMagnitude(lang, v * factor, { divisor: axis.divisor, suffix: '' }),
		value,
		short,
		unit: lang === 'zh' ? `${word}${unit}` : unit ? `${word} ${unit}` : word
	};
}
