import type { Lang } from '$lib/state/view';

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

/** A number with a fixed count of significant figures ("0.098", "0.0033", "0.25"), for small indices. */
export function formatSignificant(lang: Lang, value: number, digits = 2): string {
	return new Intl.NumberFormat(LOCALES[lang], {
		minimumSignificantDigits: digits,
		maximumSignificantDigits: digits
	}).format(value);
}
