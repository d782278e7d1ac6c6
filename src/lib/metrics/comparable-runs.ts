/** One year of a regional mean: the year and how many provinces the mean is of. */
export interface Coverage {
	year: number;
	provinces: number;
}

/** A mean is of enough provinces to be drawn in a line when it covers at least this share of its region. */
export const MIN_COVERAGE = 2 / 3;
/** Two years' means are comparable when their province counts differ by at most this share of the larger. */
export const MAX_COVERAGE_CHANGE = 0.2;

/**
 * Whether the means of two neighbouring years may be joined by a line: the years are consecutive (a missing
 * year breaks the line) — consecutive among `years`, the years in which the indicator has data at all, when
 * given (a survey every five years is joined from one to the next; a year the region alone lacks still
 * breaks it), else consecutive calendar years — both means cover at least two-thirds of the region's `total` provinces, and their
 * counts are within 20 % of each other. Below two-thirds, which provinces happen to be missing can move a
 * mean more than a year's change does; within 20 %, the two years average mostly the same provinces.
 */
export function comparable(a: Coverage, b: Coverage, total: number, years?: readonly number[]): boolean {
	const least = Math.ceil(MIN_COVERAGE * total - 1e-9);
	const adjacent = years
		? Math.abs(years.indexOf(a.year) - years.indexOf(b.year)) === 1 &&
			years.includes(a.year) &&
			years.includes(b.year)
		: Math.abs(a.year - b.year) === 1;
	return (
		adjacent &&
		a.provinces >= least &&
		b.provinces >= least &&
		Math.abs(a.provinces - b.provinces) <= MAX_COVERAGE_CHANGE * Math.max(a.provinces, b.provinces)
	);
}

/**
 * A region's yearly means split into what may be drawn as a line and what may not: `segments` are runs of
 * two or more consecutive years, each pair `comparable`; `points` are the years joined to neither neighbour,
 * drawn as marked points with their number of provinces. Points are taken in year order; a year without
 * any province (0) or a non-finite count is left out.
 */
export function comparableRuns<T extends Coverage>(
	points: Iterable<T>,
	total: number,
	years?: readonly number[]
): { segments: T[][]; points: T[] } {
	const sorted = [...points]
		.filter((p) => Number.isFinite(p.provinces) && p.provinces > 0)
		.sort((a, b) => a.year - b.year);
	const segments: T[][] = [];
	const single: T[] = [];
	let run: T[] = [];
	const close = () => {
		if (run.length > 1) segments.push(run);
		else single.push(...run);
	};
	for (const p of sorted) {
		const previous = run.at(-1);
		if (previous && !comparable(previous, p, total, years)) {
			close();
			run = [];
		}
		run.push(p);
	}
	close();
	return { segments, points: single };
}
