// Finding provinces and regions by name as a user types them: Chinese, English or pinyin, in any case,
// with or without spaces, hyphens or tone marks. Pure functions over `{ id, names }` items.

/** Something that can be searched for: its id and every name it goes by. */
export interface SearchEntity<Id> {
	id: Id;
	names: readonly string[];
}

// Spaces, hyphens and dashes, apostrophes (pinyin "Xi'an"), dots and brackets are ignored.
const IGNORED = /[\s\p{Pd}'’‘.·・()（）]/gu;

// What a user may add to a Chinese name that the data leaves out: 广东省, 内蒙古自治区, 东部地区.
const ADMIN_SUFFIX = /(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|地区|省|市)$/u;

/** A name or query reduced to what matching compares: lower case, no tone marks, no spaces or hyphens. */
export function normaliseName(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(IGNORED, '');
}

function normaliseQuery(query: string): string {
	const q = normaliseName(query);
	const stripped = q.replace(ADMIN_SUFFIX, '');
	return stripped || q;
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

/**
 * The entities one of whose names matches `query`: exact matches first, then names that start with it,
 * then names that contain it; ties keep the order of `entities`. An empty query matches every entity.
 */
export function searchEntities<E extends SearchEntity<unknown>>(query: string, entities: readonly E[]): E[] {
	const q = normaliseQuery(query);
	if (!q) return [...entities];
	return entities
		.map((entity, i) => ({ entity, i, s: score(q, entity.names) }))
		.filter((d): d is { entity: E; i: number; s: number } => d.s !== null)
		.sort((a, b) => a.s - b.s || a.i - b.i)
		.map((d) => d.entity);
}
