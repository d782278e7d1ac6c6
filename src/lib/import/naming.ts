// Names, units and ids for imported indicators, taken from the file where it says them: a header
// "覆盖广度（指数）", a title row "单位：万元", the file name; the user can change every one.
import { IMPORTED_ID } from './limits';

/** "覆盖广度（指数）" → name 覆盖广度, unit 指数; "value (%)" → value, %. */
export function splitUnit(header: string): { name: string; unit: string } {
	const m = /^(.*?)\s*[（(]([^()（）]{1,20})[)）]\s*$/.exec(header.trim());
	return m && m[1] ? { name: m[1], unit: m[2] as string } : { name: header.trim(), unit: '' };
}

/** The unit a title row states ("单位：万元", "Unit: %"), if any. */
export function unitFromTitles(titles: readonly (readonly string[])[]): string {
	for (const row of titles) {
		for (const cell of row) {
			const m = /(?:单位|unit)\s*[:：]\s*([^\s,，;；)）]{1,20})/i.exec(cell.normalize('NFKC'));
			if (m) return m[1] as string;
		}
	}
	return '';
}

/** The first text above the header row (a table's title), without a "单位：…" part. */
export function titleText(titles: readonly (readonly string[])[]): string {
	for (const row of titles) {
		for (const cell of row) {
			const text = cell
				.replace(/[（(]?\s*(?:单位|unit)\s*[:：][^)）]*[)）]?/i, '')
				.trim()
				.slice(0, 80);
			if (text) return text;
		}
	}
	return '';
}

/** A value column's header that names nothing ("value", "数值"): the indicator's name is then looked for elsewhere. */
export const GENERIC_VALUE_HEADER = /^(?:value|数值|值|指标值|数据|data)$/i;

/** A sheet name a spreadsheet gives by itself ("Sheet1", "工作表1", "数据"), which names nothing either. */
const DEFAULT_SHEET = /^(?:sheet\s*\d*|工作表\s*\d*|表\s*\d*|数据|data)$/i;

/**
 * The name and unit an indicator gets before the user changes them, read as a person would read the table:
 * the value column's header ("常住人口（人）" → 常住人口, 人) unless it names nothing (`generic`: a wide table's
 * year columns, or a header such as "value"); then the table's title above the header ("2020年各省常住人口
 * （万人）" → its name and unit), then the workbook sheet's name unless it is a default one, and only then the
 * file name. The unit: the header's, else the title's ("单位：万元" or a bracketed end), else "%" when every
 * value was written as a percentage.
 */
export function defaultNaming(input: {
	header: string;
	generic: boolean;
	titles: readonly (readonly string[])[];
	sheet: string | null;
	fileName: string;
	allPercent: boolean;
}): { name: string; unit: string } {
	const fromHeader = splitUnit(input.header);
	const fromTitle = splitUnit(titleText(input.titles));
	const sheet = input.sheet?.trim() ?? '';
	const name = !input.generic
		? fromHeader.name
		: fromTitle.name || (DEFAULT_SHEET.test(sheet) ? '' : sheet) || fileStem(input.fileName);
	const unit =
		fromHeader.unit ||
		unitFromTitles(input.titles) ||
		(input.generic ? fromTitle.unit : '') ||
		(input.allPercent ? '%' : '');
	return { name, unit };
}

/** "my data.2023.csv" → "my data.2023". */
export function fileStem(fileName: string): string {
	return fileName.replace(/\.[^.]*$/, '') || fileName;
}

function slug(text: string): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '')
		.slice(0, 36)
		.replace(/_+$/, '');
}

/** FNV-1a, 32 bits, as 8 hex digits: an id for a name that has no Latin letters or digits. */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}

/**
 * `imported_<slug>` from the English name, else the file name, else a hash of the Chinese name; made unique
 * against `taken` with _2, _3 …; always matches IMPORTED_ID.
 */
export function indicatorId(
	names: { name_en: string; name_zh: string; fileName: string },
	taken: ReadonlySet<string>
): string {
	const base = slug(names.name_en) || slug(fileStem(names.fileName)) || hash(names.name_zh || names.fileName);
	let id = `imported_${base}`;
	for (let n = 2; taken.has(id); n++) id = `imported_${base}_${n}`;
	if (!IMPORTED_ID.test(id)) throw new Error(`not an imported indicator id: ${id}`);
	return id;
}
