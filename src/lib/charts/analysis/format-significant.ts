import type { Lang } from '$lib/i18n/lang';
import { numberFormat } from '$lib/i18n/translate';

/** A number with a fixed count of significant figures ("0.098", "0.0033", "0.25"), for small indices. */
export function formatSignificant(lang: Lang, value: number, digits = 2): string {
	return numberFormat(lang, { minimumSignificantDigits: digits, maximumSignificantDigits: digits }).format(
		value
	);
}
