// Which of the 31 provinces a cell names (lib/places reads the names and codes). A name that matches none
// is never guessed: it comes back with suggestions (close spellings) for the user to accept or not.
import { placeMatcher } from '$lib/places/match-place';
import { provinceCode } from '$lib/places/codes';
import type { NamedProvince } from '$lib/places/named-province';
import { provinceSuggester } from '$lib/places/suggest-provinces';

export type ProvinceMatch =
	| { kind: 'province'; adcode: number }
	/** A national total, region, the XPCC, Hong Kong, Macao or Taiwan: known, but not one of the 31. */
	| { kind: 'not_province' }
	| { kind: 'blank' }
	| { kind: 'unknown'; suggestions: number[] };

export type ProvinceMatcher = (text: string) => ProvinceMatch;

/** A matcher for `provinces` (the manifest's 31). Results are cached by text: a large file repeats names. */
export function createProvinceMatcher(provinces: readonly NamedProvince[]): ProvinceMatcher {
	const known = new Set(provinces.map((p) => p.adcode));
	const matchName = placeMatcher(provinces);
	const suggest = provinceSuggester(provinces);

	function match(text: string): ProvinceMatch {
		if (text.trim() === '') return { kind: 'blank' };
		const code = provinceCode(text);
		if (code !== null) return known.has(code) ? { kind: 'province', adcode: code } : unknown([]);
		const place = matchName(text);
		if (place?.kind === 'province') return place;
		if (place?.kind === 'not_province') return { kind: 'not_province' };
		return unknown(suggest(text));
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
