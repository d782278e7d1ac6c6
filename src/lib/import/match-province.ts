// Which of the 31 provinces a cell names: full or short Chinese name, English, pinyin (with or without
// tones), or GB/T 2260 code (110000, 11). A name that matches none is never guessed: it comes back with
// suggestions (close spellings) for the user to accept or not.
import type { Province } from '$lib/data/manifest';
import { NOT_PROVINCES, PROVINCE_NAMES } from './province-names';

export type ProvinceMatch =
	| { kind: 'province'; adcode: number }
	/** A national total, region, the XPCC, Hong Kong, Macao or Taiwan: known, but not one of the 31. */
	| { kind: 'not_province' }
	| { kind: 'blank' }
	| { kind: 'unknown'; suggestions: number[] };

export type ProvinceMatcher = (text: string) => ProvinceMatch;
export type NamedProvince = Pick<Province, 'adcode' | 'name_zh' | 'name_en' | 'pinyin'>;

// Spaces, hyphens, apostrophes, dots and middle dots are ignored.
const IGNORED = /[\s\p{Pd}'’‘.·・]/gu;
const ZH_SUFFIX = /(?:维吾尔族?自治区|壮族自治区|回族自治区|特别行政区|自治区|省|市)$/u;
const EN_SUFFIX =
	/(?:(?:zhuang|hui|uy(?:g|gh)ur|uighur)?autonomousregion|specialadministrativeregion|province|municipality|city|sar|zizhiqu|sheng)$/;

/** Lower case, full-width to ASCII, without spaces and punctuation; tone marks kept. */
const toned = (text: string): string => text.normalize('NFKC').toLowerCase().replace(IGNORED, '');
/** As `toned`, and without tone marks. */
export const normaliseName = (text: string): string =>
	toned(text).normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');

function stripSuffix(key: string): string {
	const stripped = key.replace(ZH_SUFFIX, '').replace(EN_SUFFIX, '');
	return stripped.length >= 2 ? stripped : key;
}

/** A GB/T 2260 code as a file may write it: 110000, 11, 110000.0 (Excel), 110000000000 (12-digit). */
function codeOf(text: string): number | null {
	const s = text.normalize('NFKC').trim().replace(/\.0+$/, '');
	if (/^\d{6}$/.test(s)) return Number(s);
	if (/^\d{2}$/.test(s)) return Number(s) * 10_000;
	if (/^\d{2}0{10}$/.test(s)) return Number(s.slice(0, 6));
	return null;
}

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(
				(previous[j] as number) + 1,
				(current[j - 1] as number) + 1,
				(previous[j - 1] as number) + cost
			);
		}
		previous = current;
	}
	return previous[b.length] as number;
}

/** Every name of each province, keyed for lookup. */
function nameKeys(p: NamedProvince): string[] {
	const extra = PROVINCE_NAMES[p.adcode];
	const names = [p.name_zh, p.name_en, p.pinyin, ...(extra ? [extra.full, ...(extra.aliases ?? [])] : [])];
	return [...new Set(names.map(normaliseName))];
}

/** A matcher for `provinces` (the manifest's 31). Results are cached by text: a large file repeats names. */
export function createProvinceMatcher(provinces: readonly NamedProvince[]): ProvinceMatcher {
	const byTone = new Map<string, number>();
	const byName = new Map<string, number>();
	const known = new Set(provinces.map((p) => p.adcode));
	const keys: { key: string; adcode: number }[] = [];
	for (const p of provinces) {
		const tonedName = PROVINCE_NAMES[p.adcode]?.toned;
		if (tonedName) byTone.set(toned(tonedName), p.adcode);
		for (const key of nameKeys(p)) {
			byName.set(key, p.adcode);
			keys.push({ key, adcode: p.adcode });
		}
	}
	// 山西 and 陕西 are both "shanxi" without tones; the dashboard's English names tell them apart
	// (Shanxi, Shaanxi), so a toneless "shanxi" is 山西, as in the English name.
	const notProvinces = new Set(NOT_PROVINCES.map(normaliseName));

	function suggest(key: string): number[] {
		if (key.length === 0) return [];
		const best = new Map<number, number>();
		for (const { key: name, adcode } of keys) {
			const contains = key.length >= 2 && name.length >= 2 && (key.includes(name) || name.includes(key));
			const distance = contains ? 0.5 : editDistance(key, name);
			const allowed = Math.max(1, Math.floor(Math.max(key.length, name.length) / 3));
			if (distance <= allowed && distance < (best.get(adcode) ?? Infinity)) best.set(adcode, distance);
		}
		return [...best]
			.sort((a, b) => a[1] - b[1] || a[0] - b[0])
			.slice(0, 3)
			.map(([adcode]) => adcode);
	}

	function match(text: string): ProvinceMatch {
		if (text.trim() === '') return { kind: 'blank' };
		const code = codeOf(text);
		if (code !== null) return known.has(code) ? { kind: 'province', adcode: code } : unknown([]);
		const tonedKey = toned(text);
		const byToneMatch = byTone.get(tonedKey);
		if (byToneMatch !== undefined && tonedKey !== normaliseName(text)) {
			return { kind: 'province', adcode: byToneMatch };
		}
		const key = normaliseName(text);
		for (const k of [key, stripSuffix(key)]) {
			const adcode = byName.get(k);
			if (adcode !== undefined) return { kind: 'province', adcode };
			if (notProvinces.has(k)) return { kind: 'not_province' };
		}
		return unknown(suggest(key));
	}

	const cache = new Map<string, ProvinceMatch>();
	return (text) => {
		let result = cache.get(text);
		if (!result) {
			result = match(text);
			if (cache.size < 100_000) cache.set(text, result);
		}
		return result;
	};
}

const unknown = (suggestions: number[]): ProvinceMatch => ({ kind: 'unknown', suggestions });
