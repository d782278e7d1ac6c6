import { entropyWeights } from './entropy-weights';
import type { CompositeComponent, CompositeDefinition, CompositeMethod } from './composite-methods';

export { COMPOSITE_METHODS } from './composite-methods';
export type { CompositeMethod, CompositeComponent, CompositeDefinition } from './composite-methods';

export interface ComponentWeight {
	id: string;
	higher_is_better: boolean;
	/** w_j (sums to 1 over the components). */
	weight: number;
	/** e_j = −(1/ln n)·Σ p ln p over the pool (computed for every method: it describes the data). */
	entropy: number;
	/** d_j = 1 − e_j. */
	divergence: number;
	/** min and max of the component over the pool (the normalisation). */
	min: number;
	max: number;
}

export interface CompositeValue {
	year: number;
	adcode: number;
	/** 100·Σ w_j z_j. */
	value: number;
	/** 100·w_j z_j per component, in component order (they sum to value). */
	contributions: number[];
}

export interface CompositeIndex {
	weights: ComponentWeight[];
	/** Province-years in the pool (n). */
	pool: number;
	/** Pool rows, by year then adcode. */
	values: CompositeValue[];
}

export type CompositeFailure =
	| { ok: false; reason: 'empty_pool' }
	| { ok: false; reason: 'single_value' | 'no_variation'; component: string }
	/** Custom method: a weight that is not a positive finite number (lib/state refuses these first). */
	| { ok: false; reason: 'invalid_weight'; component: string };

export interface CompositeObservation {
	indicator: string;
	year: number;
	adcode: number;
	value: number | null;
}

/**
 * A composite index of the components (Chinese regional research's 综合指数, usually by the entropy method):
 * 1. the pool is every province-year where all components have a value (a finite number);
 * 2. each component is min–max normalised over the pool, z = (x − min)/(max − min), or (max − x)/(max − min)
 *    where lower is better;
 * 3. weights: equal, w = 1/m; custom, the given weights scaled to sum to 1; entropy, w = d/Σd with
 *    d = 1 − e and e = −(1/ln n)·Σ p ln p, p = z/Σz over the pool's n rows (entropyWeights);
 * 4. index = 100·Σ w·z, in [0, 100].
 * Not computed, and the failure says why: no pool row, a pool of one row ('single_value', naming the
 * first component), a component that is constant over the pool ('no_variation', naming it), a custom
 * weight that is not a positive number. One value per indicator, year and province is expected (the
 * data's key); a repeated one replaces the earlier.
 */
export function compositeIndex(
	observations: Iterable<CompositeObservation>,
	definition: CompositeDefinition
): { ok: true; value: CompositeIndex } | CompositeFailure {
	const { components } = definition;
	if (definition.method === 'custom') {
		const bad = components.find((c) => !(c.weight !== null && c.weight > 0 && Number.isFinite(c.weight)));
		if (bad) return { ok: false, reason: 'invalid_weight', component: bad.id };
	}
	const pool = poolRows(observations, components);
	const first = components[0];
	if (pool.length === 0 || !first) return { ok: false, reason: 'empty_pool' };
	if (pool.length === 1) return { ok: false, reason: 'single_value', component: first.id };

	const columns = components.map((component, j) => {
		const xs = pool.map((row) => row.x[j] as number);
		return { component, xs, ...range(xs) };
	});
	const flat = columns.find((c) => c.min === c.max);
	if (flat) return { ok: false, reason: 'no_variation', component: flat.component.id };

	const z = columns.map(({ component, xs, min, max }) =>
		xs.map((x) => (component.higher_is_better ? x - min : max - x) / (max - min))
	);
	const given = components.reduce((sum, c) => sum + (c.weight ?? 0), 0);
	const weightOf: Record<CompositeMethod, (c: CompositeComponent, entropic: number) => number> = {
		equal: () => 1 / components.length,
		entropy: (_, entropic) => entropic,
		custom: (c) => (c.weight ?? 0) / given
	};
	const weights = entropyWeights(z).map(({ entropy, divergence, weight }, j): ComponentWeight => {
		const { component, min, max } = columns[j] as (typeof columns)[number];
		return {
			id: component.id,
			higher_is_better: component.higher_is_better,
			weight: weightOf[definition.method](component, weight),
			entropy,
			divergence,
			min,
			max
		};
	});
	const values = pool.map((row, i) => {
		const contributions = weights.map((w, j) => 100 * w.weight * (z[j]?.[i] as number));
		return {
			year: row.year,
			adcode: row.adcode,
			value: contributions.reduce((s, c) => s + c, 0),
			contributions
		};
	});
	return { ok: true, value: { weights, pool: pool.length, values } };
}

interface PoolRow {
	year: number;
	adcode: number;
	/** The components' values, in component order. */
	x: (number | undefined)[];
}

interface Range {
	min: number;
	max: number;
}

/** The province-years where every component has a value, by year then adcode. */
function poolRows(
	observations: Iterable<CompositeObservation>,
	components: readonly CompositeComponent[]
): PoolRow[] {
	const columns = new Map<string, number[]>();
	components.forEach((c, j) => columns.set(c.id, [...(columns.get(c.id) ?? []), j]));
	const rows = new Map<string, PoolRow>();
	for (const o of observations) {
		const js = columns.get(o.indicator);
		if (!js || o.value === null || !Number.isFinite(o.value)) continue;
		const key = `${o.year}:${o.adcode}`;
		let row = rows.get(key);
		if (!row) rows.set(key, (row = { year: o.year, adcode: o.adcode, x: components.map(() => undefined) }));
		for (const j of js) row.x[j] = o.value;
	}
	return [...rows.values()]
		.filter((row) => row.x.every((v) => v !== undefined))
		.sort((a, b) => a.year - b.year || a.adcode - b.adcode);
}

function range(values: readonly number[]): Range {
	let min = Infinity;
	let max = -Infinity;
	for (const v of values) {
		if (v < min) min = v;
		if (v > max) max = v;
	}
	return { min, max };
}
