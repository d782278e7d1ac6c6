// /embed: one chart, drawn by the same Figure and rows as on its page (the CSV is byte for byte the page's),
// framed by a page of another origin while the overview refuses to be; the embed code of the overview's
// charts; a clear message for an unknown chart; nothing wider than a 320 px frame.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { downloadCsv, useSite, waitForReady } from './support/site';

const site = useSite();

/** Waits until `chart` draws its rows (data-view set), then downloads its CSV. */
async function chartCsv(page: Page, chart: string) {
	await page.locator(`figure[data-chart="${chart}"][data-view]:not([data-view=""])`).waitFor();
	return downloadCsv(page, chart);
}

describe('/embed draws the chart as its page does', () => {
	it('province ranking: the same CSV bytes and file name as on the overview, for the same view', async () => {
		const view = 'year=2016&scheme=region3&select=440000,west&lang=en';
		const { page: overview } = await site.openReady(`?${view}`);
		const expected = await chartCsv(overview, 'province-ranking');

		const { page, errors } = await site.openReady(`embed/?chart=province-ranking&${view}`);
		expect(await page.locator('figure').count()).toBe(1);
		const figure = page.locator('figure[data-chart="province-ranking"]');
		expect(await figure.getAttribute('data-view')).toBe('pku_dfiic_index_aggregate|2016|region3');
		const embedded = await chartCsv(page, 'province-ranking');
		expect(embedded.fileName).toBe('province-ranking_pku_dfiic_index_aggregate_2016_region3.csv');
		expect(embedded.fileName).toBe(expected.fileName);
		expect(embedded.text).toBe(expected.text);
		expect(embedded.rows).toHaveLength(1 + 31);
		// Its title, its source and coverage, and no page chrome.
		// data/observations/pku_dfiic.csv, 2016: Beijing 286.370482, Qinghai 200.381576.
		expect(await figure.locator('figcaption .title').textContent()).toBe(
			'In 2016 Beijing ranked highest (286.4), Qinghai lowest (200.4)'
		);
		expect(await figure.locator('.source').textContent()).toContain(
			'Peking University Institute of Digital Finance'
		);
		expect(await figure.locator('.source').textContent()).toContain('31 of 31 provinces');
		expect(await page.locator('header, nav, footer').count()).toBe(0);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		expect(errors).toEqual([]);
	});

	it('an /analysis chart (the Theil decomposition, population-weighted) downloads what /analysis downloads', async () => {
		const view = 'year=2020&weighting=population&from=2013';
		const { page: analysis } = await site.openReady(`analysis/?${view}`);
		const expected = await chartCsv(analysis, 'theil-decomposition');

		const { page, errors } = await site.openReady(`embed/?chart=theil-decomposition&${view}`);
		expect(await page.locator('figure').count()).toBe(1);
		const embedded = await chartCsv(page, 'theil-decomposition');
		expect(embedded.fileName).toBe(expected.fileName);
		expect(embedded.text).toBe(expected.text);
		expect(embedded.rows).toHaveLength(1 + 13);
		expect(errors).toEqual([]);
	});

	it('a Moran chart (the LISA map, k-nearest weights) downloads what /analysis downloads', async () => {
		const view = 'year=2018&weights=knn4&lang=en';
		const { page: analysis } = await site.openReady(`analysis/?${view}`);
		const expected = await chartCsv(analysis, 'lisa-map');

		const { page, errors } = await site.openReady(`embed/?chart=lisa-map&${view}`);
		expect(await page.locator('figure').count()).toBe(1);
		const embedded = await chartCsv(page, 'lisa-map');
		// Its link to the methods leaves the frame (the methods page refuses to be framed).
		expect(await page.locator('a.methods-link').getAttribute('target')).toBe('_blank');
		expect(embedded.fileName).toBe(expected.fileName);
		expect(embedded.text).toBe(expected.text);
		expect(embedded.rows).toHaveLength(1 + 31);
		expect(errors).toEqual([]);
	});

	it('links back to the page the chart lives on, with the same view, in a new tab', async () => {
		const { page } = await site.openReady('embed/?chart=gini-matrix&year=2019&lang=en');
		const link = page.getByRole('link', { name: /^See the full view in the dashboard/ });
		expect(await link.getAttribute('target')).toBe('_blank');
		expect(await link.getAttribute('rel')).toBe('noopener');
		const href = await link.evaluate((a: HTMLAnchorElement) => a.href);
		expect(href).toBe(
			`${site.url}analysis/?v=1&indicator=pku_dfiic_index_aggregate&year=2019&scheme=region4&lang=en`
		);
		// The link to the sources also leaves the frame.
		expect(await page.locator('a.about-data').getAttribute('target')).toBe('_blank');
		// No embed code inside an embed.
		expect(await page.locator('figure button[aria-expanded]').count()).toBe(0);
	});

	it('a click on a tile of the embedded tile map selects the province and keeps the chart in the link', async () => {
		const { page } = await site.openReady('embed/?chart=tile-map&year=2019');
		const tile = page.locator('figure[data-chart="tile-map"] g.tile[data-adcode="620000"]');
		await tile.click();
		await expect.poll(() => tile.getAttribute('aria-pressed')).toBe('true');
		await page.waitForURL(/select=620000/);
		expect(new URL(page.url()).searchParams.get('chart')).toBe('tile-map');
	});
});

