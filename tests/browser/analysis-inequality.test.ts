// The Theil and Gini decomposition charts of /analysis in headless Chromium, against the built site and the
// real data: they draw every year, download exactly what they draw, follow the weighting control and the
// language, and show undefined years as such. Figures as in tests/unit/analysis-inequality.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Server } from '../../scripts/serve.js';
import {
	downloadCsv,
	launchBrowser,
	openPage,
	startSite,
	waitForReady,
	type OpenedPage
} from './support/site';

const AGGREGATE = 'pku_dfiic_index_aggregate';
const YEARS = Array.from({ length: 13 }, (_, i) => String(2011 + i));
const THEIL_HEADER = [
	'indicator',
	'scheme',
	'weighting',
	'year',
	'provinces',
	'total',
	'within',
	'between',
	'between_share',
	'note'
];
const GINI_HEADER = [
	'indicator',
	'scheme',
	'year',
	'provinces',
	'total',
	'within',
	'net_between',
	'transvariation',
	'note'
];

let site: Server;
let browser: Browser;
const opened: OpenedPage[] = [];
const readyTimes: number[] = [];

beforeAll(async () => {
	site = await startSite();
	browser = await launchBrowser();
});

afterAll(async () => {
	if (readyTimes.length) {
		const sorted = [...readyTimes].sort((a, b) => a - b);
		const median = sorted[Math.floor((sorted.length - 1) / 2)];
		console.log(`[browser] /analysis to data-db=ready: ${readyTimes.join(', ')} ms (median ${median} ms)`);
	}
	await Promise.all(opened.map((o) => o.context.close()));
	await browser?.close();
	await site?.close();
});

async function openReady(query: string): Promise<OpenedPage> {
	const started = performance.now();
	const o = await openPage(browser, site.url, query);
	opened.push(o);
	await waitForReady(o.page);
	readyTimes.push(Math.round(performance.now() - started));
	return o;
}

const figure = (page: Page, chart: string) => page.locator(`figure[data-chart="${chart}"]`);
const attrs = (page: Page, selector: string, name: string) =>
	page.locator(selector).evaluateAll((els, n) => els.map((el) => el.getAttribute(n)), name);

