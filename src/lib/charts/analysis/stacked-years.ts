// The shape of a stacked-bar-per-year chart (StackedYearsChart): parts in stacking order, and each year
// either its values or the reason it has none.

export interface StackPart {
	id: string;
	label: string;
	colour: string;
}

export interface YearStack {
	year: number;
	/** Provinces with a value that year. */
	provinces: number;
	/** One value per part, in part order, summing to `total`; null when the measure is not defined. */
	values: readonly number[] | null;
	total: number | null;
	/** The short reason shown in place of the bar when `values` is null. */
	reason: string | null;
}

/** Where each part of a stack starts and ends, bottom to top. */
export function stackSegments(values: readonly number[]): { y0: number; y1: number }[] {
	let top = 0;
	return values.map((v) => {
		const y0 = top;
		top += v;
		return { y0, y1: top };
	});
}

/** The years whose total is labelled: the first and last with a figure, and the current year. */
export function labelledYears(stacks: readonly YearStack[], current: number): Set<number> {
	const defined = stacks.filter((s) => s.total != null);
	return new Set(
		[
			defined[0]?.year,
			defined.at(-1)?.year,
			defined.some((s) => s.year === current) ? current : undefined
		].filter((y): y is number => y != null)
	);
}
