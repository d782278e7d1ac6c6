// A change of view as the reader makes it: a change of year is drawn before the next frame and asks the
// engine nothing (every year of the indicator is in the page once it is drawn); a change of indicator
// costs one query for its region statistics and one for every year of its provinces; the URL follows,
// and Back returns to the view before.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { QUERY_MEASURE } from '../../src/lib/db/connector';
import { DB_CHARTS, useSite, waitForView } from './support/site';

const site = useSite();
const AGGREGATE = 'pku_dfiic_index_aggregate';

const queries = (page: Page) =>
	page.evaluate((name) => performance.getEntriesByName(name).length, QUERY_MEASURE);

/** Waits until the engine has run no query for 400 ms (the background fetches are over). */
async function settled(page: Page): Promise<number> {
	let last = -1;
	await expect
		.poll(
			async () => {
				const n = await queries(page);
				const still = n === last;
				last = n;
				return still;
			},
			{ interval: 400, timeout: 20_000 }
		)
		.toBe(true);
	return last;
}

/**
 * Moves the year slider to `position` as a user does (its input event) and reports, as the next frame
 * starts, what each chart draws (data-view).
 */
function moveSlider(page: Page, position: number): Promise<string[]> {
	return page.evaluate(
		({ position, charts }) => {
			const slider = document.querySelector<HTMLInputElement>('input[name=year]')!;
			slider.value = String(position);
			slider.dispatchEvent(new Event('input', { bubbles: true }));
			return new Promise<string[]>((resolve) =>
				requestAnimationFrame(() =>
					resolve(
						charts.map(
							(id) => document.querySelector(`figure[data-chart="${id}"]`)?.getAttribute('data-view') ?? ''
						)
					)
				)
			);
		},
		{ position, charts: [...DB_CHARTS] }
	);
}

describe('changes of view', () => {
	it('a change of year is drawn before the next frame, with no query to the engine, and the URL follows', async () => {
		const { page, errors } = await site.openReady();
		const before = await settled(page);

		// Slider positions 0, 7 and 12 are 2011, 2018 and 2023.
		for (const [position, year] of [
			[0, 2011],
			[7, 2018],
			[12, 2023]
		] as const) {
			expect(await moveSlider(page, position)).toEqual(DB_CHARTS.map(() => `${AGGREGATE}|${year}|region4`));
			await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe(String(year));
		}
		// The rows drawn are that year's: 2018's eastern mean, 331.46 (the 10 eastern provinces in data/).
		await moveSlider(page, 7);
		const summary = page.locator('figure[data-chart="region-summary"] svg[role=img]');
		expect(await summary.getAttribute('aria-label')).toContain('东部 331.46');
		expect(await queries(page)).toBe(before);
		expect(errors).toEqual([]);
	});

	it('a change of indicator costs two queries, after which its years cost none; Back returns to the view before', async () => {
		const { page, errors } = await site.openReady();
		const before = await settled(page);

		await page.locator('select[name=indicator]').selectOption('pku_dfiic_payment');
		await waitForView(page, 'pku_dfiic_payment|2023|region4');
		expect((await settled(page)) - before).toBe(2);

		expect(await moveSlider(page, 4)).toEqual(DB_CHARTS.map(() => 'pku_dfiic_payment|2015|region4'));
		await expect.poll(() => page.url()).toContain('year=2015');
		expect((await settled(page)) - before).toBe(2);

		await page.goBack();
		await waitForView(page, 'pku_dfiic_payment|2023|region4');
		expect(await page.locator('output.year-value').innerText()).toBe('2023');
		await page.goBack();
		await waitForView(page, `${AGGREGATE}|2023|region4`);
		expect(await page.locator('select[name=indicator]').inputValue()).toBe(AGGREGATE);
		expect(errors).toEqual([]);
	});
});
