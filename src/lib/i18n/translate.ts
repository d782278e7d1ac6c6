import type { Lang } from '$lib/state/view';
import { messages, type MessageKey } from './messages';

/** The message in the language, with `{name}` placeholders filled. The result is text, never HTML. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
	return messages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in vars ? String(vars[name]) : whole
	);
}

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

// Building an Intl.NumberFormat costs far more than formatting with one: a chart redraw formats hundreds.
const formats = new Map<string, Intl.NumberFormat>();

/** A number formatted for the language, with a fixed number of decimals. */
export function formatNumber(lang: Lang, value: number, digits = 2): string {
	const key = `${lang}|${digits}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(LOCALES[lang], {
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		});
		formats.set(key, format);
	}
	return format.format(value);
}
