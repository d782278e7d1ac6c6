import type { RegionId } from '$lib/data/manifest';
import { measure, profileOf, withData, type Measured } from './measured';

/** How provinces are weighted: each alike, or by its 2020 census population. */
export type Weighting = 'equal' | 'population';

export interface TheilDecomposition {
	/** Provinces with a value (n). */
	provinces: number;
	/** Theil T over the provinces. */
	total: number;
	/** Inequality inside the regions: Σ_g P_g (μ_g/μ) T_g. */
	within: number;
	/** Inequality between the regions' means: Σ_g P_g (μ_g/μ) ln(μ_g/μ). */
	between: number;
	/** between / total; null when total is 0 (no inequality to share out). */
	between_share: number | null;
}

/**
 * Theil's T index and its exact decomposition into within- and between-region parts (total = within + between).
 *
 * With weights w_i (renormalised over the provinces with a value: p_i = w_i / Σ w), μ = Σ p_i y_i,
 * T = Σ p_i (y_i/μ) ln(y_i/μ); a region g has share P_g = Σ_{i∈g} p_i, mean μ_g = Σ_{i∈g} (p_i/P_g) y_i and its
 * own index T_g (the same formula inside g). Without `weightof` every province weighs 1, which is the
 * equal-weights index T = (1/n) Σ (y_i/μ) ln(y_i/μ) with P_g = n_g/n.
 *
 * Not reported (see measured.ts) for fewer than 3 provinces, for a value ≤ 0 (the logarithm), or, when
 * weighted, for a province with a value but no positive weight (missing_population).
 */
export function theil<T>(
	data: Iterable<T>,
	valueof: (d: T) => number | null | undefined,
	regionof: (d: T) => RegionId,
	weightof?: (d: T) => number | null | undefined
): Measured<TheilDecomposition> {
	const rows = withData(data, valueof).map(({ datum, value }) => ({
		value,
		region: regionof(datum),
		weight: weightof ? weightof(datum) : 1
	}));
	const unweighted = rows.filter(
		(r) => !(r.weight != null && Number.isFinite(r.weight) && r.weight > 0)
	).length;
	const profile = { ...profileOf(rows.map((r) => r.value)), unweighted };
	return measure(profile, 'positive', () =>
		decompose(rows.map((r) => ({ value: r.value, region: r.region, weight: r.weight as number })))
	);
}

function decompose(rows: { value: number; region: RegionId; weight: number }[]): TheilDecomposition {
	const totalWeight = rows.reduce((s, r) => s + r.weight, 0);
	const shares = rows.map((r) => ({ ...r, share: r.weight / totalWeight }));
	const mu = shares.reduce((s, r) => s + r.share * r.value, 0);
	const total = shares.reduce((s, r) => s + r.share * (r.value / mu) * Math.log(r.value / mu), 0);

	const regions = new Map<RegionId, typeof shares>();
	for (const r of shares) {
		const members = regions.get(r.region);
		if (members) members.push(r);
		else regions.set(r.region, [r]);
	}
	let within = 0;
	let between = 0;
	for (const members of regions.values()) {
		const share = members.reduce((s, r) => s + r.share, 0);
		const regionMean = members.reduce((s, r) => s + (r.share / share) * r.value, 0);
		const regionTheil = members.reduce(
			(s, r) => s + (r.share / share) * (r.value / regionMean) * Math.log(r.value / regionMean),
			0
		);
		within += share * (regionMean / mu) * regionTheil;
		between += share * (regionMean / mu) * Math.log(regionMean / mu);
	}
	return {
		provinces: rows.length,
		total,
		within,
		between,
		between_share: total > 0 ? between / total : null
	};
}
