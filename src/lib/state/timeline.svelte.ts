// The year player: a headless controller (OWID's timeline) that steps a view through its years. The
// button that drives it is only a view of `playing`.

/** The year after `year` among `years` (ascending), or null at the last one or when it is not listed. */
export function nextYear(years: readonly number[], year: number): number | null {
	const i = years.indexOf(year);
	return i >= 0 && i < years.length - 1 ? (years[i + 1] as number) : null;
}

/** Steps per second: one a second, one every three when the reader asks for reduced motion. */
export const STEP_MS = 1000;
export const REDUCED_MOTION_STEP_MS = 3000;

/** The pause between years: one a second, one every three under `prefers-reduced-motion`. */
export const readerStepMs = (): number =>
	matchMedia('(prefers-reduced-motion: reduce)').matches ? REDUCED_MOTION_STEP_MS : STEP_MS;

export class Timeline {
	playing = $state(false);
	#timer: ReturnType<typeof setTimeout> | null = null;

	/**
	 * @param years the years with data, ascending
	 * @param year the year shown
	 * @param show shows a year (the page's change of view)
	 * @param stepMs the pause between years (the reader's, by default)
	 */
	constructor(
		private readonly years: () => readonly number[],
		private readonly year: () => number,
		private readonly show: (year: number) => void,
		private readonly stepMs: () => number = readerStepMs
	) {}

	/** Plays from the year shown, or from the first year when the last is shown; stops at the last. */
	play(): void {
		const years = this.years();
		if (years.length < 2) return;
		if (nextYear(years, this.year()) === null) this.show(years[0] as number);
		this.playing = true;
		this.#schedule();
	}

	pause(): void {
		this.playing = false;
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
	}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	#schedule(): void {
		this.#timer = setTimeout(() => {
			const next = nextYear(this.years(), this.year());
			if (next === null) return this.pause();
			this.show(next);
			if (nextYear(this.years(), next) === null) this.pause();
			else this.#schedule();
		}, this.stepMs());
	}
}
