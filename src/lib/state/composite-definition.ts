// The `composite=` parameter: a composite index's definition as a link carries it, read and checked here,
// written back in one canonical form. `entropy:a,-b,c` (a leading `-` marks lower-is-better);
// `custom:a*0.5,b*0.3` gives each component its weight.
import type { Manifest } from '$lib/data/manifest';
import {
	COMPOSITE_METHODS,
	type CompositeComponent,
	type CompositeDefinition,
	type CompositeMethod
} from '$lib/metrics/composite-methods';

export const MIN_COMPONENTS = 2;
export const MAX_COMPONENTS = 12;

/** The prefix of a composite's indicator id; the rest is its definition in canonical form. */
export const COMPOSITE_PREFIX = 'composite:';
/** What `indicator=`, `x=` and `y=` say in a link for the composite of its `composite=` parameter. */
export const COMPOSITE_PARAM_VALUE = 'composite';

/** The builder's starting point: the three sub-indices of the Peking University index, by entropy weights. */
export const DEFAULT_COMPOSITE: CompositeDefinition = {
	method: 'entropy',
	components: ['pku_dfiic_coverage_breadth', 'pku_dfiic_usage_depth', 'pku_dfiic_digitization_level'].map(
		(id) => ({ id, higher_is_better: true, weight: null })
	)
};

/** Why a definition was refused: what the reader is told (with `item`, the part of the link at fault). */
export interface CompositeProblem {
	reason: 'syntax' | 'method' | 'unknown' | 'repeated' | 'weight' | 'unweighted' | 'too_few' | 'too_many';
	item: string;
}

export type ParsedComposite =
	{ ok: true; definition: CompositeDefinition } | { ok: false; problem: CompositeProblem };

// An id as the importer and the data step make them; a weight as a plain decimal number (WEIGHT).
const WEIGHT = /^(?:\d{1,6}(?:\.\d{1,9})?|\.\d{1,9})$/;
const ITEM = /^(-?)([a-z0-9_]{1,80})(?:\*(.*))?$/;

/** A custom weight as a reader types it: a positive decimal number (up to 6 digits before the point, 9 after). */
export function parseWeight(text: string): number | null {
	const weight = WEIGHT.test(text.trim()) ? Number(text.trim()) : NaN;
	return weight > 0 ? weight : null;
}

/** A weight as a link writes it: never in exponent form (1e-7), which the link's grammar does not read. */
const weightText = (weight: number): string => weight.toFixed(9).replace(/\.?0+$/, '');

/** Reads a definition; components must be indicators of `manifest` (bundled or imported, not derived). */
export function parseComposite(text: string, manifest: Pick<Manifest, 'indicators'>): ParsedComposite {
	const refuse = (reason: CompositeProblem['reason'], item: string): ParsedComposite => ({
		ok: false,
		problem: { reason, item }
	});
	const colon = text.indexOf(':');
	if (colon < 0) return refuse('syntax', text);
	const method = text.slice(0, colon);
	if (!(COMPOSITE_METHODS as readonly string[]).includes(method)) return refuse('method', method);
	const items = text.slice(colon + 1).split(',');
	if (items.length > MAX_COMPONENTS) return refuse('too_many', String(items.length));
	const components: CompositeComponent[] = [];
	for (const item of items) {
		const match = ITEM.exec(item);
		if (!match) return refuse('syntax', item);
		const [, minus, id = '', given] = match;
		if (!manifest.indicators.some((d) => d.id === id)) return refuse('unknown', id);
		if (components.some((c) => c.id === id)) return refuse('repeated', id);
		let weight: number | null = null;
		if (method === 'custom') {
			if (given === undefined) return refuse('unweighted', id);
			weight = parseWeight(given);
			if (weight === null) return refuse('weight', item);
		}
		components.push({ id, higher_is_better: minus !== '-', weight });
	}
	if (components.length < MIN_COMPONENTS) return refuse('too_few', String(components.length));
	return { ok: true, definition: { method: method as CompositeMethod, components } };
}

/** The canonical text of a definition (weights only for `custom`). */
export function formatComposite(definition: CompositeDefinition): string {
	const items = definition.components.map((c) => {
		const weight = definition.method === 'custom' && c.weight !== null ? `*${weightText(c.weight)}` : '';
		return `${c.higher_is_better ? '' : '-'}${c.id}${weight}`;
	});
	return `${definition.method}:${items.join(',')}`;
}

/** The indicator id under which a composite is shown, queried and kept in the engine. */
export const compositeId = (definition: CompositeDefinition): string =>
	`${COMPOSITE_PREFIX}${formatComposite(definition)}`;

export const isCompositeId = (id: string): boolean => id.startsWith(COMPOSITE_PREFIX);
