import { measure, type Measured } from './measured';

/** A province's value in one year, as queryProvinceValues gives it (null: no value). */
export interface ProvinceYearValue {
	adcode: number;
	value: number | null;
}

/** The fitted regression g = intercept + β ln y0. */
export interface BetaFit {
	/** Provinces with a value in both years (n). */
	provinces: number;
	/** Slope β: negative means the initially lower provinces grew faster (absolute β-convergence). */
	beta: number;
	intercept: number;
	/** R² of the fit; 1 when the growth rates are all equal (a flat line fits them exactly). */
	r2: number;
	/**
	 * Implied speed of convergence λ = −ln(1 + βT)/T per year, T the span in years; negative for β > 0
	 * (divergence). Null when 1 + βT ≤ 0: β so negative that the fit implies the initially lower provinces
	 * overtake the higher ones within the span, for which λ is undefined.
	 */
	speed: number | null;
}

/** A province in the scatter: initial value, its logarithm (the x of the fit) and average annual log growth. */
export interface ConvergencePoint {
	adcode: number;
	initial: number;
	log_initial: number;
	growth: number;
}

export interface BetaConvergence extends BetaFit {
	/** The provinces of the fit, by adcode. */
	points: ConvergencePoint[];
}

/**
 * Absolute β-convergence over a span `from` → `to`: the OLS regression of average annual log growth
 * g_i = ln(y_i,to / y_i,from) / T, T = to − from, on ln y_i,from, over the provinces with a value in both years.
 *
 * Not reported (see measured.ts) for fewer than 3 such provinces, for a value ≤ 0 in either year (the
 * logarithm), or when every initial value is the same (no slope to fit). A span with to ≤ from is a
 * programming error and throws a RangeError.
 */
export function betaConvergence(
	start: readonly ProvinceYearValue[],
	end: readonly ProvinceYearValue[],
	span: { from: number; to: number }
): Measured<BetaConvergence> {
	const years = span.to - span.from;
	if (!(years > 0)) throw new RangeError(`β-convergence needs from < to, got ${span.from} → ${span.to}`);
	const final = new Map<number, number>();
	for (const d of end) if (isValue(d.value)) final.set(d.adcode, d.value);
	const pairs = start
		.flatMap((d) => {
			const y1 = final.get(d.adcode);
			return isValue(d.value) && y1 !== undefined ? [{ adcode: d.adcode, y0: d.value, y1 }] : [];
		})
		.sort((a, b) => a.adcode - b.adcode);

	const lowest = pairs.map((p) => Math.min(p.y0, p.y1));
	const profile = {
		provinces: pairs.length,
		negative: lowest.filter((v) => v < 0).length,
		zero: lowest.filter((v) => v === 0).length,
		varies: pairs.some((p) => p.y0 !== pairs[0]?.y0)
	};
	return measure(profile, 'positive', () => {
		const points = pairs.map(({ adcode, y0, y1 }) => ({
			adcode,
			initial: y0,
			log_initial: Math.log(y0),
			growth: Math.log(y1 / y0) / years
		}));
		return { ...fit(points, years), points };
	});
}

function fit(points: readonly ConvergencePoint[], years: number): BetaFit {
	const n = points.length;
	const mx = points.reduce((s, p) => s + p.log_initial, 0) / n;
	const mg = points.reduce((s, p) => s + p.growth, 0) / n;
	let sxx = 0;
	let sxg = 0;
	let sgg = 0;
	for (const p of points) {
		const dx = p.log_initial - mx;
		const dg = p.growth - mg;
		sxx += dx * dx;
		sxg += dx * dg;
		sgg += dg * dg;
	}
	const beta = sxg / sxx;
	const shrink = 1 + beta * years;
	return {
		provinces: n,
		beta,
		intercept: mg - beta * mx,
		r2: sgg === 0 ? 1 : (sxg * sxg) / (sxx * sgg),
		speed: shrink > 0 ? 0 - Math.log(shrink) / years : null // 0 − x: no −0 for β = 0
	};
}

function isValue(v: number | null | undefined): v is number {
	return v != null && Number.isFinite(v);
}
