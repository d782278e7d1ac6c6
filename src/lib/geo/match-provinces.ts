// Which province each feature of a user's base map is: by an administrative code in its properties
// (adcode 110000, a two-digit prefix 11, GB 156110000, ISO 3166-2 CN-BJ) or else by a name (北京市,
// 内蒙古自治区, 廣西壯族自治區, Beijing, Inner Mongolia, Xinjiang Uygur Autonomous Region, neimenggu).
// Pure; the province list comes from the manifest, names and codes are read by lib/places.
import { provinceCode } from '$lib/places/codes';
import { placeMatcher } from '$lib/places/match-place';
import type { NamedProvince } from '$lib/places/named-province';

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

const normaliseKey = (key: string) => key.toLowerCase().replace(/[\s_-]/g, '');

/** A function that finds the province of a feature among `places`. */
export function provinceMatcher(
	places: readonly NamedProvince[]
): (feature: MatchableFeature) => FeatureMatch {
	const known = new Set(places.map((p) => p.adcode));
	const matchName = placeMatcher(places);

	/** The province a name-like value names; "陝西|陕西" gives its variants after "|". */
	function byName(value: string): number | null {
		for (const part of value.split('|')) {
			const found = matchName(part);
			if (found?.kind === 'province') return found.adcode;
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
	places: readonly NamedProvince[]
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