describe('framing', () => {
	let other: Server;
	let otherUrl = '';
	beforeAll(async () => {
		// Another origin (another port of 127.0.0.1): a page that frames an embed and the overview.
		other = createServer((_req, res) => {
			res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
			res.end(
				'<!doctype html><title>portal</title>' +
					`<iframe id="embed" src="${site.url}embed/?chart=gap-trend&year=2019" width="600" height="800"></iframe>` +
					`<iframe id="overview" src="${site.url}?year=2019" width="600" height="400"></iframe>`
			);
		});
		await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
		const address = other.address();
		otherUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
	});
	afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

	it('an embed loads and draws in a frame of another origin; the overview refuses that frame', async () => {
		expect(new URL(otherUrl).origin).not.toBe(new URL(site.url).origin);
		const { page, errors } = await site.open(otherUrl);
		const embed = page.frameLocator('#embed');
		await embed
			.locator('figure[data-chart="gap-trend"][data-view="pku_dfiic_index_aggregate|2019|region4"] svg')
			.first()
			.waitFor({ timeout: 30_000 });
		expect(await embed.locator('figcaption .title').textContent()).toMatch(/东西部差距/);

		const overview = await page.locator('#overview').elementHandle();
		const frame = await overview!.contentFrame();
		await expect.poll(() => frame!.url(), { timeout: 15_000 }).toBe('chrome-error://chromewebdata/');
		expect(await page.frameLocator('#overview').locator('header, figure').count()).toBe(0);
		// Refused by the policy's frame-ancestors (Chromium says so in the framing page's console).
		expect(errors).toEqual([expect.stringMatching(/frame-ancestors 'self'/)]);
	});
});

describe('the embed code on the overview', () => {
	it('gives an <iframe> with the absolute /embed address of the chart and view, copied, that draws the chart', async () => {
		const { page, context } = await site.openReady('?year=2019&lang=en');
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(site.url).origin
		});
		const figure = page.locator('figure[data-chart="gap-trend"]');
		const button = figure.getByRole('button', { name: /^Embed code: / });
		expect(await button.textContent()).toBe('Embed');
		await button.click();
		const code = await figure.locator('[data-embed-code="gap-trend"] textarea').inputValue();
		const src = `${site.url}embed/?chart=gap-trend&v=1&indicator=pku_dfiic_index_aggregate&year=2019&scheme=region4&lang=en`;
		expect(code).toBe(
			`<iframe src="${src.replaceAll('&', '&amp;')}" width="100%" height="780" style="border:0" ` +
				'title="Digital financial inclusion index: regional means and the East–West gap over time" loading="lazy"></iframe>'
		);
		await figure.getByRole('button', { name: 'Copy code' }).click();
		await figure.getByRole('status').filter({ hasText: 'Code copied' }).waitFor();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

		const { page: embed, errors } = await site.openReady(src);
		expect(await embed.locator('figure').count()).toBe(1);
		await embed
			.locator('figure[data-chart="gap-trend"][data-view="pku_dfiic_index_aggregate|2019|region4"] svg')
			.first()
			.waitFor();
		expect(errors).toEqual([]);
	});

	it('is offered on each embeddable chart of /analysis, and on no chart of /compare', async () => {
		const { page } = await site.openReady('analysis/?year=2019');
		for (const chart of [
			'theil-decomposition',
			'gini-decomposition',
			'gini-matrix',
			'dispersion-trend',
			'beta-convergence',
			'density',
			'moran-trend',
			'moran-scatter',
			'lisa-map'
		]) {
			expect(
				await page
					.locator(`figure[data-chart="${chart}"]`)
					.getByRole('button', { name: /^嵌入代码：/ })
					.count(),
				chart
			).toBe(1);
		}
		const { page: compare } = await site.openReady('compare/?select=440000,620000');
		await compare.locator('figure').first().waitFor();
		expect(await compare.locator('figure button[aria-expanded]').count()).toBe(0);
	});
});

describe('an unknown or missing chart', () => {
	it('says so inside the frame, showing the value as text, and lists the charts', async () => {
		const asked = '<img src=x onerror="window.__ran=1">';
		const { page, errors } = await site.openReady(`embed/?chart=${encodeURIComponent(asked)}&lang=en`);
		const message = page.locator('[data-embed-refused]');
		expect(await message.getAttribute('role')).toBe('alert');
		expect(await message.locator('p').first().textContent()).toBe(
			`No chart to show: “${asked}” is not a chart of this dashboard.`
		);
		expect(await message.textContent()).toContain('region-summary, gap-trend, province-ranking');
		expect(await page.locator('main img, figure').count()).toBe(0);
		expect(await page.evaluate(() => '__ran' in window)).toBe(false);
		expect(errors).toEqual([]);
	});

	it('in Chinese, when the link names no chart at all', async () => {
		const { page } = await site.openReady('embed/?year=2019');
		expect(await page.locator('[data-embed-refused] p').first().textContent()).toBe(
			'无法显示图表：链接未指明图表（chart）。'
		);
	});
});

describe('at 320 px', () => {
	it('nothing is wider than the frame: ranking, tile map, gap trend, Theil decomposition, the message', async () => {
		for (const query of [
			'chart=province-ranking&year=2019',
			'chart=tile-map&year=2019&lang=en',
			'chart=gap-trend&lang=en',
			'chart=theil-decomposition&year=2019',
			`chart=${'x'.repeat(120)}&lang=en`
		]) {
			const { page, context } = await site.open(`embed/?${query}`, { viewport: { width: 320, height: 700 } });
			await waitForReady(page);
			const { scroll, client } = await page.evaluate(() => ({
				scroll: document.documentElement.scrollWidth,
				client: document.documentElement.clientWidth
			}));
			expect(client, query).toBe(320);
			expect(scroll, query).toBeLessThanOrEqual(client);
			await context.close();
		}
	});
});
