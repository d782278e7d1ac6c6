// The year player's controller, with fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextYear, Timeline, STEP_MS } from '$lib/state/timeline.svelte';

describe('nextYear(years, year)', () => {
	it('is the following year with data, skipping years without', () => {
		expect(nextYear([2016, 2019, 2020, 2021], 2016)).toBe(2019);
	});
	it('is null at the last year and for a year not listed', () => {
		expect(nextYear([2011, 2012], 2012)).toBeNull();
		expect(nextYear([2011, 2012], 2015)).toBeNull();
	});
});

describe('Timeline', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	function player(years: number[], start: number, stepMs = () => STEP_MS) {
		let year = start;
		const shown: number[] = [];
		const timeline = new Timeline(
			() => years,
			() => year,
			(y) => {
				year = y;
				shown.push(y);
			},
			stepMs
		);
		return { timeline, shown };
	}

	it('steps through the years one per step and stops at the last', () => {
		const { timeline, shown } = player([2019, 2020, 2021], 2019);
		timeline.play();
		expect(timeline.playing).toBe(true);
		vi.advanceTimersByTime(STEP_MS);
		expect(shown).toEqual([2020]);
		vi.advanceTimersByTime(STEP_MS);
		expect(shown).toEqual([2020, 2021]);
		expect(timeline.playing).toBe(false);
		vi.advanceTimersByTime(10 * STEP_MS);
		expect(shown).toEqual([2020, 2021]);
	});

	it('starts again from the first year when played at the last', () => {
		const { timeline, shown } = player([2011, 2012, 2013], 2013);
		timeline.play();
		expect(shown).toEqual([2011]);
		vi.advanceTimersByTime(2 * STEP_MS);
		expect(shown).toEqual([2011, 2012, 2013]);
	});

	it('pauses where it is, and a pause stops every further step', () => {
		const { timeline, shown } = player([2011, 2012, 2013, 2014], 2011);
		timeline.toggle();
		vi.advanceTimersByTime(STEP_MS);
		timeline.toggle();
		vi.advanceTimersByTime(5 * STEP_MS);
		expect(shown).toEqual([2012]);
		expect(timeline.playing).toBe(false);
	});

	it('waits the pause it is given between years (longer under reduced motion)', () => {
		const { timeline, shown } = player([2011, 2012], 2011, () => 3000);
		timeline.play();
		vi.advanceTimersByTime(2999);
		expect(shown).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(shown).toEqual([2012]);
	});

	it('does nothing with fewer than two years', () => {
		const { timeline, shown } = player([2019], 2019);
		timeline.play();
		expect(timeline.playing).toBe(false);
		expect(shown).toEqual([]);
	});
});
