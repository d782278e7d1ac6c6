import type { Indicator } from '$lib/data/manifest';

/**
 * The composite as its source note cites it: the publisher of every component, each once, in the components'
 * order (a composite of three PKU sub-indices cites PKU once).
 */
export function citingComponents(composite: Indicator, components: readonly Indicator[]): Indicator {
	const cite = (pick: (c: Indicator) => string, join: string) =>
		[...new Set(components.map(pick).filter(Boolean))].join(join);
	return {
		...composite,
		source_zh: cite((c) => c.source_zh, '；'),
		source_en: cite((c) => c.source_en, '; ')
	};
}
