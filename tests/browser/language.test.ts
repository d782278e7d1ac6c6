// The dashboard in English (?lang=en) and back to Chinese with the language button.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForReady, useSite } from './support/site';

const CHARTS = ['region-summary', 'gap-trend', 'province-ranking', 'level-distribution'] as const;

const site = useSite();

/** The accessible names of each chart's CSV button. */
const downloadButtonNames = (page: Page) =>
	Promise.all(
		CHARTS.map((chart) =>
			page
				// The first of the chart's labelled actions (the Embed code button follows it).
				.locator(`figure[data-chart="${chart}"] .actions button[aria-label]`)
				.first()
				.evaluate((b) => b.getAttribute('aria-label'))
		)
	);

/** The region labels drawn in the region summary (the first text of each region). */
const regionLabels = (page: Page) =>
	page
		.locator('figure[data-chart="region-summary"] g.region')
		.evaluateAll((groups) => groups.map((g) => g.querySelector('text')?.textContent?.trim()));

describe('language', () => {
	it('?lang=en shows the dashboard in English, and the language button switches it back to Chinese', async () => {
		const o = await site.open('?lang=en');
		const { page, errors } = o;
		await waitForReady(page);

		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		expect(await page.title()).toBe('Regional digital divide');
		for (const chart of CHARTS) {
			await expect
				.poll(() =>
					page
						.locator(`figure[data-chart="${chart}"]`)
						.getByRole('button', { name: /^Download CSV/ })
						.count()
				)
				.toBe(1);
		}
		for (const name of await downloadButtonNames(page)) expect(name).toMatch(/^Download CSV: \S/);
		expect(await regionLabels(page)).toEqual(['East', 'Central', 'West', 'Northeast']);
		expect(await page.getByRole('button', { name: 'Previous year' }).count()).toBe(1);
		expect(await page.locator('figure[data-chart="region-summary"] .source').innerText()).toContain(
			'31 of 31 provinces'
		);
		expect(await page.locator('figure[data-chart="region-summary"] svg').getAttribute('aria-label')).toMatch(
			/^Regional means in 2023: East 428\.14, Central 394\.82, West 371\.04, Northeast 367\.27$/
		);
		expect(await page.locator('body').innerText()).not.toContain('下载 CSV');

		// Back to Chinese: the button reads "中文", and the URL drops lang.
		const languageButton = page.locator('header button.lang');
		expect(await languageButton.innerText()).toBe('中文');
		await languageButton.click();
		await page.locator('html[lang="zh-CN"]').waitFor();
		await expect.poll(() => new URL(page.url()).searchParams.has('lang')).toBe(false);
		expect(await languageButton.innerText()).toBe('English');
		expect(await regionLabels(page)).toEqual(['东部', '中部', '西部', '东北']);
		for (const name of await downloadButtonNames(page)) expect(name).toMatch(/^下载 CSV：\S/);
		expect(await page.title()).toBe('区域数字鸿沟分析');
		expect(errors).toEqual([]);
	});
});
