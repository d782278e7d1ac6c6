// Which province each feature of a user's base map is: by an administrative code in its properties
// (adcode 110000, a two-digit prefix 11, GB 156110000, ISO 3166-2 CN-BJ) or else by a name (北京市,
// 内蒙古自治区, 廣西壯族自治區, Beijing, Inner Mongolia, Xinjiang Uygur Autonomous Region, neimenggu).
// Pure; the province list comes from the manifest.
import type { Province } from '$lib/data/manifest';

export type MatchPlace = Pick<Province, 'adcode' | 'name_zh' | 'name_en' | 'pinyin'>;

/** What is read of a feature: its properties and its top-level id. */
export interface MatchableFeature {
	id?: string | number | undefined;
	properties: Record<string, unknown> | null;
}

export interface FeatureMatch {
	/** The province, or null when nothing in the feature names one of `places`. */
	adcode: number | null;
	/** How it was found. */
	by: 'code' | 'name' | null;
	/** The feature's own name (or code) as the file gives it, for reports; '' when it has none. */
	label: string;
}

export interface MatchReport {
	/** One per feature, in feature order. */
	matches: FeatureMatch[];
	/** Features matched to a province. */
	matched: number;
	/** Labels of the features matched to no province, in feature order. */
	unmatched: string[];
	/** Adcodes of the provinces that no feature matched, ascending. */
	missing: number[];
}

/** Keys of properties that hold a code, most specific first (compared lowercased, without _ - and spaces). */
const CODE_KEYS = [
	'adcode',
	'gbcode',
	'provcode',
	'provincecode',
	'procode',
	'admincode',
	'admcode',
	'adm1code',
	'xzqdm',
	'xzqhdm',
	'qhdm',
	'行政区划代码',
	'区划代码',
	'code',
	'gb',
	'dm',
	'代码',
	'编码',
	'iso',
	'iso31662',
	'id'
];

/** Property keys that hold a name, in order of preference; then any other text property is tried. */
const NAME_KEYS = [
	'name',
	'namezh',
	'namecn',
	'namechn',
	'namech',
	'cnname',
	'chname',
	'zhname',
	'fullname',
	'shortname',
	'省',
	'省份',
	'省名',
	'省级',
	'省区',
	'名称',
	'province',
	'provincename',
	'provname',
	'prov',
	'pname',
	'nlname1',
	'name1',
	'nameen',
	'enname',
	'nameeng',
	'english',
	'pinyin',
	'namelocal',
	'localname',
	'label'
];

/** ISO 3166-2 subdivision codes of China (CN-BJ …) by their province adcode. */
const ISO_CODES: Record<string, number> = {
	BJ: 110000,
	TJ: 120000,
	HE: 130000,
	SX: 140000,
	NM: 150000,
	LN: 210000,
	JL: 220000,
	HL: 230000,
	SH: 310000,
	JS: 320000,
	ZJ: 330000,
	AH: 340000,
	FJ: 350000,
	JX: 360000,
	SD: 370000,
	HA: 410000,
	HB: 420000,
	HN: 430000,
	GD: 440000,
	GX: 450000,
	HI: 460000,
	CQ: 500000,
	SC: 510000,
	GZ: 520000,
	YN: 530000,
	XZ: 540000,
	SN: 610000,
	GS: 620000,
	QH: 630000,
	NX: 640000,
	XJ: 650000,
	TW: 710000,
	HK: 810000,
	MO: 820000
};

/** Traditional characters that occur in province names, to their simplified forms. */
const SIMPLIFIED: Record<string, string> = {
	廣: '广',
	東: '东',
	龍: '龙',
	遼: '辽',
	寧: '宁',
	陝: '陕',
	肅: '肃',
	慶: '庆',
	貴: '贵',
	雲: '云',
	蘇: '苏',
	內: '内',
	維: '维',
	爾: '尔',
	壯: '壮',
	區: '区',
	臺: '台',
	灣: '湾',
	門: '门',
	別: '别'
};

/** Suffixes of full Chinese names, longest first: 内蒙古自治区 → 内蒙古, 北京市 → 北京. */
const ZH_SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '自治区', '省', '市'];

/** Suffixes of romanised names (after lowercasing and removing spaces), longest first. */
const LATIN_SUFFIXES = [
	'specialadministrativeregion',
	'autonomousregion',
	'municipality',
	'province',
	'weiwuerzu',
	'zhuangzu',
	'weiwuer',
	'zizhiqu',
	'uyghur',
	'uighur',
	'zhuang',
	'sheng',
	'huizu',
	'uygur',
	'city',
	'hui',
	'sar',
	'shi'
];

/** Other names in use for a province, in the normalised form (see `latinKey`). */
const LATIN_ALIASES: Record<string, number> = {
	neimongol: 150000,
	neimonggol: 150000,
	innermongol: 150000,
	tibet: 540000,
	xizang: 540000
};

const normaliseKey = (key: string) => key.toLowerCase().replace(/[\s_-]/g, '');

/**
 * The province adcode a property value stands for, if it is a province-level code: 6 digits ending in
 * 0000, a 2-digit prefix (not for `id`, which is often a running number), GB with the country code 156,
 * a 12-digit statistical code, or ISO 3166-2 (CN-BJ, CN-11). Null for anything else.
 */
