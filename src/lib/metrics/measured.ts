// The one bad-input policy of the disparity measures (Theil, Gini, dispersion, β-convergence, kernel
// density), shared by the reference functions of lib/metrics and the SQL of lib/queries: a measure is
// computed only where it is defined, and otherwise says why, instead of throwing or returning NaN.

/** Fewer provinces than this and no disparity measure is reported. */
export const MIN_PROVINCES = 3;

/** Why a measure is not reported for an input. */
export type MeasureFailureReason =
	/** Fewer than MIN_PROVINCES provinces have a value. */
	| 'too_few_provinces'
	/** A value is ≤ 0 where the measure takes logarithms or divides by a value (Theil, sd of logs, max/min, β). */
	| 'non_positive_values'
	/** A value is < 0 where the measure needs a non-negative quantity (Gini, coefficient of variation, East/West). */
	| 'negative_values'
	/** The mean the measure divides by is 0: every value (of the region) is 0. */
	| 'non_positive_mean'
	/** East/West ratio: the East or the West has no province with a value. */
	| 'missing_region'
	/** Population weighting: a province with a value has no (positive) population. */
	| 'missing_population'
	/** All values are equal where the measure divides by their spread (β regression, kernel bandwidth). */
	| 'no_variation';

/** A measure's value, or why it is not defined (with the number of provinces that had a value). */
export type Measured<T> =
	{ ok: true; value: T } | { ok: false; reason: MeasureFailureReason; provinces: number };

/** A measure for one year, as the SQL of lib/queries returns it for every year at once. */
export type YearMeasured<T> = { year: number } & Measured<T>;

/** What a measure asks of its values. */
export type Domain = 'real' | 'non_negative' | 'positive';

/**
 * The counts that decide whether a measure is defined: small enough for SQL to return next to its figures,
 * so the reference functions and the queries are judged by the same rule (inputFailure).
 */
export interface InputProfile {
	/** Provinces with a value. */
	provinces: number;
	/** Values < 0. */
	negative: number;
	/** Values = 0. */
	zero: number;
	/** Provinces with a value but without a positive weight (asked only by weighted measures). */
	unweighted?: number;
	/** Whether the values are not all equal (asked only by measures that divide by their spread). */
	varies?: boolean;
}

/**
 * The rule book, in order: at least MIN_PROVINCES provinces; a weight for each (when weighted); values in
 * the measure's domain (a non-negative measure also needs a value > 0, since it divides by the mean); and
 * some variation where the measure asks for it. Null when the measure is defined.
 */
export function inputFailure(profile: InputProfile, domain: Domain): MeasureFailureReason | null {
	if (profile.provinces < MIN_PROVINCES) return 'too_few_provinces';
	if ((profile.unweighted ?? 0) > 0) return 'missing_population';
	if (domain === 'positive' && profile.negative + profile.zero > 0) return 'non_positive_values';
	if (domain === 'non_negative') {
		if (profile.negative > 0) return 'negative_values';
		if (profile.zero === profile.provinces) return 'non_positive_mean';
	}
	if (profile.varies === false) return 'no_variation';
	return null;
}

/**
 * The rule for a ratio of two regions' means (the East/West ratio): at least MIN_PROVINCES provinces in all;
 * a province with a value in each region; no negative value in either; and a denominator mean above 0.
 */
export function ratioOfMeansFailure(
	all: InputProfile,
	numerator: InputProfile,
	denominator: InputProfile
): MeasureFailureReason | null {
	if (all.provinces < MIN_PROVINCES) return 'too_few_provinces';
	if (numerator.provinces === 0 || denominator.provinces === 0) return 'missing_region';
	if (numerator.negative + denominator.negative > 0) return 'negative_values';
	if (denominator.zero === denominator.provinces) return 'non_positive_mean';
	return null;
}

/** The profile of a list of values (each a value of a province with data). */
export function profileOf(values: readonly number[]): InputProfile {
	let negative = 0;
	let zero = 0;
	for (const v of values) {
		if (v < 0) negative++;
		else if (v === 0) zero++;
	}
	return { provinces: values.length, negative, zero };
}

/** Runs `compute` only when the profile passes inputFailure for `domain`. */
export function measure<T>(profile: InputProfile, domain: Domain, compute: () => T): Measured<T> {
	const reason = inputFailure(profile, domain);
	return reason ? failed(reason, profile.provinces) : { ok: true, value: compute() };
}

export function failed<T>(reason: MeasureFailureReason, provinces: number): Measured<T> {
	return { ok: false, reason, provinces };
}

/**
 * The data items that have a value, with it. A value is a finite number; null, undefined, NaN and ±Infinity
 * mean "no value" (as in mean()), so the province is not one "with data" and is not counted in n.
 * Every other value, zero and negative included, is kept and judged by inputFailure, never dropped.
 */
export function withData<T>(
	data: Iterable<T>,
	valueof: (d: T) => number | null | undefined
): { datum: T; value: number }[] {
	const out: { datum: T; value: number }[] = [];
	for (const datum of data) {
		const value = valueof(datum);
		if (value != null && Number.isFinite(value)) out.push({ datum, value });
	}
	return out;
}

/** The values of the data items that have one (as withData), each with its item's region. */
export function regionalValues<T, R>(
	data: Iterable<T>,
	valueof: (d: T) => number | null | undefined,
	regionof: (d: T) => R
): { value: number; region: R }[] {
	return withData(data, valueof).map(({ datum, value }) => ({ value, region: regionof(datum) }));
}
