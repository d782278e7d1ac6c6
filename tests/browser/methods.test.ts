// The methods page: linkable sections for every measure, formulas rendered as MathML, the references, both
// languages, and nothing loaded that the page does not need (no data engine, nothing off the origin).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Server } from '../../scripts/serve.js';
import { launchBrowser, openPage, startSite, waitForReady, type OpenedPage } from './support/site';

const MEASURES = [
	'theil',
	'gini',
	'dispersion',
	'beta',
	'density',
	'gap',
	'moran',
	'lisa',
	'correlation',
	'composite'
] as const;
const MATHML = 'http://www.w3.org/1998/Math/MathML';

/** What each reference must say: author, year, title and where it appeared. */
const REFERENCES = [
	['Theil', '1967', 'Economics and Information Theory'],
	['Shorrocks', '1980', 'The class of additively decomposable inequality measures', 'Econometrica', '48(3)'],
	[
		'Dagum',
		'1997',
		'A new approach to the decomposition of the Gini income inequality ratio',
		'Empirical Economics',
		'22'
	],
	['Barro', 'Sala-i-Martin', '1992', 'Convergence', 'Journal of Political Economy', '100(2)'],
	[
		'Schuster',
		'1985',
		'Incorporating support constraints into nonparametric estimators of densities',
		'Communications in Statistics',
		'14(5)'
	],
	['Silverman', '1986', 'Density Estimation for Statistics and Data Analysis'],
	['Pearson', '1896', 'Regression, heredity, and panmixia', 'Philosophical Transactions', '187'],
	['Spearman', '1904', 'The proof and measurement of association between two things', '15(1)'],
	['Student', '1908', 'The probable error of a mean', 'Biometrika', '6(1)'],
	['Fisher', '1915', 'Frequency distribution of the values of the correlation coefficient', '10(4)'],
	['Shannon', '1948', 'A mathematical theory of communication', 'Bell System Technical Journal', '27(3)'],
	[
		'Zou',
		'2006',
		'Entropy method for determination of weight of evaluating indicators',
		'Journal of Environmental Sciences',
		'18(5)',
		'1020–1023'
	],
	['Moran', '1950', 'Notes on continuous stochastic phenomena', 'Biometrika', '37(1/2)', '17–23'],
	['Anselin', '1995', 'Local indicators of spatial association', 'Geographical Analysis', '27(2)', '93–115'],
	['Cliff', 'Ord', '1981', 'Spatial Processes: Models & Applications', 'Pion'],
	['蔺泽华', '2023', '全国数字经济发展综合评价', '统计学与应用', '12(5)', '10.12677/SA.2023.125145']
] as const;

let site: Server;
let browser: Browser;
const opened: OpenedPage[] = [];

beforeAll(async () => {
	site = await startSite();
	browser = await launchBrowser();
});

afterAll(async () => {
	await Promise.all(opened.map((o) => o.context.close()));
	await browser?.close();
	await site?.close();
});

async function open(query: string): Promise<OpenedPage> {
	const o = await openPage(browser, site.url, query);
	opened.push(o);
	await waitForReady(o.page);
	return o;
}

/** The section a heading id belongs to. */
const section = (page: Page, id: string) => page.locator(`main section:has(> h3#${id})`);

