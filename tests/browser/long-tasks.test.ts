// No long tasks from the Moran figures: /analysis computes its first view's figures at once (the prerendered
// page hydrates as drawn) and every later one in a worker, so a change of weights, indicator or year never
// runs 13 years × 999 permutations on the page's thread. Held back, the worker's figures never appear: the
// Moran charts keep the view they draw and data-db stays loading until the worker answers.
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { downloadCsv, useSite, waitForReady } from './support/site';

const AGGREGATE = 'pku_dfiic_index_aggregate';
const MORAN_CHARTS = ['moran-trend', 'moran-scatter', 'lisa-map'] as const;
const WORKER = /\/moran\.worker-[^/]*\.js$/;

const site = useSite();

/** The data-view of each Moran chart. */
const moranViews = (page: Page) =>
	Promise.all(MORAN_CHARTS.map((id) => page.locator(`figure[data-chart="${id}"]`).getAttribute('data-view')));

async function waitForMoran(page: Page, key: string): Promise<void> {
	for (const id of MORAN_CHARTS)
		await page.locator(`figure[data-chart="${id}"][data-view^="${key}"]`).waitFor({ timeout: 20_000 });
}

/** How many times each Moran figure was computed (the page's measures moran:trend and moran:year). */
const computed = (page: Page) =>
	page.evaluate(() => ({
		trend: performance.getEntriesByName('moran:trend').length,
		year: performance.getEntriesByName('moran:year').length
	}));

describe('the Moran figures off the main thread', () => {
	it('computes the first view’s figures at once, and those of a weights or year change in the worker only', async () => {
		const held: Route[] = [];
		const { page, requests } = await site.open('analysis', {
			beforeGoto: (context) => context.route(WORKER, (route) => void held.push(route))
		});
		await waitForReady(page);
		const queen = `${AGGREGATE}|2023|region4|equal|2011|queen`;
		await waitForMoran(page, queen);
		expect(requests.filter((url) => WORKER.test(url))).toEqual([]);
		expect(await computed(page)).toEqual({ trend: 1, year: 1 });

		// The worker's script is held back: the Moran charts keep drawing queen, and the page is not ready.
		await page.getByRole('radio', { name: '最近 4 个省会' }).check();
		await page.waitForURL((url) => url.search.includes('weights=knn4'));
		await expect.poll(() => held.length).toBe(1);
		await page.waitForTimeout(500);
		expect(await moranViews(page)).toEqual([queen, queen, queen]);
		expect(await page.evaluate(() => document.documentElement.dataset.db)).toBe('loading');
		expect(await computed(page)).toEqual({ trend: 1, year: 1 });

		// Let through, the worker's figures are drawn: the same as the page computes for a knn4 link.
		await held[0]!.continue();
		const knn4 = `${AGGREGATE}|2023|region4|equal|2011|knn4`;
		await waitForMoran(page, knn4);
		await waitForReady(page);
		expect(await computed(page)).toEqual({ trend: 2, year: 2 });
		const trend = await downloadCsv(page, 'moran-trend');
		const i2023 = trend.rows.find((r) => r[1] === '2023')?.[4];
		expect(Number(i2023)).toBeCloseTo(0.38668638750912104, 12);

		// A year change keeps the trend: the worker computes only the year's figure.
		await page.getByRole('button', { name: '上一年' }).click();
		await waitForMoran(page, `${AGGREGATE}|2022|region4|equal|2011|knn4`);
		await waitForReady(page);
		expect(await computed(page)).toEqual({ trend: 2, year: 3 });
		expect(requests.filter((url) => WORKER.test(url))).toHaveLength(1);
	});
});
