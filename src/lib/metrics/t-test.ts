/**
 * The two-sided p-value of a Pearson r over n pairs under H0: ρ = 0: t = r·√((n−2)/(1−r²)), Student's t
 * with n−2 degrees of freedom, p = P(|T| > |t|) = I_x((n−2)/2, 1/2) with x = (n−2)/(n−2+t²), the regularized
 * incomplete beta function (computed in the tail, so small p-values keep their digits). 0 when |r| = 1; NaN
 * for n < 3 (no degrees of freedom).
 */
export function correlationPValue(r: number, n: number): number {
	const df = n - 2;
	if (!(df > 0)) return NaN;
	if (Math.abs(r) >= 1) return 0;
	const t2 = (r * r * df) / (1 - r * r);
	return regularizedBeta(df / (df + t2), t2 / (df + t2), df / 2);
}

/**
 * I_x(a, 1/2) for 0 ≤ x ≤ 1 given with its complement y = 1 − x (passed separately so that neither loses digits),
 * by the continued fraction of Numerical Recipes (§6.4, modified Lentz) on the side where it converges fast.
 * Written here rather than taken from a package: the statistics packages compile code with `new Function`,
 * which the site's Content-Security-Policy (no 'unsafe-eval') forbids.
 */
function regularizedBeta(x: number, y: number, a: number): number {
	const b = 0.5;
	if (x <= 0) return 0;
	if (y <= 0) return 1;
	const front = Math.exp(a * Math.log(x) + b * Math.log(y) - logBetaHalf(a));
	return x < (a + 1) / (a + b + 2)
		? (front * betaFraction(x, a, b)) / a
		: 1 - (front * betaFraction(y, b, a)) / b;
}

function betaFraction(x: number, a: number, b: number): number {
	const TINY = 1e-300;
	const clamp = (v: number) => (Math.abs(v) < TINY ? TINY : v);
	let c = 1;
	let d = 1 / clamp(1 - ((a + b) * x) / (a + 1));
	let h = d;
	for (let m = 1; m <= 10_000; m++) {
		const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
		d = 1 / clamp(1 + even * d);
		c = clamp(1 + even / c);
		h *= d * c;
		const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
		d = 1 / clamp(1 + odd * d);
		c = clamp(1 + odd / c);
		h *= d * c;
		if (Math.abs(d * c - 1) < 1e-16) break;
	}
	return h;
}

/** ln B(a, 1/2) for a a positive multiple of 1/2 (a = df/2): from B(1/2, 1/2) = π and B(1, 1/2) = 2 by B(a + 1, b) = B(a, b)·a/(a + b). */
function logBetaHalf(a: number): number {
	let k = Number.isInteger(a) ? 1 : 0.5;
	let log = Math.log(k === 1 ? 2 : Math.PI);
	for (; k < a; k++) log += Math.log(k / (k + 0.5));
	return log;
}
