// Which place a name is: one of the given provinces (full, short, English, pinyin with or without tones,
// traditional characters, with or without 省, 自治区, Province …), a known non-province, or neither.
// Codes are read apart (codes.ts): where they are looked for differs between a table cell and a map feature.
import { provinceNameKeys } from './name-keys';
import type { NamedProvince } from './named-province';
import { NON_PROVINCES, type NonProvince } from './non-provinces';
import { normaliseName, tonedName } from './normalise-name';
import { PROVINCE_NAMES } from './province-names';
import { nameStems } from './suffixes';

export type PlaceMatch = { kind: 'province'; adcode: number } | { kind: 'not_province'; place: NonProvince };

const nonProvinces = new Map(
	NON_PROVINCES.flatMap(({ place, names }) => names.map((name) => [normaliseName(name), place] as const))
);

/** A matcher for `provinces`: the place a name stands for, or null when it names none it knows. */
export function placeMatcher(provinces: readonly NamedProvince[]): (name: string) => PlaceMatch | null {
	const byName = provinceNameKeys(provinces);
	const byTone = new Map<string, number>();
	for (const p of provinces) {
		const toned = PROVINCE_NAMES[p.adcode]?.toned;
		if (toned) byTone.set(tonedName(toned), p.adcode);
	}

	return (name) => {
		const key = normaliseName(name);
		// Tone marks, when given, tell 山西 Shānxī from 陕西 Shǎnxī; a toneless "shanxi" is 山西, as in English.
		const toned = tonedName(name);
		const byToneMatch = toned !== key ? byTone.get(toned) : undefined;
		if (byToneMatch !== undefined) return { kind: 'province', adcode: byToneMatch };
		for (const stem of nameStems(key)) {
			const adcode = byName.get(stem);
			if (adcode !== undefined) return { kind: 'province', adcode };
			const place = nonProvinces.get(stem);
			if (place) return { kind: 'not_province', place };
		}
		return null;
	};
}
