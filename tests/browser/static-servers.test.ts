// The built site is plain files: every page opens by deep link on a stock static server with no fallback
// (python3 -m http.server, as the README names it), at the root and below a sub-path, with or without the
// trailing slash, and with a view in the query. Pages are written as folder indexes (analysis/index.html),
// which such a server finds for /analysis/ and redirects /analysis to.
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { pythonServer, type PythonServer } from './support/python-server';
import { launchBrowser, openPage, waitForReady } from './support/site';

const BUILD_DIR = fileURLToPath(new URL('../../build', import.meta.url));
const PAGES = ['', 'analysis', 'compare', 'relate', 'composite', 'methods', 'import', 'about-data'];
/** The pages that draw charts from the engine as they open, and one chart each that must be drawn. */
const CHART: Record<string, string> = {
	'': 'gap-trend',
	analysis: 'theil-decomposition',
	relate: 'indicator-scatter',
	composite: 'composite-weights'
};

let root = '';
const servers: PythonServer[] = [];
/** The site served at the root of one server, and below /dashboard/ of another. */
const sites: Record<'root' | 'subPath', string> = { root: '', subPath: '' };
let browser: Browser | undefined;

beforeAll(async () => {
	const atRoot = await pythonServer(BUILD_DIR);
	servers.push(atRoot);
	sites.root = `${atRoot.origin}/`;
	// Below a sub-path: a folder whose dashboard/ is the site.
	root = mkdtempSync(join(tmpdir(), 'stock-server-'));
	symlinkSync(BUILD_DIR, join(root, 'dashboard'), 'dir');
	const atSubPath = await pythonServer(root);
	servers.push(atSubPath);
	sites.subPath = `${atSubPath.origin}/dashboard/`;
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	for (const server of servers) server.close();
	rmSync(root, { recursive: true, force: true });
});

async function opensReady(site: string, path: string, page: string): Promise<void> {
	const { page: tab, context, errors } = await openPage(browser!, site, path);
	await waitForReady(tab);
	expect(new URL(tab.url()).pathname).toBe(`${new URL(site).pathname}${page}${page ? '/' : ''}`);
	// A link to each page.
	expect(await tab.locator('header nav a').count()).toBe(PAGES.length);
	const chart = CHART[page];
	if (chart) await tab.locator(`figure[data-chart="${chart}"] svg`).first().waitFor();
	if (path.includes('lang=en')) expect(await tab.evaluate(() => document.documentElement.lang)).toBe('en');
	expect(errors).toEqual([]);
	await context.close();
}

describe('a stock static server (python3 -m http.server, no fallback)', () => {
	for (const page of PAGES) {
		it(`opens /dashboard/${page} by deep link, with and without the trailing slash, with a view in the query; and ${page || 'the overview'} at the root`, async () => {
			for (const path of [page, page ? `${page}/` : '', `${page}${page ? '/' : ''}?lang=en&year=2019`]) {
				await opensReady(sites.subPath, path, page);
			}
			await opensReady(sites.root, `${page}?lang=en&year=2019`, page);
		});
	}

	it('below the sub-path, draws a change of indicator from its file (data/views/) while the engine is held back', async () => {
		const context = await browser!.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
		const views: string[] = [];
		context.on('requestfinished', (request) => {
			const { pathname } = new URL(request.url());
			if (pathname.includes('/data/views/')) views.push(pathname);
		});
		// The engine never arrives: the view can only come from the file.
		await context.route('**/*.wasm', () => {});
		const tab = await context.newPage();
		await tab.goto(`${sites.subPath}?year=2019`);
		// The page's script has started: it drew 2019 (prerendered: 2023) from the rows inlined into the page.
		await tab.locator('figure[data-chart="province-ranking"][data-view$="|2019|region4"]').waitFor();
		await tab.locator('select[name=indicator]').selectOption('pku_dfiic_credit');
		await tab
			.locator('figure[data-chart="province-ranking"][data-view="pku_dfiic_credit|2019|region4"]')
			.waitFor();
		expect(views).toEqual(['/dashboard/data/views/pku_dfiic_credit.json']);
		expect(await tab.evaluate(() => document.documentElement.dataset.db)).toBe('loading');
		await context.close();
	});

	it('follows a link from one page to another below the sub-path, keeping the view', async () => {
		const { page: tab, context, errors } = await openPage(browser!, sites.subPath, 'analysis?year=2019');
		await waitForReady(tab);
		await tab.locator('header nav a', { hasText: '比较' }).click();
		await tab.waitForURL(/\/dashboard\/compare\/\?.*year=2019/);
		await waitForReady(tab);
		expect(errors).toEqual([]);
		await context.close();
	});
});
