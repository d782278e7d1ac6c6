// The analysis page's dispersion-trend, β-convergence and density charts in headless Chromium, against the
// built site and the real data: what they draw, what their CSV holds, and how the start year changes them.
// Figures as in tests/unit/analysis-spread.test.ts (checked independently in Python).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Server } from '../../scripts/serve.js';
import {
	downloadCsv,
	launchBrowser,
	openPage,
	startSite,
	waitForReady,
	type DownloadedCsv,
	type OpenedPage
} from './support/site';

const AGGREGATE = 'pku_dfiic_index_aggregate';
const CHARTS = ['dispersion-trend', 'beta-convergence', 'density'] as const;

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

async function openReady(query: string): Promise<OpenedPage> {
	const o = await openPage(browser, site.url, query);
	opened.push(o);
	await waitForReady(o.page);
	return o;
}

const chart = (id: string) => `figure[data-chart="${id}"]`;
const count = (page: Page, selector: string) => page.locator(selector).count();

/** Wait until the three charts draw `indicator|year|scheme|weighting|from`. */
async function waitForKey(page: Page, key: string): Promise<void> {
	for (const id of CHARTS)
		await page.locator(`${chart(id)}[data-view="${key}"]`).waitFor({ timeout: 20_000 });
}

/** The CSV's data rows as objects keyed by its header. */
function records(csv: DownloadedCsv): Record<string, string>[] {
	const [header = [], ...rows] = csv.rows;
	return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

describe('the analysis page: dispersion, β-convergence and density', () => {
	it('becomes ready and draws the CV of the aggregate index for 13 years, with the 2011 figures in the CSV', async () => {
		const { page, errors } = await openReady('analysis');
		await waitForKey(page, `${AGGREGATE}|2023|region4|equal|2011`);
		const cv = `${chart('dispersion-trend')} g.panel[data-measure="cv"]`;
		expect(await count(page, `${cv} circle.point`)).toBe(13);
		expect(await count(page, `${cv} path.line`)).toBe(1);
		for (const m of ['sd_log', 'max_min_ratio', 'east_west_ratio'])
			expect(
				await count(page, `${chart('dispersion-trend')} g.panel[data-measure="${m}"] circle.point`)
			).toBe(13);
		expect(await count(page, `${chart('dispersion-trend')} g.gap`)).toBe(0);
		expect(await count(page, `${chart('dispersion-trend')} line.current-year`)).toBe(1);
		expect(await page.locator(`${cv} circle.point[data-year="2023"]`).getAttribute('r')).toBe('4.5');

		const csv = await downloadCsv(page, 'dispersion-trend');
		expect(csv.fileName).toBe(`dispersion-trend_${AGGREGATE}_2011-2023_region4.csv`);
		expect(csv.rows[0]).toEqual([
			'indicator',
			'year',
			'provinces',
			'mean',
			'sd',
			'cv',
			'sd_log',
			'max_min_ratio',
			'east_west_ratio',
			'note'
		]);
		const rows = records(csv);
		expect(rows).toHaveLength(13);
		const first = rows[0] as Record<string, string>;
		expect(first.year).toBe('2011');
		expect(first.provinces).toBe('31');
		expect(Number(first.cv)).toBeCloseTo(0.465174, 6);
		expect(Number(first.sd_log)).toBeCloseTo(0.449683, 6);
		expect(Number(first.max_min_ratio)).toBeCloseTo(4.943896, 6);
		expect(Number(first.east_west_ratio)).toBeCloseTo(2.180976, 6);
		expect(Number(rows[12]?.cv)).toBeCloseTo(0.083356, 6);

		for (const id of CHARTS) {
			expect((await page.locator(`${chart(id)} figcaption`).innerText()).trim()).not.toBe('');
			expect(
				(await page.locator(`${chart(id)} svg[role="img"]`).getAttribute('aria-label'))?.trim()
			).toBeTruthy();
			expect(await page.locator(`${chart(id)} .source`).innerText()).toContain('31/31 个省份有数据');
		}
		expect(errors).toEqual([]);
	});

	it('draws β-convergence 2011 → 2023 as 31 points and a fit line with β in its annotation, and follows the start year', async () => {
		const { page, errors } = await openReady('analysis');
		await waitForKey(page, `${AGGREGATE}|2023|region4|equal|2011`);
		const beta = chart('beta-convergence');
		expect(await count(page, `${beta} circle.point`)).toBe(31);
		expect(await count(page, `${beta} line.fit`)).toBe(1);
		expect(await page.locator(`${beta} .fit-stats`).textContent()).toBe(
			'β = −0.0696，λ = 15.0%/年，R² = 0.99，n = 31'
		);
		let csv = records(await downloadCsv(page, 'beta-convergence'));
		expect(csv).toHaveLength(31);
		expect(new Set(csv.map((r) => r.from))).toEqual(new Set(['2011']));
		expect(Number(csv[0]?.beta)).toBeCloseTo(-0.069633, 6);
		const xs2011 = await page
			.locator(`${beta} circle.point`)
			.evaluateAll((c) => c.map((e) => e.getAttribute('cx')));

		await page.locator('select[name=from]').selectOption('2015');
		await expect.poll(() => page.url()).toContain('from=2015');
		await waitForKey(page, `${AGGREGATE}|2023|region4|equal|2015`);
		expect(await page.locator(`${beta} figcaption`).innerText()).toContain('2015');
		expect(await count(page, `${beta} circle.point`)).toBe(31);
		const xs2015 = await page
			.locator(`${beta} circle.point`)
			.evaluateAll((c) => c.map((e) => e.getAttribute('cx')));
		expect(xs2015).not.toEqual(xs2011);
		expect(await page.locator(`${beta} .fit-stats`).textContent()).not.toContain('−0.0696');
		csv = records(await downloadCsv(page, 'beta-convergence'));
		expect(csv).toHaveLength(31);
		expect(new Set(csv.map((r) => r.from))).toEqual(new Set(['2015']));
		expect(Number(csv[0]?.beta)).not.toBeCloseTo(-0.069633, 4);

		// A start year that is not before the end year: a message instead of the chart.
		await page.locator('select[name=from]').selectOption('2023');
		await waitForKey(page, `${AGGREGATE}|2023|region4|equal|2023`);
		expect(await count(page, `${beta} svg`)).toBe(0);
		expect(await page.locator(`${beta} .message`).innerText()).toContain('请选择早于结束年份');
		expect(records(await downloadCsv(page, 'beta-convergence'))).toHaveLength(1);
		expect(errors).toEqual([]);
	});

	it('draws the density of 2011 and 2023 as two curves with 31 + 31 provinces, and one curve when the years are the same', async () => {
		const { page, errors } = await openReady('analysis?select=440000');
		await waitForKey(page, `${AGGREGATE}|2023|region4|equal|2011`);
		const density = chart('density');
		expect(await count(page, `${density} path.curve`)).toBe(2);
		expect(await count(page, `${density} circle.rug-point[data-year="2011"]`)).toBe(31);
		expect(await count(page, `${density} circle.rug-point[data-year="2023"]`)).toBe(31);
		expect(await page.locator(`${density} .legend-item[data-year="2011"]`).textContent()).toContain(
			'h = 5.33'
		);
		expect(await page.locator(`${density} .legend-item[data-year="2023"]`).textContent()).toContain(
			'h = 13.58'
		);
		// Guangdong is highlighted in both years, and labelled in the β scatter.
		expect(await count(page, `${density} circle.rug-point[data-adcode="440000"][data-selected="true"]`)).toBe(
			2
		);
		expect(
			await page.locator(`${chart('beta-convergence')} text.point-label[data-adcode="440000"]`).textContent()
		).toBe('广东');
		const csv = records(await downloadCsv(page, 'density'));
		expect(csv.filter((r) => r.kind === 'curve')).toHaveLength(200);
		expect(csv.filter((r) => r.kind === 'province')).toHaveLength(62);

		await page.locator('select[name=from]').selectOption('2023');
		await waitForKey(page, `${AGGREGATE}|2023|region4|equal|2023`);
		expect(await count(page, `${density} path.curve`)).toBe(1);
		expect(await count(page, `${density} circle.rug-point`)).toBe(31);
		expect(errors).toEqual([]);
	});

	it('says why β is not defined for the payment index 2011 → 2015 and leaves a marked gap for its 2011 sd of logs', async () => {
		const { page, errors } = await openReady('analysis?indicator=pku_dfiic_payment&year=2015&from=2011');
		await waitForKey(page, 'pku_dfiic_payment|2015|region4|equal|2011');
		const beta = chart('beta-convergence');
		expect(await count(page, `${beta} svg`)).toBe(0);
		const message = page.locator(`${beta} .message`);
		expect(await message.getAttribute('data-reason')).toBe('non_positive_values');
		expect(await message.innerText()).toContain('数值为 0 或负数');

		const dispersion = chart('dispersion-trend');
		const sdLog = `${dispersion} g.panel[data-measure="sd_log"]`;
		expect(
			await page.locator(`${sdLog} g.gap`).evaluateAll((g) => g.map((e) => e.getAttribute('data-year')))
		).toEqual(['2011']);
		expect(await page.locator(`${sdLog} g.gap title`).textContent()).toContain('数值为 0 或负数');
		expect(await page.locator(`${sdLog} .gap-note`).textContent()).toContain('2011');
		expect(await count(page, `${sdLog} circle.point[data-year="2011"]`)).toBe(0);
		expect(await count(page, `${sdLog} circle.point`)).toBe(12);
		expect(await count(page, `${dispersion} g.panel[data-measure="cv"] g.gap`)).toBe(0);
		const first = records(await downloadCsv(page, 'dispersion-trend'))[0];
		expect(first).toMatchObject({ year: '2011', sd_log: '', max_min_ratio: '' });
		expect(first?.note).toContain('sd_log, max_min_ratio');
		expect(Number(first?.cv)).toBeCloseTo(0.54962, 5);
		expect(errors).toEqual([]);
	});
});
