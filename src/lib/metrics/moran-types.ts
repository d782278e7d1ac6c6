// The shapes and fixed settings of the spatial-autocorrelation measures (global Moran's I, local Moran's I /
// LISA), shared by their reference functions (spatial-weights.ts, moran.ts, local-moran.ts), the state that
// runs them and the charts that draw them. Types and constants only, so a chart imports no arithmetic.

/** The spatial weights a reader can choose (`weights=` in the URL). */
export const WEIGHTS_SCHEMES = ['queen', 'knn4'] as const;
export type WeightsScheme = (typeof WEIGHTS_SCHEMES)[number];

/** Permutations of every permutation test: the pseudo p-value's resolution is 1 / (999 + 1). */
export const MORAN_PERMUTATIONS = 999;
/** The fixed, stated seed of the permutations' generator (d3.randomLcg), so every figure is reproducible. */
export const MORAN_SEED = 20_260_101;
/** The permutation test's settings (the tests vary them; the site uses the defaults). */
export interface PermutationOptions {
	/** Defaults to MORAN_PERMUTATIONS. */
	permutations?: number;
	/** The seed of d3.randomLcg; defaults to MORAN_SEED. A new generator on every call, so a figure depends on nothing else computed. */
	seed?: number;
}
/** A province is in a LISA cluster when its permutation p-value is below this. */
export const LISA_ALPHA = 0.05;
/** Fewer provinces with a value than this and no Moran figure is drawn. */
export const MIN_MORAN_PROVINCES = 8;

/**
 * Row-standardised spatial weights over the provinces with a value in one year. Unit k is `ids[k]`;
 * `neighbours[k]` are indices into `ids` and `weights[k]` their weights, which sum to 1 (both empty for
 * an island).
 */
export interface SpatialWeights {
	ids: readonly number[];
	neighbours: readonly (readonly number[])[];
	weights: readonly (readonly number[])[];
	/** Adcodes of the units left without a neighbour among `ids`: kept in n and the mean, listed, never dropped. */
	islands: readonly number[];
}

/** Global Moran's I of one year's values under one weights scheme. */
export interface GlobalMoran {
	/** Provinces with a value (n), islands included. */
	provinces: number;
	i: number;
	/** E[I] = −1/(n − 1). */
	expected: number;
	/** Var[I] under the normality assumption (Cliff & Ord 1981). */
	variance: number;
	/** (I − E[I]) / √Var[I] and its two-sided normal p-value. */
	z: number;
	pNorm: number;
	/** The permutation (pseudo) p-value: (m + 1) / (permutations + 1), m the permuted I as extreme on I's side. */
	pPerm: number;
	permutations: number;
	islands: readonly number[];
}

export const LISA_CLUSTERS = ['high-high', 'low-low', 'high-low', 'low-high', 'not-significant'] as const;
export type LisaCluster = (typeof LISA_CLUSTERS)[number];

/** One province's local Moran's I (Anselin 1995) in one year. */
export interface LocalMoran {
	adcode: number;
	value: number;
	/** The value standardised: (x − mean) / sd, sd over n (not n − 1). */
	z: number;
	/** The spatial lag Σⱼ wᵢⱼ zⱼ; null for an island. */
	lagZ: number | null;
	/** Iᵢ = zᵢ · lagZᵢ; null for an island. */
	localI: number | null;
	/** Conditional-permutation pseudo p-value; null for an island. */
	pPerm: number | null;
	/** The quadrant where pPerm < LISA_ALPHA, else not-significant (islands too). */
	cluster: LisaCluster;
}

/** What the Moran scatter and the LISA map draw for the view's year. */
export interface MoranYear {
	global: GlobalMoran;
	/** Every province with a value, in adcode order (that of `SpatialWeights.ids`), whatever the order of the rows given. */
	locals: LocalMoran[];
}
