// The dashboard in headless Chromium, against the built site: it loads, draws every chart from the
// real data, and its controls change the charts and the URL. Figures were checked by hand against
// data/observations/pku_dfiic.csv.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DB_CHARTS, downloadCsv, useSite, waitForReady, waitForView, type OpenedPage } from './support/site';

const AGGREGATE = 'pku_dfiic_index_aggregate';
const YEARS_2011_2023 = Array.from({ length: 13 }, (_, i) => String(2011 + i));

const site = useSite();
const readyTimes: number[] = [];

afterAll(() => {
	if (!readyTimes.length) return;
	const sorted = [...readyTimes].sort((a, b) => a - b);
	const median = sorted[Math.floor((sorted.length - 1) / 2)];
	console.log(`[browser] time to data-db=ready: ${readyTimes.join(', ')} ms (median ${median} ms)`);
});

/** A fresh context and page at `query`, waited on until data-db=ready; the time it took is recorded. */
async function openReady(query = ''): Promise<OpenedPage> {
	const started = performance.now();
	const o = await site.openReady(query);
	readyTimes.push(Math.round(performance.now() - started));
	return o;
}

const figure = (page: Page, chart: string) => page.locator(`figure[data-chart="${chart}"]`);

/** The table view (<details>) of a chart, opened, as objects keyed by its header cells. */
async function tableView(page: Page, chart: string): Promise<Record<string, string>[]> {
	const details = figure(page, chart).locator('details');
	if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
		await details.locator('summary').click();
	return details.locator('table').evaluate((table) => {
		const head = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
		return [...table.querySelectorAll('tbody tr')].map((tr) =>
			Object.fromEntries([...tr.querySelectorAll('td')].map((td, i) => [head[i], td.textContent ?? '']))
		);
	});
}

const REGION_BY_NAME: Record<string, string> = {
	东部: 'east',
	中部: 'central',
	西部: 'west',
	东北: 'northeast'
};

/** The region-summary table view by region id: its mean (shown to the chart's 2 decimals) and provinces. */
async function regionTable(page: Page): Promise<Record<string, { mean: string; provinces: string }>> {
	return Object.fromEntries(
		(await tableView(page, 'region-summary')).map((r) => [
			REGION_BY_NAME[r['区域'] ?? ''] ?? r['区域'],
			{ mean: r['平均值（指数）'] ?? '', provinces: r['有数据的省份数'] ?? '' }
		])
	);
}

const attrs = (page: Page, selector: string, name: string) =>
	page.locator(selector).evaluateAll((els, n) => els.map((el) => el.getAttribute(n)), name);

