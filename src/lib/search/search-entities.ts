// Finding provinces and regions by name as a user types them: Chinese, English or pinyin, in any case,
// with or without spaces, hyphens or tone marks (lib/places normalises). Pure functions over `{ id, names }`.
import { normaliseName } from '$lib/places/normalise-name';
import { nameStems } from '$lib/places/suffixes';

/** Something that can be searched for: its id and every name it goes by. */
export interface SearchEntity<Id> {
	id: Id;
	names: readonly string[];
}

/** 0 when a name equals the query, 1 when one starts with it, 2 when one contains it; null when none does. */
function score(query: string, names: readonly string[]): number | null {
	let best: number | null = null;
	for (const name of names) {
		const n = normaliseName(name);
		const s = n === query ? 0 : n.startsWith(query) ? 1 : n.includes(query) ? 2 : null;
		if (s !== null && (best === null || s < best)) best = s;
	}
	return best;
}

function ranked<E extends SearchEntity<unknown>>(query: string, entities: readonly E[]): E[] {
	return entities
		.map((entity, i) => ({ entity, i, s: score(query, entity.names) }))
		.filter((d): d is { entity: E; i: number; s: number } => d.s !== null)
		.sort((a, b) => a.s - b.s || a.i - b.i)
		.map((d) => d.entity);
}

/**
 * The entities one of whose names matches `query`: exact matches first, then names that start with it,
 * then names that contain it; ties keep the order of `entities`. An empty query matches every entity.
 * A query that finds nothing is tried again without what users add to a name (广东省, 东部地区,
 * Hebei Province), one suffix at a time.
 */
export function searchEntities<E extends SearchEntity<unknown>>(query: string, entities: readonly E[]): E[] {
	const q = normaliseName(query);
	if (!q) return [...entities];
	for (const stem of nameStems(q)) {
		const found = ranked(stem, entities);
		if (found.length > 0) return found;
	}
	return [];
}