export function provinceCode(value: unknown, allowPrefix = true): number | null {
	let text: string;
	if (typeof value === 'number' && Number.isInteger(value) && value >= 0) text = String(value);
	else if (typeof value === 'string') text = value.trim();
	else return null;

	const iso = /^CN-?([A-Z]{2}|\d{2})$/i.exec(text);
	if (iso) {
		const part = (iso[1] as string).toUpperCase();
		return /^\d{2}$/.test(part) ? Number(part) * 10_000 : (ISO_CODES[part] ?? null);
	}
	if (!/^\d+$/.test(text)) return null;
	if (text.length === 9 && text.startsWith('156')) text = text.slice(3);
	if (text.length === 12 && text.endsWith('000000')) text = text.slice(0, 6);
	if (text.length === 6) return /^[1-9]\d0000$/.test(text) ? Number(text) : null;
	if (text.length === 2 && allowPrefix && /^[1-9]\d$/.test(text)) return Number(text) * 10_000;
	return null;
}

/** A Chinese name without spaces, in simplified characters. */
function zhKey(name: string): string {
	return [...name.replace(/\s+/g, '')].map((ch) => SIMPLIFIED[ch] ?? ch).join('');
}

/** A romanised name lowercased, without accents, spaces, hyphens or apostrophes: "Nei Mongol" → "neimongol". */
function latinKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z]/g, '');
}

/** Looks `key` up, then again after each suffix is cut off (so "anhui" is found before "hui" is cut). */
function lookUp(key: string, suffixes: readonly string[], table: ReadonlyMap<string, number>): number | null {
	let current = key;
	for (;;) {
		const found = table.get(current);
		if (found !== undefined) return found;
		const suffix = suffixes.find((s) => current.length > s.length && current.endsWith(s));
		if (!suffix) return null;
		current = current.slice(0, -suffix.length);
	}
}

/** A function that finds the province of a feature among `places`. */
export function provinceMatcher(places: readonly MatchPlace[]): (feature: MatchableFeature) => FeatureMatch {
	const known = new Map(places.map((p) => [p.adcode, p]));
	const zhNames = new Map<string, number>();
	const latinNames = new Map<string, number>();
	for (const p of places) {
		zhNames.set(zhKey(p.name_zh), p.adcode);
		latinNames.set(latinKey(p.name_en), p.adcode);
		latinNames.set(latinKey(p.pinyin), p.adcode);
	}
	for (const [alias, adcode] of Object.entries(LATIN_ALIASES)) {
		if (known.has(adcode) && !latinNames.has(alias)) latinNames.set(alias, adcode);
	}

	function byName(value: string): number | null {
		for (const part of value.split('|')) {
			const text = part.trim();
			if (!text) continue;
			const found = /[\u3400-\u9fff]/.test(text)
				? lookUp(zhKey(text), ZH_SUFFIXES, zhNames)
				: lookUp(latinKey(text), LATIN_SUFFIXES, latinNames);
			if (found !== null) return found;
		}
		return null;
	}

	return (feature) => {
		const properties = feature.properties ?? {};
		const byKey = new Map<string, unknown>();
		for (const [key, value] of Object.entries(properties)) {
			const k = normaliseKey(key);
			if (!byKey.has(k)) byKey.set(k, value);
		}
		const label = featureLabel(byKey, feature.id);

		for (const key of CODE_KEYS) {
			const code = provinceCode(byKey.get(key), key !== 'id');
			if (code !== null && known.has(code)) return { adcode: code, by: 'code', label };
		}
		const topId = provinceCode(feature.id, false);
		if (topId !== null && known.has(topId)) return { adcode: topId, by: 'code', label };

		const tried = new Set<unknown>();
		for (const key of NAME_KEYS) {
			const value = byKey.get(key);
			if (typeof value !== 'string') continue;
			tried.add(value);
			const found = byName(value);
			if (found !== null) return { adcode: found, by: 'name', label };
		}
		for (const value of byKey.values()) {
			if (typeof value !== 'string' || tried.has(value)) continue;
			const found = byName(value);
			if (found !== null) return { adcode: found, by: 'name', label };
		}
		return { adcode: null, by: null, label };
	};
}

/** The feature's name as its file gives it (first name-like property), else its code, else ''. */
function featureLabel(byKey: ReadonlyMap<string, unknown>, id: unknown): string {
	for (const key of [...NAME_KEYS, ...CODE_KEYS]) {
		const value = byKey.get(key);
		if ((typeof value === 'string' && value.trim()) || typeof value === 'number') return String(value).trim();
	}
	return typeof id === 'string' || typeof id === 'number' ? String(id) : '';
}

/** Matches every feature to a province: what matched, what did not, and which provinces have no feature. */
export function matchFeatures(
	features: readonly MatchableFeature[],
	places: readonly MatchPlace[]
): MatchReport {
	const match = provinceMatcher(places);
	const matches = features.map(match);
	const found = new Set(matches.map((m) => m.adcode));
	return {
		matches,
		matched: matches.filter((m) => m.adcode !== null).length,
		unmatched: matches.filter((m) => m.adcode === null).map((m) => m.label),
		missing: places
			.map((p) => p.adcode)
			.filter((a) => !found.has(a))
			.sort((a, b) => a - b)
	};
}
