import type { RegionId } from '$lib/data/manifest';
import { measure, profileOf, regionalValues, type Measured } from './measured';

export interface GiniRegion {
	region: RegionId;
	/** n_j, provinces of the region with a value. */
	provinces: number;
	/** μ_j. */
	mean: number;
	/** p_j = n_j / n. */
	province_share: number;
	/** s_j = n_j μ_j / (n μ), the region's share of the total. */
	value_share: number;
}

/** One cell of the region-by-region matrix. */
export interface GiniCell {
	j: RegionId;
	h: RegionId;
	/** G_jh = Σ_i Σ_r |y_ji − y_hr| / (n_j n_h (μ_j + μ_h)); on the diagonal the region's own Gini G_jj. */
	gini: number;
	/**
	 * D_jh = (d_jh − p_jh)/(d_jh + p_jh), d_jh the mean over pairs of max(y_ji − y_hr, 0) and p_jh of
	 * max(y_hr − y_ji, 0): Dagum's relative economic affluence of j over h, in [−1, 1], positive when μ_j > μ_h,
	 * D_hj = −D_jh; 0 on the diagonal and wherever the two regions' values do not differ at all.
	 */
	affluence: number;
}

export interface DagumGini {
	/** Provinces with a value (n). */
	provinces: number;
	/** G = Σ_i Σ_r |y_i − y_r| / (2 n² μ). */
	total: number;
	/** G_w = Σ_j G_jj p_j s_j. */
	within: number;
	/** G_nb = Σ_{j,h: μ_j ≥ μ_h, j≠h} G_jh (p_j s_h + p_h s_j) D_jh. */
	net_between: number;
	/** G_t = Σ_{j,h: μ_j ≥ μ_h, j≠h} G_jh (p_j s_h + p_h s_j) (1 − D_jh). total = within + net_between + transvariation. */
	transvariation: number;
	/** The regions with a value, highest mean first (ties by region id). */
	regions: GiniRegion[];
	/** Every ordered pair of `regions` (k × k cells, diagonal included), row by row in `regions` order. */
	matrix: GiniCell[];
}

/**
 * The Gini coefficient and Dagum's (1997) decomposition by region into within-region inequality, the net
 * contribution of between-region inequality, and transvariation (overlap between regions).
 *
 * Not reported (see measured.ts) for fewer than 3 provinces, for a negative value, or when every value is 0
 * (the mean divided by). Zeros are otherwise fine: Gini needs no logarithm.
 */
export function dagumGini<T>(
	data: Iterable<T>,
	valueof: (d: T) => number | null | undefined,
	regionof: (d: T) => RegionId
): Measured<DagumGini> {
	const rows = regionalValues(data, valueof, regionof);
	return measure(profileOf(rows.map((r) => r.value)), 'non_negative', () => decompose(rows));
}

function decompose(rows: { value: number; region: RegionId }[]): DagumGini {
	const n = rows.length;
	const values = rows.map((r) => r.value);
	const mu = sum(values) / n;
	let absolute = 0;
	for (const a of values) for (const b of values) absolute += Math.abs(a - b);
	const total = absolute / (2 * n * n * mu);

	const byRegion = new Map<RegionId, number[]>();
	for (const r of rows) {
		const ys = byRegion.get(r.region);
		if (ys) ys.push(r.value);
		else byRegion.set(r.region, [r.value]);
	}
	const groups = [...byRegion]
		.map(([region, ys]) => {
			const mean = sum(ys) / ys.length;
			return {
				region,
				ys,
				provinces: ys.length,
				mean,
				province_share: ys.length / n,
				value_share: (ys.length * mean) / (n * mu)
			};
		})
		.sort((a, b) => b.mean - a.mean || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0));

	const matrix: GiniCell[] = [];
	let within = 0;
	let netBetween = 0;
	let transvariation = 0;
	groups.forEach((gj, rank) => {
		groups.forEach((gh, rankH) => {
			let above = 0; // Σ max(y_ji − y_hr, 0)
			let below = 0; // Σ max(y_hr − y_ji, 0)
			for (const a of gj.ys) {
				for (const b of gh.ys) {
					if (a > b) above += a - b;
					else below += b - a;
				}
			}
			const pairs = gj.provinces * gh.provinces;
			const gini = above + below === 0 ? 0 : (above + below) / (pairs * (gj.mean + gh.mean));
			const d = above / pairs;
			const p = below / pairs;
			const affluence = d + p === 0 ? 0 : (d - p) / (d + p);
			matrix.push({ j: gj.region, h: gh.region, gini, affluence });
			if (rank === rankH) within += gini * gj.province_share * gj.value_share;
			else if (rank < rankH) {
				const weight = gj.province_share * gh.value_share + gh.province_share * gj.value_share;
				netBetween += gini * weight * affluence;
				transvariation += gini * weight * (1 - affluence);
			}
		});
	});
	return {
		provinces: n,
		total,
		within,
		net_between: netBetween,
		transvariation,
		regions: groups.map(({ region, provinces, mean, province_share, value_share }) => ({
			region,
			provinces,
			mean,
			province_share,
			value_share
		})),
		matrix
	};
}

function sum(values: readonly number[]): number {
	return values.reduce((s, v) => s + v, 0);
}
