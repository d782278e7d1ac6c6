// What a reader takes away from a chart besides its CSV: the chart as an SVG or PNG image with its title,
// source and link drawn in; the table view, sortable; and a link that reproduces the view.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './support/site';

const site = useSite();

async function downloadButton(
	page: Page,
	chart: string,
	name: RegExp
): Promise<{ fileName: string; bytes: Buffer }> {
	const downloading = page.waitForEvent('download');
	await page.locator(`figure[data-chart="${chart}"]`).getByRole('button', { name }).click();
	const download = await downloading;
	return { fileName: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

describe('image export', () => {
	it('downloads the region summary as an SVG holding the chart, its title, source, coverage and link', async () => {
		const { page } = await site.openReady('?year=2019');
		const { fileName, bytes } = await downloadButton(page, 'region-summary', /^下载 SVG/);
		expect(fileName).toBe('region-summary_pku_dfiic_index_aggregate_2019_region4.svg');
		const svg = bytes.toString('utf8');
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toContain('2019 年各区域数字普惠金融总指数');
		// The note may wrap onto several lines of the image: read its text as one.
		const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
		expect(text).toContain('31/31 个省份有数据');
		expect(svg).toContain('北京大学数字金融研究中心');
		expect(svg).toContain('year=2019');
		// The chart's own marks travel with it: four regional means and their ranges.
		expect(svg.match(/class="mean"/g)).toHaveLength(4);
		expect(svg.match(/class="range"/g)).toHaveLength(4);
		// It is a standalone document a browser can open.
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror') !== null,
				width: doc.documentElement.getAttribute('width')
			};
		}, svg);
		// As wide as the chart is drawn on the page (its box's width, one SVG unit a pixel).
		const drawn = await page.locator('figure[data-chart="region-summary"] .chart svg').getAttribute('width');
		expect(Number(drawn)).toBeGreaterThan(400);
		expect(parsed).toEqual({ error: false, width: drawn });
	});

	it('exports every part of a chart drawn in several SVGs: the tile map with its legend and its 31 tiles', async () => {
		const { page } = await site.openReady('?year=2019');
		const { bytes } = await downloadButton(page, 'tile-map', /^下载 SVG/);
		const svg = bytes.toString('utf8');
		expect(svg.match(/data-adcode="\d{6}"/g)).toHaveLength(31);
		expect(svg).toContain('class="legend"');
	});

	it('downloads the ranking as a PNG at twice the chart’s size', async () => {
		const { page } = await site.openReady('?lang=en');
		const { fileName, bytes } = await downloadButton(page, 'province-ranking', /^Download PNG/);
		expect(fileName).toBe('province-ranking_pku_dfiic_index_aggregate_2023_region4.png');
		expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
		// IHDR: width and height, big-endian, at bytes 16–23.
		const drawn = await page
			.locator('figure[data-chart="province-ranking"] .chart svg')
			.getAttribute('width');
		expect(Number(drawn)).toBeGreaterThan(400);
		expect(bytes.readUInt32BE(16)).toBe(2 * Number(drawn));
		expect(bytes.readUInt32BE(20)).toBeGreaterThan(2 * 31 * 17);
		expect(bytes.length).toBeGreaterThan(20_000); // drawn, not blank
	});
});

describe('the table view', () => {
	it('holds the chart’s rows and sorts them by a column, saying so to screen readers', async () => {
		const { page } = await site.openReady('?year=2019');
		const figure = page.locator('figure[data-chart="province-ranking"]');
		await figure.locator('summary').click();
		const table = figure.locator('table');
		await expect.poll(() => table.locator('tbody tr').count()).toBe(31);
		// The province column, found by its header (the table shows fewer columns than the CSV).
		const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim());
		const column = headers.indexOf('省份');
		expect(column).toBeGreaterThanOrEqual(0);
		const firstProvince = () => table.locator('tbody tr').first().locator('td').nth(column).textContent();
		expect(await firstProvince()).toBe('上海');

		const header = table.locator('th', { hasText: '数值（指数）' });
		await header.getByRole('button').click();
		expect(await header.getAttribute('aria-sort')).toBe('ascending');
		expect(await firstProvince()).toBe('青海');
		await header.getByRole('button').click();
		expect(await header.getAttribute('aria-sort')).toBe('descending');
		expect(await firstProvince()).toBe('上海');
		expect(await table.locator('caption').textContent()).toContain('2019 年各省数字普惠金融总指数排名');
	});
});

describe('links', () => {
	it('"copy link" copies the link of the current view, which carries the schema version', async () => {
		const { page, context } = await site.openReady('?year=2019&select=620000');
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
		await page.getByRole('button', { name: '复制链接' }).click();
		await page.getByRole('status').filter({ hasText: '链接已复制' }).waitFor();
		// The short link opened is copied in full: every parameter of the view, and the version.
		const copied = () => page.evaluate(() => navigator.clipboard.readText());
		expect(await copied()).toBe(
			`${site.url}?v=1&indicator=pku_dfiic_index_aggregate&year=2019&scheme=region4&select=620000`
		);

		// After a change, the link of the view now shown (taken from the view, not from the address bar).
		await page.getByRole('button', { name: '下一年' }).click();
		await page.getByRole('button', { name: '复制链接' }).click();
		expect(new URL(await copied()).searchParams.get('year')).toBe('2020');
		await page.waitForURL(/year=2020/);
		expect(new URL(page.url()).searchParams.get('v')).toBe('1');
		expect(new URL(page.url()).searchParams.get('select')).toBe('620000');
		expect(await copied()).toBe(page.url());
	});

	it('an old link without a version still opens its view', async () => {
		const { page, errors } = await site.openReady('?indicator=pku_dfiic_payment&year=2015&scheme=region3');
		await page
			.locator('figure[data-chart="region-summary"][data-view="pku_dfiic_payment|2015|region3"]')
			.waitFor();
		expect(await page.locator('[data-notice]').count()).toBe(0);
		expect(errors).toEqual([]);
	});
});
