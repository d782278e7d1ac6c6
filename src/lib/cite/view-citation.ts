// The citation of a view in GB/T 7714-2015 and APA (7th ed.): one reference for each dataset the view shows,
// its title followed by what the view is, accessed at the view's permalink on the reader's date.
import type { Dataset } from '$lib/data/manifest';
import type { Lang } from '$lib/i18n/lang';

export type CitedDataset = Pick<
	Dataset,
	'publisher_zh' | 'publisher_en' | 'title_zh' | 'title_en' | 'published'
>;

/** The reader's today, in their time zone. */
export interface AccessDate {
	year: number;
	month: number;
	day: number;
}

export interface ViewCitationInput {
	lang: Lang;
	datasets: readonly CitedDataset[];
	/** What the view is, in the language (indicator, year, regions, page). */
	view: string;
	/** The absolute link that reproduces the view. */
	permalink: string;
	accessed: AccessDate;
}

/** An APA reference: its title is set in italics. */
export interface ApaReference {
	before: string;
	title: string;
	after: string;
}

export function accessDate(now: Date): AccessDate {
	return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = ({ year, month, day }: AccessDate) => `${year}-${pad(month)}-${pad(day)}`;
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const publishers = (d: CitedDataset, lang: Lang) => (lang === 'zh' ? d.publisher_zh : d.publisher_en);
/** "2011", a series "2017—2022" (zh) or "2017–2022" (en), '' where not known. */
const yearText = (d: CitedDataset, lang: Lang) => d.published.join(lang === 'zh' ? '—' : '–');
/** The dataset's title, and after it (as other title information) what the view shows. */
const title = (d: CitedDataset, lang: Lang, view: string) =>
	`${lang === 'zh' ? d.title_zh : d.title_en}${lang === 'zh' ? '：' : ': '}${view}`;

/**
 * GB/T 7714-2015, numbered: 主要责任者. 题名：其他题名信息[DB/OL]. (出版年)[引用日期]. 获取和访问路径.
 * Place and publisher are left out, as the standard allows for online resources; a responsible body or a
 * year that is not known is left out too (the entry then opens with its title, or gives the access date only).
 */
export function gbt7714(input: ViewCitationInput): string[] {
	const { lang, view, permalink, accessed } = input;
	return input.datasets.map((d, i) => {
		const names = publishers(d, lang);
		const who = names.length ? `${names.join(lang === 'zh' ? '，' : ', ')}. ` : '';
		const year = yearText(d, lang);
		const when = `${year ? `(${year})` : ''}[${isoDate(accessed)}]`;
		return `[${i + 1}] ${who}${title(d, lang, view)}[DB/OL]. ${when}. ${permalink}.`;
	});
}

/**
 * APA 7th ed., a data set whose view may change, so with its retrieval date: Publisher. (Year). *Title*
 * [Data set]. Retrieved Month D, YYYY, from URL. The publisher is the author, so it is not repeated after
 * the title; a year not known is "n.d."; a data set without a known publisher opens with its title.
 */
export function apa(input: ViewCitationInput): ApaReference[] {
	const { lang, view, permalink, accessed } = input;
	const zh = lang === 'zh';
	const retrieved = zh
		? `${accessed.year} 年 ${accessed.month} 月 ${accessed.day} 日检索自 ${permalink}`
		: `Retrieved ${MONTHS[accessed.month - 1]} ${accessed.day}, ${accessed.year}, from ${permalink}`;
	const kind = zh ? ' [数据集]' : ' [Data set]';
	return input.datasets.map((d) => {
		const names = publishers(d, lang);
		const date = `(${yearText(d, lang) || (zh ? '无日期' : 'n.d.')}).`;
		const cited = title(d, lang, view);
		if (!names.length) return { before: '', title: cited, after: `${kind}. ${date} ${retrieved}` };
		const who =
			zh || names.length === 1 ? names.join('、') : `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
		return { before: `${who}. ${date} `, title: cited, after: `${kind}. ${retrieved}` };
	});
}

export const apaText = (r: ApaReference): string => `${r.before}${r.title}${r.after}`;

/** The references as one list in the language's usual style: GB/T 7714 in Chinese, APA in English. */
export const references = (input: ViewCitationInput): string[] =>
	input.lang === 'zh' ? gbt7714(input) : apa(input).map(apaText);
