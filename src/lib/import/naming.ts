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
