import { normaliseName } from './normalise-name';
import type { NamedProvince } from './named-province';
import { provinceNames } from './province-names';

/** Each normalised name of `provinces` with its adcode; where two share a key, the first keeps it. */
export function provinceNameKeys(provinces: readonly NamedProvince[]): Map<string, number> {
	const keys = new Map<string, number>();
	for (const p of provinces) {
		for (const name of provinceNames(p)) {
			const key = normaliseName(name);
			if (!keys.has(key)) keys.set(key, p.adcode);
		}
	}
	return keys;
}
