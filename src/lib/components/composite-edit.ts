// The builder's edits of a composite definition: each returns a new definition (the page puts it in the URL).
import type { Indicator } from '$lib/data/manifest';
import type { CompositeDefinition, CompositeMethod } from '$lib/metrics/composite-index';

/** The definition with `indicator` added last, in its own direction (a custom weight of 1 under custom). */
export function addComponent(definition: CompositeDefinition, indicator: Indicator): CompositeDefinition {
	const weight = definition.method === 'custom' ? 1 : null;
	return {
		...definition,
		components: [
			...definition.components,
			{ id: indicator.id, higher_is_better: indicator.higher_is_better, weight }
		]
	};
}

export function removeComponent(definition: CompositeDefinition, index: number): CompositeDefinition {
	return { ...definition, components: definition.components.filter((_, i) => i !== index) };
}

/** The definition with the component at `index` moved one place up (-1) or down (+1); unchanged at an end. */
export function moveComponent(
	definition: CompositeDefinition,
	index: number,
	step: -1 | 1
): CompositeDefinition {
	const to = index + step;
	const components = [...definition.components];
	const [moved] = components.splice(index, 1);
	if (!moved || to < 0 || to > components.length) return definition;
	components.splice(to, 0, moved);
	return { ...definition, components };
}

export function setDirection(
	definition: CompositeDefinition,
	index: number,
	higherIsBetter: boolean
): CompositeDefinition {
	return {
		...definition,
		components: definition.components.map((c, i) =>
			i === index ? { ...c, higher_is_better: higherIsBetter } : c
		)
	};
}

export function setWeight(
	definition: CompositeDefinition,
	index: number,
	weight: number
): CompositeDefinition {
	return {
		...definition,
		components: definition.components.map((c, i) => (i === index ? { ...c, weight } : c))
	};
}

/**
 * The definition under another method. Custom starts from the weights shown (rounded to 3 decimals, so the
 * link stays short and the picture barely moves), else from 1 each; equal and entropy carry no weights.
 */
export function setMethod(
	definition: CompositeDefinition,
	method: CompositeMethod,
	shown: readonly number[] = []
): CompositeDefinition {
	return {
		method,
		components: definition.components.map((c, i) => {
			const start = shown[i];
			const weight = start !== undefined && start > 0 ? Number(start.toPrecision(3)) : 1;
			return { ...c, weight: method === 'custom' ? weight : null };
		})
	};
}
