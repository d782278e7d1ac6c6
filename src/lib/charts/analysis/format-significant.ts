import type { Lang } from '$lib/state/view';

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

// One formatter per language and precision: building one costs far more than using it.
const formats = new Map<string, Intl.NumberFormat>();

/** A number with a fixed count of significant figures ("0.098", "0.0033", "0.25"), for small indices. */
export function formatSignificant(lang: Lang, value: number, digits = 2): string {
	const key = `${lang}|${digits}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(LOCALES[lang], {
			minimumSignificantDigits: digits,
			maximumSignificantDigits: digits
		});
		formats.set(key, format);
	}
	return format.format(value);
}
