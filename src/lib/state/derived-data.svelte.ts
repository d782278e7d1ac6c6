// The values of derived indicators (derived-indicators.ts), put into an engine before a page queries them:
// a composite is computed once from its components' values by the reference function (the stated
// TypeScript path: metrics/composite-index.ts), a total per capita by one INSERT … SELECT. Pages read a
// composite's weights and contributions from the same computation.
import type { Connector } from '$lib/db/connector';
import type { Manifest } from '$lib/data/manifest';
import type { CompositeFailure, CompositeIndex } from '$lib/metrics/composite-index';
import type { IndicatorValue } from '$lib/queries/derived-observations';
import { COMPOSITE_PREFIX, isCompositeId, parseComposite } from './composite-definition';
import { baseId, derivedIndicator, isPerCapitaId } from './derived-indicators';

// Loaded when a page first shows a derived indicator, not with every page's first view.
const sql = () => import('$lib/queries/derived-observations');

export type CompositeResult = { ok: true; value: CompositeIndex } | CompositeFailure;

/** Component sets whose values are kept: a change of method or direction asks the engine nothing. */
const KEEP_VALUES = 4;

/**
 * An engine's entry of a cache, made on first use. The caches are plain collections on purpose: what a page
 * reacts to is #version and #composites.
 */
function entryOf<V>(caches: WeakMap<Connector, V>, db: Connector, make: () => V): V {
	let entry = caches.get(db);
	if (!entry) caches.set(db, (entry = make()));
	return entry;
}
const plainMap = <K, V>(entries?: Iterable<readonly [K, V]>) => new Map<K, V>(entries);

class DerivedData {
	#composites = $state.raw<ReadonlyMap<string, CompositeResult>>(new Map());
	/** Counts the ids put into an engine, so that `ready` is reactive. */
	#version = $state(0);
	readonly #started = new WeakMap<Connector, Map<string, Promise<void>>>();
	readonly #done = new WeakMap<Connector, Map<string, true>>();
	readonly #values = new WeakMap<Connector, Map<string, Promise<IndicatorValue[]>>>();

	/** A composite's weights, values and contributions, or why it cannot be computed; undefined until computed. */
	composite(id: string): CompositeResult | undefined {
		return this.#composites.get(id);
	}

	/** Whether every one of `ids` (derived ids) is in `db`. Reactive. */
	ready(db: Connector, ids: readonly string[]): boolean {
		void this.#version;
		const done = this.#done.get(db);
		return ids.every((id) => done?.has(id));
	}

	/** Puts every one of `ids` not yet in `db` into it; each id is computed once per engine. */
	prepare(db: Connector, manifest: Manifest, ids: readonly string[]): Promise<void> {
		const started = entryOf(this.#started, db, plainMap<string, Promise<void>>);
		const runs = ids.map((id) => {
			let run = started.get(id);
			if (!run) {
				run = this.#put(db, manifest, id).then(() => {
					entryOf(this.#done, db, plainMap<string, true>).set(id, true);
					this.#version++;
				});
				// A failed run is tried again on the next call.
				run.catch(() => started.delete(id));
				started.set(id, run);
			}
			return run;
		});
		return Promise.all(runs).then(() => undefined);
	}

	async #put(db: Connector, manifest: Manifest, id: string): Promise<void> {
		if (!derivedIndicator(manifest, id)) throw new Error(`not a derived indicator: ${id}`);
		const { insertDerived, insertPerCapita, removeDerived } = await sql();
		if (isPerCapitaId(id)) return insertPerCapita(db, id, baseId(id));
		if (!isCompositeId(id)) return;
		const parsed = parseComposite(id.slice(COMPOSITE_PREFIX.length), manifest);
		if (!parsed.ok) throw new Error(`not a composite: ${id}`);
		const { definition } = parsed;
		const [values, { compositeIndex }] = await Promise.all([
			this.#componentValues(
				db,
				definition.components.map((c) => c.id)
			),
			import('$lib/metrics/composite-index')
		]);
		const result = compositeIndex(values, definition);
		if (result.ok) await insertDerived(db, id, id.slice(COMPOSITE_PREFIX.length), result.value.values);
		else await removeDerived(db, id);
		this.#composites = plainMap<string, CompositeResult>([...this.#composites, [id, result]]);
	}

	#componentValues(db: Connector, ids: readonly string[]): Promise<IndicatorValue[]> {
		const kept = entryOf(this.#values, db, plainMap<string, Promise<IndicatorValue[]>>);
		const key = [...ids].sort().join(',');
		let values = kept.get(key);
		if (!values) {
			values = sql().then(({ queryIndicatorValues }) => queryIndicatorValues(db, ids));
			values.catch(() => kept.delete(key));
			kept.set(key, values);
			for (const old of kept.keys()) if (kept.size > KEEP_VALUES) kept.delete(old);
		}
		return values;
	}
}

/** The one store of derived values of this page load (engines are told apart). */
export const derivedData = new DerivedData();
