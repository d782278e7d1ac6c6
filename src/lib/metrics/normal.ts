/**
 * The two-sided p-value of a standard normal z: P(|Z| > |z|) = erfc(|z| / √2), to about 1e-15 relative
 * (kept in the far tail, where 1 − Φ would round to 0).
 */
export function normalTwoSidedP(z: number): number {
	return erfc(Math.abs(z) / Math.SQRT2);
}

/**
 * The complementary error function: below 1 as 1 − erf, by erf's series of positive terms
 * erf(x) = 2x e^(−x²)/√π · Σ (2x²)ⁿ / (1·3···(2n+1)) (Abramowitz & Stegun 7.1.6); from 1 by Laplace's
 * continued fraction erfc(x) = e^(−x²)/√π · 1/(x + ½/(x + 1/(x + (3/2)/(x + …)))) (A&S 7.1.14), evaluated
 * by the modified Lentz method.
 */
export function erfc(x: number): number {
	if (Number.isNaN(x)) return NaN;
	if (x < 0) return 2 - erfc(-x);
	if (x < 1) return 1 - erfSeries(x);
	if (x > 27) return 0; // below the smallest double
	return (expMinusSquare(x) / Math.sqrt(Math.PI)) * laplaceFraction(x);
}

function erfSeries(x: number): number {
	const x2 = 2 * x * x;
	let term = 1;
	let sum = 1;
	for (let n = 1; term > 1e-17 * sum; n++) {
		term *= x2 / (2 * n + 1);
		sum += term;
	}
	return ((2 * x) / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
}

function laplaceFraction(x: number): number {
	const TINY = 1e-300;
	const clamp = (v: number) => (Math.abs(v) < TINY ? TINY : v);
	let f = x;
	let c = x;
	let d = 0;
	for (let k = 1; k <= 10_000; k++) {
		const a = k / 2;
		d = 1 / clamp(x + a * d);
		c = clamp(x + a / c);
		f *= c * d;
		if (Math.abs(c * d - 1) < 1e-16) break;
	}
	return 1 / f;
}

/** e^(−x²) without the error of rounding x² first: x = h + l with h a multiple of 1/16, so h² is exact. */
function expMinusSquare(x: number): number {
	const h = Math.round(x * 16) / 16;
	return Math.exp(-h * h) * Math.exp(-(x - h) * (x + h));
}
