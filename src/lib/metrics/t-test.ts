import tCdf from '@stdlib/stats-base-dists-t-cdf';

/**
 * The two-sided p-value of a Pearson r over n pairs under H0: ρ = 0: t = r·√((n−2)/(1−r²)), Student's t
 * with n−2 degrees of freedom, p = 2·P(T ≤ −|t|) (the lower tail keeps small p-values exact). 0 when
 * |r| = 1; NaN for n < 3 (no degrees of freedom).
 */
export function correlationPValue(r: number, n: number): number {
	const df = n - 2;
	if (!(df > 0)) return NaN;
	if (Math.abs(r) >= 1) return 0;
	const t = Math.abs(r) * Math.sqrt(df / (1 - r * r));
	return 2 * tCdf(-t, df);
}
