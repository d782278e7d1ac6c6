import type { Lang } from '$lib/state/view';
import { messages, type MessageKey } from './messages';

/** The message in the language, with `{name}` placeholders filled. The result is text, never HTML. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
	return messages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in vars ? String(vars[name]) : whole
	);
}

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

/** A number formatted for the language, with a fixed number of decimals. */
export function formatNumber(lang: Lang, value: number, digits = 2): string {
	return new Intl.NumberFormat(LOCALES[lang], {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(value);
}
