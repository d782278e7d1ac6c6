// Text shared by the dispersion, β-convergence and density charts: why a measure is missing, and signed
// numbers with a true minus sign.
import type { MeasureFailureReason } from '$lib/metrics/measured';
import type { Lang } from '$lib/i18n/lang';
import { formatNumber, t } from '$lib/i18n/translate';

/** Why a measure is not reported, in words; `provinces` is the number that had a value. */
export const reasonText = (lang: Lang, reason: MeasureFailureReason, provinces: number): string =>
	t(lang, `spread_reason_${reason}`, { n: provinces });

/** A number for display with "−" (U+2212) rather than a hyphen for negatives. */
export const signed = (lang: Lang, value: number, digits: number): string =>
	formatNumber(lang, value, digits).replace(/^-/, '−');

/** "2011" or "2011–2013". */
export const yearSpan = (first: number, last: number): string =>
	first === last ? String(first) : `${first}–${last}`;
