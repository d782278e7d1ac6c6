/** How a gap moved between two years: wider, narrower, the same, or the other side now leads. */
export type GapMovement = 'widened' | 'narrowed' | 'unchanged' | 'reversed';

/**
 * How a gap moved from `from` to `to`, measured as the distance from `reference`, where there is no gap
 * (0 for a difference, 1 for a ratio). A gap that crosses the reference has reversed: the trailing
 * region now leads. Pass values rounded as they are printed, so that "unchanged" is what a reader sees.
 */
export function gapMovement(from: number, to: number, reference: number): GapMovement {
	const before = from - reference;
	const after = to - reference;
	if (before * after < 0) return 'reversed';
	const change = Math.abs(after) - Math.abs(before);
	return change > 0 ? 'widened' : change < 0 ? 'narrowed' : 'unchanged';
}
