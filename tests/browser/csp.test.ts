// The strict Content-Security-Policy: every page works under it, whether it arrives as the header npm start
// sends (scripts/serve.js) or only as the page's <meta> (a stock server that adds no headers), with no
// violation (support/site.ts fails any test that records one); and it bites: an inline script it does not
// list is blocked and never runs.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { pythonServer, type PythonServer } from './support/python-server';
import { downloadCsv, recordPolicyViolations, useSite, waitForReady } from './support/site';

const BUILD_DIR = fileURLToPath(new URL('../../build', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const PAGES = ['', 'analysis/', 'compare/', 'relate/', 'composite/', 'methods/', 'import/', 'about-data/'];
const META = 'meta[http-equiv="content-security-policy"]';
const INJECTED = '<script>window.__injected = true</script>';

const site = useSite();
let stock: PythonServer;
beforeAll(async () => {
	stock = await pythonServer(BUILD_DIR);
});
afterAll(() => stock?.close());

/** Keeps the responses of the documents `context` navigates to. */
function documentResponses(context: BrowserContext): Response[] {
	const documents: Response[] = [];
	context.on('response', (response) => {
		if (response.request().resourceType() === 'document') documents.push(response);
	});
	return documents;
}

const metaPolicy = (page: Page) => page.locator(META).getAttribute('content');

describe('under the header from npm start (scripts/serve.js)', () => {
	for (const path of PAGES) {
		it(`/${path} in Chinese and in English, with a view in the query: header and meta present, ready, no violation`, async () => {
			for (const lang of ['zh', 'en']) {
				let documents: Response[] = [];
				const { page, errors } = await site.open(`${path}?v=1&year=2019&lang=${lang}`, {
					beforeGoto: (context) => (documents = documentResponses(context))
				});
				await waitForReady(page);
				const meta = await metaPolicy(page);
				expect(meta).toMatch(/^default-src 'self'; .*script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
				expect(meta).toContain("style-src 'self' 'unsafe-inline';"); // no hash beside it, which would void it
				expect(documents).toHaveLength(1);
				const headers = await documents[0]!.allHeaders();
				expect(headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'self'`);
				expect(headers['x-frame-options']).toBe('SAMEORIGIN');
				expect(headers['referrer-policy']).toBe('no-referrer');
				expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang === 'en' ? 'en' : 'zh-CN');
				expect(errors).toEqual([]);
			}
		});
	}

	it('draws, exports (SVG, PNG) and downloads (CSV) a chart, and moves between pages by the header links', async () => {
		const { page, errors } = await site.openReady('?year=2019');
		const figure = page.locator('figure[data-chart="region-summary"]');
		await page.locator('figure[data-chart="region-summary"][data-view$="|2019|region4"]').waitFor();
		for (const [name, magic] of [
			[/^下载 SVG/, '<svg'],
			[/^下载 PNG/, '\x89PNG']
		] as const) {
			const downloading = page.waitForEvent('download');
			await figure.getByRole('button', { name }).click();
			const download = await downloading;
			expect(await download.failure()).toBeNull();
			expect((await readFile(await download.path())).subarray(0, 4).toString('latin1')).toBe(magic);
		}
		expect((await downloadCsv(page, 'region-summary')).rows).toHaveLength(1 + 4);

		await page.locator('header nav a', { hasText: '差距测度' }).click();
		await page.waitForURL(/\/analysis\/\?.*year=2019/);
		await page.locator('figure[data-chart="theil-decomposition"] svg').first().waitFor();
		expect(errors).toEqual([]);
	});

	it("reads a workbook in the import page's worker and imports it: the overview then draws it", async () => {
		const { page, errors } = await site.openReady('import/');
		await page
			.locator('input[type="file"]')
			.setInputFiles(`${FIXTURES}pku_dfiic_coverage_breadth_2013-2022.xlsx`);
		const counts = page.locator('[data-counts="cells"]');
		await expect.poll(() => counts.getAttribute('data-imported'), { timeout: 60_000 }).toBe('310');
		await page.locator('.checking').waitFor({ state: 'detached', timeout: 60_000 });
		await page.getByRole('button', { name: '导入', exact: true }).click();
		await page.waitForURL(/\/\?.*indicator=imported_/);
		await waitForReady(page);
		await page.locator('figure[data-chart="region-summary"][data-view^="imported_"]').waitFor();
		expect(errors).toEqual([]);
	});
});

describe('meta only, on a stock server (python3 -m http.server) that sends no policy header', () => {
	for (const path of PAGES) {
		it(`/${path}?lang=en&year=2019 carries its policy in the meta, reaches ready, no violation`, async () => {
			let documents: Response[] = [];
			// An absolute URL: opened as it is, on the stock server.
			const { page, errors } = await site.open(`${stock.origin}/${path}?lang=en&year=2019`, {
				beforeGoto: (context) => (documents = documentResponses(context))
			});
			await waitForReady(page);
			expect(await documents[0]!.headerValue('content-security-policy')).toBeNull();
			expect(await metaPolicy(page)).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
			expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer');
			expect(errors).toEqual([]);
		});
	}
});

describe('the policy bites', () => {
	/** Opens `url` with an unlisted inline script put into its HTML by `rewrite`; the violations and whether it ran. */
	async function withInjectedScript(url: string, rewrite: (html: string) => string) {
		const context = await site.browser.newContext();
		try {
			const violations = await recordPolicyViolations(context);
			await context.route(
				(u) => u.pathname.endsWith('/'),
				async (route) => {
					const response = await route.fetch();
					const headers = { ...response.headers() };
					delete headers['content-encoding'];
					delete headers['content-length'];
					await route.fulfill({ response, headers, body: rewrite(await response.text()) });
				}
			);
			const page = await context.newPage();
			await page.goto(url);
			await waitForReady(page);
			await expect.poll(() => violations.length).toBeGreaterThan(0);
			return { violations, ran: await page.evaluate(() => '__injected' in window) };
		} finally {
			await context.close();
		}
	}

	it('the header alone (meta removed) blocks an inline script that it does not list; the page still works', async () => {
		const { violations, ran } = await withInjectedScript(`${site.url}?year=2019`, (html) =>
			html.replace(/<meta http-equiv="content-security-policy"[^>]*>/, INJECTED)
		);
		expect(ran).toBe(false);
		expect(violations).toEqual([expect.stringMatching(/^script-src-elem blocked inline at /)]);
	});

	it('the meta alone (stock server) blocks an inline script placed after it', async () => {
		const { violations, ran } = await withInjectedScript(`${stock.origin}/analysis/`, (html) =>
			html.replace(/(<meta http-equiv="content-security-policy"[^>]*>)/, `$1${INJECTED}`)
		);
		expect(ran).toBe(false);
		expect(violations).toEqual([expect.stringMatching(/^script-src-elem blocked inline at /)]);
	});
});
