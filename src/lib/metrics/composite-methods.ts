// What defines a composite index: its method and its components. Apart from the computation
// (composite-index.ts) so that the pages can read and check a definition without loading it.
export const COMPOSITE_METHODS = ['equal', 'entropy', 'custom'] as const;
export type CompositeMethod = (typeof COMPOSITE_METHODS)[number];

export interface CompositeComponent {
	/** An indicator id. */
	id: string;
	higher_is_better: boolean;
	/** Custom method only: the weight as given (positive); null otherwise. */
	weight: number | null;
}

export interface CompositeDefinition {
	method: CompositeMethod;
	components: CompositeComponent[];
}