/** The downloaded CSV as objects keyed by its header, with the header itself. */
async function csvObjects(page: Page, chart: string) {
	const { rows } = await downloadCsv(page, chart);
	const [header = [], ...body] = rows;
	return { header, rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}

describe('the Theil and Gini decompositions on /analysis', () => {
	it('draw 13 years of stacked bars for the aggregate index and download exactly them', async () => {
		const { page, errors } = await openReady('analysis');
		const key = `${AGGREGATE}|2023|region4|equal|2011`;
		await figure(page, 'theil-decomposition')
			.and(page.locator(`[data-view="${key}"]`))
			.waitFor();

		const theil = figure(page, 'theil-decomposition');
		expect(await theil.locator('figcaption').innerText()).toContain('各省等权');
		expect(await attrs(page, 'figure[data-chart="theil-decomposition"] g.stack', 'data-year')).toEqual(YEARS);
		expect(await theil.locator('g.stack rect.part[data-part="within"]').count()).toBe(13);
		expect(await theil.locator('g.stack rect.part[data-part="between"]').count()).toBe(13);
		expect(await theil.locator('g.undefined-year').count()).toBe(0);
		expect(await theil.locator('g.legend-item').allTextContents()).toEqual(['区域内', '区域间']);
		expect(await theil.locator('g.stack text.total').allTextContents()).toEqual(['0.098', '0.0033']);
		expect(await theil.locator('svg[role="img"]').getAttribute('aria-label')).toContain('2011 年 0.098');
		expect(await theil.locator('.source').innerText()).toContain('31/31 个省份有数据');

		const csv = await csvObjects(page, 'theil-decomposition');
		expect(csv.header).toEqual(THEIL_HEADER);
		expect(csv.rows.map((r) => r.year)).toEqual(YEARS);
		const r2011 = csv.rows[0]!;
		expect(r2011).toMatchObject({
			indicator: AGGREGATE,
			scheme: 'region4',
			weighting: 'equal',
			provinces: '31'
		});
		expect(Number(r2011.total)).toBeCloseTo(0.0982, 4);
		expect(Number(r2011.within)).toBeCloseTo(0.0364, 4);
		expect(Number(r2011.between)).toBeCloseTo(0.0619, 4);

		// Gini: 13 stacks of three parts whose downloaded figures add up to the total.
		const gini = figure(page, 'gini-decomposition');
		await gini.and(page.locator(`[data-view="${key}"]`)).waitFor();
		expect(await attrs(page, 'figure[data-chart="gini-decomposition"] g.stack', 'data-year')).toEqual(YEARS);
		for (const part of ['within', 'net_between', 'transvariation']) {
			expect(await gini.locator(`g.stack rect.part[data-part="${part}"]`).count()).toBe(13);
		}
		const giniCsv = await csvObjects(page, 'gini-decomposition');
		expect(giniCsv.header).toEqual(GINI_HEADER);
		expect(giniCsv.rows.map((r) => r.year)).toEqual(YEARS);
		for (const r of giniCsv.rows) {
			expect(Number(r.within) + Number(r.net_between) + Number(r.transvariation)).toBeCloseTo(
				Number(r.total),
				10
			);
		}
		expect(Number(giniCsv.rows[0]!.total)).toBeCloseTo(0.247842, 6);
		expect(Number(giniCsv.rows[0]!.within)).toBeCloseTo(0.045734, 6);
		expect(Number(giniCsv.rows[0]!.net_between)).toBeCloseTo(0.182597, 6);
		expect(Number(giniCsv.rows[0]!.transvariation)).toBeCloseTo(0.019512, 6);

		// The region matrix of the current year: 4 × 4 cells, downloaded in the same order.
		const matrix = figure(page, 'gini-matrix');
		await matrix.and(page.locator(`[data-view="${key}"]`)).waitFor();
		expect(await matrix.locator('g.cell').count()).toBe(16);
		const matrixCsv = await csvObjects(page, 'gini-matrix');
		expect(matrixCsv.header).toEqual([
			'indicator',
			'scheme',
			'year',
			'region_j',
			'region_h',
			'gini',
			'affluence'
		]);
		expect(matrixCsv.rows.map((r) => `${r.region_j}|${r.region_h}`)).toEqual(
			await matrix.locator('g.cell').evaluateAll((cells) => cells.map((c) => `${c.dataset.j}|${c.dataset.h}`))
		);
		expect(matrixCsv.rows.every((r) => r.year === '2023')).toBe(true);
		expect(errors).toEqual([]);
	});

	it('follow the weighting control: population weights change the figures and the URL', async () => {
		const { page, errors } = await openReady('analysis');
		const theil = figure(page, 'theil-decomposition');
		await theil.and(page.locator(`[data-view="${AGGREGATE}|2023|region4|equal|2011"]`)).waitFor();
		const equalReading = await theil.locator('p.reading').innerText();

		await page.locator('input[name=weighting][value=population]').check();
		await theil.and(page.locator(`[data-view="${AGGREGATE}|2023|region4|population|2011"]`)).waitFor();
		await page.waitForURL(/weighting=population/);
		await expect.poll(() => page.url()).toContain('weighting=population');
		expect(await theil.locator('figcaption').innerText()).toContain('按 2020 年人口加权');
		expect(await theil.locator('p.reading').innerText()).not.toBe(equalReading);

		const csv = await csvObjects(page, 'theil-decomposition');
		const r2011 = csv.rows[0]!;
		expect(r2011).toMatchObject({ year: '2011', weighting: 'population' });
		expect(Number(r2011.total)).toBeCloseTo(0.078793, 6);
		expect(Number(r2011.within)).toBeCloseTo(0.03466, 6);
		expect(Number(r2011.between)).toBeCloseTo(0.044133, 6);
		expect(errors).toEqual([]);
	});

	it('read the Theil figures in one English sentence with ?lang=en', async () => {
		const { page, errors } = await openReady('analysis?lang=en');
		const theil = figure(page, 'theil-decomposition');
		await theil.and(page.locator(`[data-view="${AGGREGATE}|2023|region4|equal|2011"]`)).waitFor();
		expect(await theil.locator('p.reading').innerText()).toBe(
			'The Theil index fell from 0.098 in 2011 to 0.0033 in 2023; the gap between regions made up 63% of it in both years.'
		);
		expect(await theil.locator('g.legend-item').allTextContents()).toEqual([
			'Within regions',
			'Between regions'
		]);
		expect(await theil.getByRole('button', { name: /^Download CSV/ }).count()).toBe(1);
		expect(errors).toEqual([]);
	});

	it('show the payment index’s 2011 (two zero values) as undefined for Theil, while Gini has a bar', async () => {
		const { page, errors } = await openReady('analysis?indicator=pku_dfiic_payment&year=2011');
		const key = 'pku_dfiic_payment|2011|region4|equal|2011';
		const theil = figure(page, 'theil-decomposition');
		await theil.and(page.locator(`[data-view="${key}"]`)).waitFor();

		const undefinedYear = theil.locator('g.undefined-year[data-year="2011"]');
		expect(await undefinedYear.count()).toBe(1);
		expect(await undefinedYear.textContent()).toBe('有值 ≤ 0：对数无定义');
		expect(await theil.locator('g.stack[data-year="2011"]').count()).toBe(0);
		expect(await theil.locator('g.stack').count()).toBe(12);
		expect(await theil.locator('.undefined-years').innerText()).toContain('2011 年（有值 ≤ 0：对数无定义）');
		const csv = await csvObjects(page, 'theil-decomposition');
		expect(csv.rows[0]).toMatchObject({
			year: '2011',
			total: '',
			within: '',
			between: '',
			note: 'non_positive_values'
		});

		const gini = figure(page, 'gini-decomposition');
		await gini.and(page.locator(`[data-view="${key}"]`)).waitFor();
		expect(await gini.locator('g.stack[data-year="2011"] rect.part').count()).toBe(3);
		expect(await gini.locator('g.undefined-year').count()).toBe(0);
		expect(await figure(page, 'gini-matrix').locator('g.cell').count()).toBe(16);
		expect(errors).toEqual([]);
	});

	it('flag a year with one province (Party School index, 2020) and say why it has no figure', async () => {
		const { page, errors } = await openReady('analysis?indicator=cps_online_service_index&year=2020&lang=en');
		const key = 'cps_online_service_index|2020|region4|equal|2019';
		const theil = figure(page, 'theil-decomposition');
		await theil.and(page.locator(`[data-view="${key}"]`)).waitFor();
		expect(await theil.locator('g.undefined-year[data-year="2020"]').textContent()).toBe('too few provinces');
		expect(await theil.locator('text.provinces-flag').allTextContents()).toEqual(['n=1']);
		expect(await theil.locator('.source').innerText()).toContain('1–31 of 31 provinces');
		const matrix = figure(page, 'gini-matrix');
		expect(await matrix.locator('.no-figure').innerText()).toBe(
			'No Gini coefficient for 2020: too few provinces.'
		);
		expect((await csvObjects(page, 'gini-matrix')).rows).toEqual([]);
		expect(errors).toEqual([]);
	});
});
