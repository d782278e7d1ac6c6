import type { Lang } from '$lib/i18n/lang';
import { messages, type MessageKey } from './messages';

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };
const pluralRules = { zh: new Intl.PluralRules(LOCALES.zh), en: new Intl.PluralRules(LOCALES.en) };

/**
 * The message in the language, with `{name}` placeholders filled and `{name|one|other}` choosing the
 * word for the number `name` by the language's plural rules ("{n} {n|indicator|indicators}" →
 * "1 indicator", "2 indicators"). The result is text, never HTML.
 */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
	return fillMessage(lang, messages[lang][key], vars);
}

/** A message's placeholders filled as t() fills them: for a catalogue loaded only with what uses it. */
export function fillMessage(lang: Lang, message: string, vars: Record<string, string | number> = {}): string {
	return message
		.replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) =>
			name in vars ? (pluralRules[lang].select(Number(vars[name])) === 'one' ? one : other) : whole
		)
		.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

const SEPARATORS = {
	items: { zh: '，', en: ', ' },
	clauses: { zh: '；', en: '; ' },
	names: { zh: '、', en: ', ' },
	sentences: { zh: '', en: ' ' }
} as const;

const lists = {
	zh: new Intl.ListFormat(LOCALES.zh, { type: 'conjunction' }),
	en: new Intl.ListFormat(LOCALES.en, { type: 'conjunction' })
};

/** Names as the language lists them, "and" before the last: "上海、浙江和江苏", "Shanghai, Zhejiang and Jiangsu". */
export function nameList(lang: Lang, names: readonly string[]): string {
	return lists[lang].format(names);
}

/**
 * What joins a list in the language: items (a province and its value), clauses, bare names and years, or
 * whole sentences (a Chinese full stop needs no space after it).
 */
export function separator(lang: Lang, kind: keyof typeof SEPARATORS): string {
	return SEPARATORS[kind][lang];
}

// Building an Intl.NumberFormat costs far more than formatting with one (toLocaleString builds one on
// every call): a chart redraw formats hundreds, so each language and set of options gets one, kept.
const formats = new Map<string, Intl.NumberFormat>();

/** The number format of the language with these options, built once. */
export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${lang}|${JSON.stringify(options)}`;
	let format = formats.get(key);
	if (!format) formats.set(key, (format = new Intl.NumberFormat(LOCALES[lang], options)));
	return format;
}

/** A number formatted for the language, with a fixed number of decimals. */
export function formatNumber(lang: Lang, value: number, digits = 2): string {
	return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A number with as many decimals as it has, up to `digits`: a published figure as printed. */
export function formatUpTo(lang: Lang, value: number, digits = 3): string {
	return numberFormat(lang, { maximumFractionDigits: digits }).format(value);
}
