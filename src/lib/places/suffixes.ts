// The administrative words a name may carry after the place itself, in normalised form (see normalise-name),
// longest first: 新疆维吾尔自治区 → 新疆, 香港特别行政区 → 香港, 东部地区 → 东部, "Ningxia Hui Autonomous Region" →
// ningxia. 新疆维吾尔族自治区, a common misspelling of the official 新疆维吾尔自治区, is cut as well.
const ZH_SUFFIXES = [
	'维吾尔族自治区',
	'维吾尔自治区',
	'壮族自治区',
	'回族自治区',
	'特别行政区',
	'自治区',
	'地区',
	'省',
	'市'
];
const LATIN_SUFFIXES = [
	'specialadministrativeregion',
	'autonomousregion',
	'municipality',
	'weiwuerzu',
	'province',
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
const NAME_SUFFIXES: readonly string[] = [...ZH_SUFFIXES, ...LATIN_SUFFIXES];

/**
 * A normalised name, then the same after each suffix is cut off in turn, as long as something is left:
 * "anhuisheng" → ["anhuisheng", "anhui", "an"]. Look the stems up in order, so that "anhui" is found
 * before its "hui" is cut.
 */
export function nameStems(key: string): string[] {
	const stems = [key];
	for (let current = key; ;) {
		const suffix = NAME_SUFFIXES.find((s) => current.length > s.length && current.endsWith(s));
		if (!suffix) return stems;
		current = current.slice(0, -suffix.length);
		stems.push(current);
	}
}
