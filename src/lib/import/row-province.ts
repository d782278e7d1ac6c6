// The province of a data row, read once for all its cells: the user's decision for a name the matcher does
// not know, else the matcher's answer.
import type { ProvinceMatcher } from './match-province';

export type RowProvince =
	| { adcode: number; reason: null }
	| { adcode: null; reason: 'no_province' | 'unknown_province' | 'not_province' };

export function rowProvince(
	text: string,
	assigned: Readonly<Record<string, number | null>>,
	match: ProvinceMatcher
): RowProvince {
	const choice = assigned[text];
	if (choice !== undefined)
		return choice === null ? { adcode: null, reason: 'unknown_province' } : { adcode: choice, reason: null };
	const m = match(text);
	if (m.kind === 'province') return { adcode: m.adcode, reason: null };
	return {
		adcode: null,
		reason: m.kind === 'blank' ? 'no_province' : m.kind === 'unknown' ? 'unknown_province' : m.kind
	};
}