describe('methods page', () => {
	it('is ready without the engine, with a linked section and a MathML formula for each measure', async () => {
		const { page, errors, requests, externalRequests } = await open('methods');

		expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
		expect(await page.locator('main h2').first().innerText()).toBe('方法说明');
		for (const id of MEASURES) {
			expect(await section(page, id).count(), `section #${id}`).toBe(1);
			// The table of contents links to it.
			expect(await page.locator(`nav.toc a[href="#${id}"]`).count(), `contents link to #${id}`).toBe(1);
			// At least one formula, a real MathML element that is laid out.
			const math = section(page, id).locator('math');
			expect(await math.count(), `formulas in #${id}`).toBeGreaterThan(0);
			expect(await math.first().evaluate((m) => m.namespaceURI)).toBe(MATHML);
			const box = await math.first().boundingBox();
			expect(box?.width ?? 0, `width of the first formula of #${id}`).toBeGreaterThan(20);
		}
		expect(await section(page, 'theil').locator('math').first().textContent()).toContain('∑');

		// The references, in the references section.
		const references = section(page, 'references').locator('li');
		expect(await references.count()).toBe(REFERENCES.length);
		const text = (await references.allInnerTexts()).join('\n');
		for (const parts of REFERENCES) for (const part of parts) expect(text).toContain(part);
		// Each measure section cites at least one of them.
		for (const id of MEASURES.filter((m) => m !== 'gap')) {
			expect(
				await section(page, id).locator('a[href^="#ref-"]').count(),
				`citation in #${id}`
			).toBeGreaterThan(0);
		}

		// Nothing beyond the page itself: no data engine (its wasm is 33 MB), no data, nothing off the origin.
		await page.waitForLoadState('networkidle');
		expect(requests.filter((url) => new URL(url).pathname.endsWith('.wasm'))).toEqual([]);
		expect(requests.filter((url) => new URL(url).pathname.endsWith('.arrow'))).toEqual([]);
		expect(externalRequests()).toEqual([]);
		expect(await page.locator('.engine-loading, .engine-error').count()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('opens at the section a link names', async () => {
		const { page, errors } = await open('methods#gini');
		await expect
			.poll(() => page.locator('h3#gini').evaluate((h) => h.getBoundingClientRect().top))
			.toBeLessThan(100);
		const top = await page.locator('h3#gini').evaluate((h) => h.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(errors).toEqual([]);
	});

	it('?lang=en shows it in English, and the language button switches to Chinese', async () => {
		const { page, errors, requests, externalRequests } = await open('methods?lang=en');

		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		expect(await page.title()).toBe('Methods · Regional digital divide');
		expect(await page.locator('main h2').first().innerText()).toBe('Methods');
		expect(await page.locator('h3#theil').innerText()).toMatch(/^Theil index/);
		expect(await page.locator('h3#beta').innerText()).toBe('β-convergence');
		expect(await section(page, 'gini').innerText()).toContain('transvariation');
		expect(await page.locator('main').innerText()).not.toContain('泰尔');
		for (const id of MEASURES) expect(await section(page, id).locator('math').count()).toBeGreaterThan(0);

		const languageButton = page.locator('header button.lang');
		expect(await languageButton.innerText()).toBe('中文');
		await languageButton.click();
		await page.locator('html[lang="zh-CN"]').waitFor();
		await expect.poll(() => new URL(page.url()).searchParams.has('lang')).toBe(false);
		expect(new URL(page.url()).pathname).toMatch(/\/methods\/$/);
		expect(await page.locator('main h2').first().innerText()).toBe('方法说明');
		expect(await page.locator('h3#theil').innerText()).toMatch(/^泰尔指数/);
		expect(await languageButton.innerText()).toBe('English');

		await page.waitForLoadState('networkidle');
		expect(requests.filter((url) => new URL(url).pathname.endsWith('.wasm'))).toEqual([]);
		expect(externalRequests()).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('keeps the view in the link to the analysis page', async () => {
		const query =
			'?indicator=pku_dfiic_payment&year=2020&scheme=region3&lang=en&weighting=population&from=2015';
		const { page, errors } = await open(`methods${query}`);
		const link = page.locator('header nav a', { hasText: 'Measuring the divide' });
		const href = new URL((await link.getAttribute('href')) ?? '', page.url());
		expect(href.pathname).toMatch(/\/analysis\/$/);
		const params = Object.fromEntries(href.searchParams);
		// The link carries the view, written in the current URL schema (v=1).
		expect(params).toEqual({ v: '1', ...Object.fromEntries(new URLSearchParams(query)) });
		expect(await page.locator('header nav a[aria-current="page"]').innerText()).toBe('Methods');

		await link.click();
		await page.waitForURL(/\/analysis\/\?/);
		expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual(params);
		expect(errors).toEqual([]);
	});
});