describe('the dashboard', () => {
	it('becomes ready without errors and never requests anything outside its own origin, also after interactions', async () => {
		const { page, externalRequests, errors, failedRequests, requests } = await openReady();
		console.log(`[browser] first load ready in ${readyTimes.at(-1)} ms (${requests.length} requests)`);

		expect(await page.evaluate(() => document.documentElement.dataset.db)).toBe('ready');
		// The engine and the data come from the site itself.
		expect(requests.some((url) => url.endsWith('.wasm'))).toBe(true);
		expect(requests.some((url) => url.endsWith('/data/observations.arrow'))).toBe(true);
		expect(externalRequests()).toEqual([]);

		// Interact: another year, a highlighted province, a download, the table view, the other language.
		await page.getByRole('button', { name: '上一年' }).click();
		await waitForView(page, `${AGGREGATE}|2022|region4`);
		await page.locator('select[name=highlight]').selectOption('440000');
		await page.locator('g.marked-province[data-adcode="440000"]').waitFor();
		const csv = await downloadCsv(page, 'province-ranking');
		expect(csv.rows).toHaveLength(32);
		await figure(page, 'gap-trend').locator('details summary').click();
		await page.getByRole('button', { name: '切换到英文' }).click();
		await page.locator('html[lang="en"]').waitFor();
		await waitForReady(page);

		expect(externalRequests()).toEqual([]);
		expect(failedRequests).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('draws every chart for the default view (aggregate index, 2023, four regions) from the real data', async () => {
		const { page, errors } = await openReady();
		const view = `${AGGREGATE}|2023|region4`;
		await waitForView(page, view);
		expect(await figure(page, 'level-distribution').getAttribute('data-view')).toBe('cps_levels');

		// Region summary: four regions in scheme order, each a mean dot and a min–max line.
		expect(await attrs(page, 'figure[data-chart="region-summary"] g.region', 'data-region')).toEqual([
			'east',
			'central',
			'west',
			'northeast'
		]);
		expect(await page.locator('figure[data-chart="region-summary"] g.region circle.mean').count()).toBe(4);
		expect(await page.locator('figure[data-chart="region-summary"] g.region line.range').count()).toBe(4);
		expect(await page.locator('figure[data-chart="region-summary"] .no-data').count()).toBe(0);
		const means = await regionTable(page);
		expect(Number(means.east?.mean)).toBeCloseTo(428.1384, 2);
		expect(Number(means.central?.mean)).toBeCloseTo(394.8237, 2);
		expect(Number(means.west?.mean)).toBeCloseTo(371.0449, 2);
		expect(Number(means.northeast?.mean)).toBeCloseTo(367.2738, 2);

		// Gap trend: four series of 13 yearly points with a line each, and 13 East−West gap bars.
		const series = page.locator('figure[data-chart="gap-trend"] g.series');
		expect(await attrs(page, 'figure[data-chart="gap-trend"] g.series', 'data-region')).toEqual([
			'east',
			'central',
			'west',
			'northeast'
		]);
		for (let i = 0; i < 4; i++) {
			expect(
				await series
					.nth(i)
					.locator('circle.point')
					.evaluateAll((c) => c.map((e) => e.getAttribute('data-year')))
			).toEqual(YEARS_2011_2023);
			expect(await series.nth(i).locator('path.line').count()).toBe(1);
		}
		expect(await attrs(page, 'figure[data-chart="gap-trend"] g.gap', 'data-year')).toEqual(YEARS_2011_2023);
		expect(await page.locator('figure[data-chart="gap-trend"] g.gap rect.gap-bar').count()).toBe(13);
		// The ratio is a series of its own, on its own axis, labelled at the first and the view's year
		// (East ÷ West means: 60.742 / 27.8508 in 2011, 428.1384 / 371.0449 in 2023).
		expect(await attrs(page, 'figure[data-chart="gap-trend"] g.ratio', 'data-year')).toEqual(YEARS_2011_2023);
		expect(await page.locator('figure[data-chart="gap-trend"] path.ratio-line').count()).toBe(1);
		expect(
			await page
				.locator('figure[data-chart="gap-trend"] [data-measure="ratio"] g.ratio text')
				.allTextContents()
		).toEqual(['2.18 倍', '1.15 倍']);
		expect(
			await page
				.locator('figure[data-chart="gap-trend"] [data-measure="difference"] g.gap text')
				.allTextContents()
		).toEqual(['32.9', '57.1']);
		// The current year's points stand out.
		expect(await attrs(page, 'figure[data-chart="gap-trend"] circle.point[data-year="2023"]', 'r')).toEqual([
			'4.5',
			'4.5',
			'4.5',
			'4.5'
		]);

		// Province ranking: 31 provinces, all with a bar, none selected or dimmed.
		const provinces = page.locator('figure[data-chart="province-ranking"] g.province');
		expect(await provinces.count()).toBe(31);
		expect(await page.locator('figure[data-chart="province-ranking"] rect.bar').count()).toBe(31);
		expect(await page.locator('figure[data-chart="province-ranking"] rect.no-data').count()).toBe(0);
		expect(
			new Set(await attrs(page, 'figure[data-chart="province-ranking"] g.province', 'data-selected'))
		).toEqual(new Set(['false']));
		expect(new Set(await attrs(page, 'figure[data-chart="province-ranking"] g.province', 'opacity'))).toEqual(
			new Set(['1'])
		);

		// Level distribution: the published counts, one stacked bar per data year.
		const levels = await page
			.locator('figure[data-chart="level-distribution"] g.year')
			.evaluateAll((years) =>
				years.map((g) => [
					g.getAttribute('data-year'),
					[...g.querySelectorAll('rect.level')].map((r) => r.getAttribute('data-level'))
				])
			);
		expect(levels).toEqual([
			['2016', ['非常高']],
			['2019', ['非常高', '高', '中']],
			['2020', ['非常高']],
			['2021', ['非常高', '高', '中']]
		]);
		// Segment heights are proportional to the counts: 2021 has 16 very high and 4 medium.
		const height = (year: number, level: string) =>
			page
				.locator(
					`figure[data-chart="level-distribution"] g.year[data-year="${year}"] rect.level[data-level="${level}"]`
				)
				.evaluate((r) => Number(r.getAttribute('height')));
		expect((await height(2021, '非常高')) / (await height(2021, '中'))).toBeCloseTo(4, 6);
		expect((await height(2019, '高')) / (await height(2016, '非常高'))).toBeCloseTo(5, 6);

		// Every chart has a caption, a described image, and says where its numbers come from.
		for (const chart of [...DB_CHARTS, 'level-distribution']) {
			expect((await figure(page, chart).locator('figcaption').innerText()).trim()).not.toBe('');
			expect(
				(await figure(page, chart).locator('svg[role="img"]').getAttribute('aria-label'))?.trim()
			).toBeTruthy();
			expect(await figure(page, chart).locator('.source').innerText()).toContain('来源');
		}
		expect(await figure(page, 'region-summary').locator('figcaption').innerText()).toContain('2023');
		expect(await figure(page, 'region-summary').locator('svg').getAttribute('aria-label')).toContain(
			'东部 428.14'
		);
		for (const chart of DB_CHARTS) {
			expect(await figure(page, chart).locator('.source').innerText()).toContain('31/31 个省份有数据');
		}
		expect(errors).toEqual([]);
	});

	it('redraws the charts and rewrites the URL when the year, indicator or region scheme changes', async () => {
		const { page, errors } = await openReady();
		const regionSummary = figure(page, 'region-summary');
		const yearSlider = page.locator('input[name=year]');
		const previous = page.getByRole('button', { name: '上一年' });
		const next = page.getByRole('button', { name: '下一年' });

		// The latest year: "next" is disabled, the slider at its end.
		await expect.poll(() => next.isDisabled()).toBe(true);
		expect(await yearSlider.inputValue()).toBe('12');

		// Step button: 2023 → 2022.
		await previous.click();
		await waitForView(page, `${AGGREGATE}|2022|region4`);
		await expect.poll(() => page.url()).toContain('year=2022');
		expect(await regionSummary.locator('figcaption').innerText()).toContain('2022');
		expect(await page.locator('output.year-value').innerText()).toBe('2022');
		expect(await next.isEnabled()).toBe(true);
		expect(await attrs(page, 'figure[data-chart="gap-trend"] circle.point[data-year="2022"]', 'r')).toEqual([
			'4.5',
			'4.5',
			'4.5',
			'4.5'
		]);

		// Slider: position 7 is 2018; then the keyboard moves it on to 2019 and keeps the focus there.
		await yearSlider.fill('7');
		await waitForView(page, `${AGGREGATE}|2018|region4`);
		await expect.poll(() => page.url()).toContain('year=2018');
		await yearSlider.press('ArrowRight');
		await waitForView(page, `${AGGREGATE}|2019|region4`);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('year');
		await expect.poll(() => page.url()).toContain('year=2019');
		let means = await regionTable(page);
		expect(Number(means.east?.mean)).toBeCloseTo(358.5101, 2);
		expect(means.east?.provinces).toBe('10');
		expect(Number(means.central?.mean)).toBeCloseTo(322.5866, 2);
		expect(Number(means.west?.mean)).toBeCloseTo(301.5398, 2);
		expect(Number(means.northeast?.mean)).toBeCloseTo(298.8849, 2);
		expect(
			await figure(page, 'province-ranking').locator('g.province').first().getAttribute('data-adcode')
		).toBe('310000');

		// Scheme radio: three belts, the northeast is gone and its provinces join east and central.
		await page.locator('input[name=scheme][value=region3]').check();
		await waitForView(page, `${AGGREGATE}|2019|region3`);
		await expect.poll(() => page.url()).toContain('scheme=region3');
		expect(await attrs(page, 'figure[data-chart="region-summary"] g.region', 'data-region')).toEqual([
			'east',
			'central',
			'west'
		]);
		expect(await page.locator('[data-region="northeast"]').count()).toBe(0);
		expect(await page.locator('figure[data-chart="gap-trend"] g.series').count()).toBe(3);
		means = await regionTable(page);
		expect(Number(means.east?.mean)).toBeCloseTo(354.1921, 2);
		expect(means.east?.provinces).toBe('11');
		expect(Number(means.central?.mean)).toBeCloseTo(315.1453, 2);
		expect(means.central?.provinces).toBe('8');
		expect(Number(means.west?.mean)).toBeCloseTo(301.5398, 2);

		// Indicator select: investment has data for 2014–2023, so 2019 stays and each series has 10 points.
		await page.locator('select[name=indicator]').selectOption('pku_dfiic_investment');
		await waitForView(page, 'pku_dfiic_investment|2019|region3');
		await expect.poll(() => page.url()).toContain('indicator=pku_dfiic_investment');
		await expect.poll(() => page.url()).toContain('scheme=region3');
		const series = page.locator('figure[data-chart="gap-trend"] g.series');
		expect(await series.count()).toBe(3);
		for (let i = 0; i < 3; i++) expect(await series.nth(i).locator('circle.point').count()).toBe(10);
		expect(await page.locator('figure[data-chart="gap-trend"] rect.gap-bar').count()).toBe(10);
		expect(await yearSlider.getAttribute('max')).toBe('9');
		expect(await yearSlider.inputValue()).toBe('5');
		expect(await page.locator('[role=status]', { hasText: '2019' }).count()).toBe(0);

		// An indicator without the current year moves to its latest year: monetary funds end in 2018.
		await page.locator('select[name=indicator]').selectOption('pku_dfiic_monetary_fund');
		await waitForView(page, 'pku_dfiic_monetary_fund|2018|region3');
		await expect.poll(() => page.url()).toContain('year=2018');
		// … and says so.
		const moved = page.locator('[role=status]', { hasText: '2018' });
		expect(await moved.innerText()).toContain('2019');
		expect(await moved.isVisible()).toBe(true);
		expect(await series.nth(0).locator('circle.point').count()).toBe(6);
		expect(await next.isDisabled()).toBe(true);
		expect(await page.locator('[role=status] li[data-notice]').count()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('highlights a region and a province in every chart and in the URL, and clears them from the chips', async () => {
		const { page, errors } = await openReady('?year=2019');
		const ranking = 'figure[data-chart="province-ranking"]';

		await page.locator('select[name=highlight]').selectOption('west');
		await expect.poll(() => page.url()).toContain('select=west');
		await page.locator(`${ranking} g.province[data-selected="true"]`).first().waitFor();
		expect(await page.locator(`${ranking} g.province[data-selected="true"]`).count()).toBe(12);
		expect(await page.locator(`${ranking} g.province[data-selected="false"][opacity="0.3"]`).count()).toBe(
			19
		);
		expect(await attrs(page, 'figure[data-chart="region-summary"] g.region', 'opacity')).toEqual([
			'0.3',
			'0.3',
			'1',
			'0.3'
		]);

		// Guangdong (east) joins the selection: marked on the East line, and no longer dimmed.
		await page.locator('select[name=highlight]').selectOption('440000');
		await expect.poll(() => page.url()).toContain('select=west,440000');
		await page
			.locator('figure[data-chart="region-summary"] g.marked-province[data-adcode="440000"]')
			.waitFor();
		expect(
			await page.locator(`${ranking} g.province[data-adcode="440000"]`).getAttribute('data-selected')
		).toBe('true');
		expect(await page.locator(`${ranking} g.province[data-selected="true"]`).count()).toBe(13);
		// The highlight select is reset, ready for another choice.
		expect(await page.locator('select[name=highlight]').inputValue()).toBe('');

		await page.getByRole('button', { name: '西部 ×' }).click();
		await expect.poll(() => page.url()).not.toContain('west');
		await expect.poll(() => page.url()).toContain('select=440000');
		await page.getByRole('button', { name: '清除选择' }).click();
		await expect.poll(() => page.url()).not.toContain('select=');
		await page.locator(`${ranking} g.province[data-selected="true"]`).waitFor({ state: 'detached' });
		expect(await page.locator('g.marked-province').count()).toBe(0);
		expect(errors).toEqual([]);
	});
});
