// The first view is in the HTML: the default view's charts are drawn at build time from the real data (the
// same SQL through the Node connector), so the page shows them before, and without, any script.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Server } from '../../scripts/serve.js';
import { DB_CHARTS, launchBrowser, startSite, watchPolicyViolations } from './support/site';

const BUILD = fileURLToPath(new URL('../../build/', import.meta.url));
const VIEW = 'pku_dfiic_index_aggregate|2023|region4';

let site: Server;
let browser: Browser;

beforeAll(async () => {
	site = await startSite();
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

/** The HTML of one chart's <figure>, cut out of the page. */
function figureHtml(html: string, chart: string): string {
	const start = html.indexOf(`<figure data-chart="${chart}"`);
	expect(start, `figure[data-chart="${chart}"] in the HTML`).toBeGreaterThanOrEqual(0);
	return html.slice(start, html.indexOf('</figure>', start));
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('the prerendered first view', () => {
	it('build/index.html, read as a file, holds every chart of the default view with its marks and rows', async () => {
		const html = await readFile(`${BUILD}index.html`, 'utf8');
		for (const chart of DB_CHARTS) expect(figureHtml(html, chart)).toContain(`data-view="${VIEW}"`);

		const summary = figureHtml(html, 'region-summary');
		expect(count(summary, /<circle class="mean"/g)).toBe(4);
		expect(count(summary, /<line class="range"/g)).toBe(4);
		expect(summary).toContain('东部 428.14');

		const trend = figureHtml(html, 'gap-trend');
		expect(count(trend, /<circle class="point"/g)).toBe(4 * 13);
		expect(count(trend, /<rect class="gap-bar"/g)).toBe(13);

		const ranking = figureHtml(html, 'province-ranking');
		expect(count(ranking, /<g class="province"/g)).toBe(31);
		expect(count(ranking, /<rect class="bar"/g)).toBe(31);
		// The rows behind it, in its table view: 31 provinces, Shanghai first.
		expect(count(ranking, /<tr>/g)).toBe(1 + 31);
		expect(/<tbody>.*?<td[^>]*>(上海|北京)</s.exec(ranking)?.[1]).toBe('上海');
		// The download needs a script; the table is there without one.
		expect(count(figureHtml(html, 'region-summary'), /<tr>/g)).toBe(1 + 4);
	});

	it('build/analysis/index.html holds the analysis charts of the default view (2011–2023, equal weights)', async () => {
		const html = await readFile(`${BUILD}analysis/index.html`, 'utf8');
		const charts = [...html.matchAll(/<figure data-chart="([^"]+)" data-view="([^"]*)"/g)];
		expect(charts.map((m) => m[1])).toEqual([
			'theil-decomposition',
			'gini-decomposition',
			'gini-matrix',
			'dispersion-trend',
			'beta-convergence',
			'density',
			'moran-trend',
			'moran-scatter',
			'lisa-map'
		]);
		for (const [, chart, view] of charts) {
			// The Moran figures add the spatial weights (queen by default) to the view they draw.
			const spatial = chart!.startsWith('moran') || chart === 'lisa-map';
			expect(view, chart).toBe(`${VIEW}|equal|2011${spatial ? '|queen' : ''}`);
			// The scatter's dots and the map's tiles are buttons: their SVG is a group, as on /relate.
			expect(figureHtml(html, chart!), chart).toMatch(/<svg[^>]*role="(img|group)"/);
		}
		expect(count(figureHtml(html, 'moran-scatter'), /<circle class="point/g)).toBe(31);
		expect(count(figureHtml(html, 'beta-convergence'), /<circle/g)).toBeGreaterThanOrEqual(31);
	});

	it('shows the charts, their captions, sources and tables with JavaScript disabled', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
		try {
			const page = await context.newPage();
			await page.goto(site.url);
			await page.waitForTimeout(500);
			// No script ran: the engine never started, and nothing replaced the prerendered charts.
			expect(await page.locator('html').getAttribute('data-db')).toBe('loading');
			for (const chart of DB_CHARTS) {
				const figure = page.locator(`figure[data-chart="${chart}"]`);
				expect(await figure.getAttribute('data-view')).toBe(VIEW);
				expect(await figure.locator('svg[role="img"]').isVisible()).toBe(true);
				expect(await figure.locator('.source').innerText()).toContain('31/31 个省份有数据');
			}
			const ranking = page.locator('figure[data-chart="province-ranking"]');
			expect(await ranking.locator('rect.bar').count()).toBe(31);
			expect(await ranking.locator('rect.bar').first().isVisible()).toBe(true);
			expect(await page.locator('figure[data-chart="region-summary"] circle.mean').count()).toBe(4);
			await ranking.locator('summary').click();
			expect(await ranking.locator('tbody tr').count()).toBe(31);
			expect(await ranking.locator('tbody tr').first().isVisible()).toBe(true);
		} finally {
			await context.close();
		}
	});

	it('a link to another view never shows the prerendered charts, even before the page script starts', async () => {
		const context = await browser.newContext({ locale: 'zh-CN' });
		await watchPolicyViolations(context);
		try {
			// The app's scripts never arrive: only the inline guard in <head> runs.
			await context.route('**/_app/immutable/**/*.js', (route) => route.abort());
			const page = await context.newPage();
			await page.goto(`${site.url}?year=2019`);
			const ranking = page.locator('figure[data-chart="province-ranking"]');
			expect(await ranking.getAttribute('data-view')).toBe(VIEW);
			expect(await ranking.locator('figcaption').isVisible()).toBe(false);
			expect(await ranking.locator('rect.bar').first().isVisible()).toBe(false);
			// The published level counts do not depend on the view: they stay.
			expect(await page.locator('figure[data-chart="level-distribution"] svg').isVisible()).toBe(true);

			// The default view, even spelled out in the URL, is shown at once.
			const other = await context.newPage();
			await other.goto(`${site.url}?v=1&indicator=pku_dfiic_index_aggregate&year=2023&lang=en`);
			expect(await other.locator('figure[data-chart="province-ranking"] rect.bar').first().isVisible()).toBe(
				true
			);

			// /analysis with other spatial weights hides the Moran figures drawn with queen, and the rest.
			const weights = await context.newPage();
			await weights.goto(`${site.url}analysis?weights=knn4`);
			for (const chart of ['moran-trend', 'moran-scatter', 'theil-decomposition'])
				expect(await weights.locator(`figure[data-chart="${chart}"] figcaption`).isVisible(), chart).toBe(
					false
				);
			const queen = await context.newPage();
			await queen.goto(`${site.url}analysis?weights=queen`);
			expect(await queen.locator('figure[data-chart="moran-trend"] figcaption').isVisible()).toBe(true);
		} finally {
			await context.close();
		}
	});
});
