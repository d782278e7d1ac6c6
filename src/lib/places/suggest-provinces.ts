import { editDistance } from './edit-distance';
import { provinceNameKeys } from './name-keys';
import type { NamedProvince } from './named-province';
import { normaliseName } from './normalise-name';

/**
 * A function giving, for a name that matched nothing, up to three provinces with a close name: one that
 * contains it or is contained in it, or within an edit distance of a third of its length; closest first.
 */
export function provinceSuggester(provinces: readonly NamedProvince[]): (name: string) => number[] {
	const keys = [...provinceNameKeys(provinces)];
	return (name) => {
		const key = normaliseName(name);
		if (key.length === 0) return [];
		const best = new Map<number, number>();
		for (const [known, adcode] of keys) {
			const contains = key.length >= 2 && known.length >= 2 && (key.includes(known) || known.includes(key));
			const distance = contains ? 0.5 : editDistance(key, known);
			const allowed = Math.max(1, Math.floor(Math.max(key.length, known.length) / 3));
			if (distance <= allowed && distance < (best.get(adcode) ?? Infinity)) best.set(adcode, distance);
		}
		return [...best]
			.sort((a, b) => a[1] - b[1] || a[0] - b[0])
			.slice(0, 3)
			.map(([adcode]) => adcode);
	};
}
