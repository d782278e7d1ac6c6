// The analysis page's Moran trend, Moran scatter and LISA map in headless Chromium, against the built site and
// the real data: what they draw and download, the weights switch, the reproducible permutation p-values, an
// imported indicator, and Moran's I checked against an independent DuckDB SQL computation over data/.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { downloadCsv, useSite, waitForReady, type DownloadedCsv } from './support/site';
import { moranReference } from '../unit/support/moran-reference';

const AGGREGATE = 'pku_dfiic_index_aggregate';
const MORAN_CHARTS = ['moran-trend', 'moran-scatter'] as const;
const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const GBK = 'pku_dfiic_coverage_breadth_2013-2022_wide_gbk.csv';
const IMPORTED = 'imported_pku_dfiic_coverage_breadth_2013_2022';

const site = useSite();
const chart = (id: string) => `figure[data-chart="${id}"]`;

/** The CSV's data rows as objects keyed by its header. */
function records(csv: DownloadedCsv): Record<string, string>[] {
	const [header = [], ...rows] = csv.rows;
	return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

/** Opens /analysis with `query`, waits for the engine and for the Moran figures of `key` (…|from|weights). */
async function openMoran(query: string, key: string): Promise<Page> {
	const { page } = await site.open(`analysis${query}`);
	await waitForReady(page);
	await waitForMoran(page, key);
	return page;
}

async function waitForMoran(page: Page, key: string): Promise<void> {
	for (const id of MORAN_CHARTS)
		await page.locator(`${chart(id)}[data-view="${key}"]`).waitFor({ timeout: 20_000 });
}

const trendRows = async (page: Page) => records(await downloadCsv(page, 'moran-trend'));
const scatterRows = async (page: Page) => records(await downloadCsv(page, 'moran-scatter'));

describe('the analysis page: Moran’s I and LISA', () => {
	it('draws the Moran trend for 13 years, the scatter of 31 provinces and the LISA map’s 31 tiles', async () => {
		const page = await openMoran('', `${AGGREGATE}|2023|region4|equal|2011|queen`);
		const trend = chart('moran-trend');
		expect(await page.locator(`${trend} circle.point`).count()).toBe(13);
		expect(await page.locator(`${trend} line.expected`).count()).toBe(13);
		// Every year is significant under queen contiguity (p_perm ≤ 0.002): every point filled.
		expect(await page.locator(`${trend} circle.point[data-significant="true"]`).count()).toBe(13);
		expect(await page.locator(`${trend} figcaption`).innerText()).toContain(
			'2023 年莫兰指数 I = 0.578，置换检验 p = 0.001'
		);
		const scatter = chart('moran-scatter');
		expect(await page.locator(`${scatter} circle.point`).count()).toBe(31);
		expect(await page.locator(`${scatter} circle.point[data-cluster="high-high"]`).count()).toBe(4);
		expect(await page.locator(`${scatter} circle.point[data-cluster="low-low"]`).count()).toBe(7);
		expect(await page.locator(`${scatter} text.point-label`).count()).toBe(12);
		expect(await page.locator(`${scatter} line.fit`).count()).toBe(1);
		await expect.poll(() => page.locator(`${chart('lisa-map')} [data-adcode]`).count()).toBe(31);
	});

	it('downloads the trend and the scatter with exactly the issue’s columns and the figures drawn', async () => {
		const page = await openMoran('', `${AGGREGATE}|2023|region4|equal|2011|queen`);
		const trend = await downloadCsv(page, 'moran-trend');
		expect(trend.rows[0]).toEqual([
			'indicator',
			'year',
			'weights',
			'provinces',
			'moran_i',
			'expected_i',
			'z_norm',
			'p_norm',
			'p_perm',
			'permutations'
		]);
		const byYear = new Map(records(trend).map((r) => [r.year, r]));
		expect(byYear.size).toBe(13);
		expect(byYear.get('2023')).toMatchObject({
			indicator: AGGREGATE,
			weights: 'queen',
			provinces: '31',
			p_perm: '0.001',
			permutations: '999'
		});
		expect(Number(byYear.get('2023')!.moran_i)).toBeCloseTo(0.5775597335103062, 12);
		expect(Number(byYear.get('2023')!.expected_i)).toBeCloseTo(-1 / 30, 12);

		const scatter = await downloadCsv(page, 'moran-scatter');
		expect(scatter.rows[0]).toEqual([
			'indicator',
			'year',
			'weights',
			'adcode',
			'province',
			'region',
			'value',
			'z',
			'lag_z',
			'local_i',
			'p_perm',
			'cluster'
		]);
		const provinces = records(scatter);
		expect(provinces).toHaveLength(31);
		const shanghai = provinces.find((r) => r.adcode === '310000')!;
		expect(shanghai).toMatchObject({ year: '2023', weights: 'queen', region: 'east', cluster: 'high-high' });
		expect(Number(shanghai.local_i)).toBeCloseTo(Number(shanghai.z) * Number(shanghai.lag_z), 12);
		// Σ z·lag / n over the 31 provinces (no islands under queen) is I.
		const i = provinces.reduce((s, r) => s + Number(r.z) * Number(r.lag_z), 0) / 31;
		expect(i).toBeCloseTo(0.5775597335103062, 12);
	});

	it('weights=knn4 changes I (0.578 → 0.387 in 2023), and so does the radio', async () => {
		const page = await openMoran('?weights=knn4', `${AGGREGATE}|2023|region4|equal|2011|knn4`);
		const knn4 = new Map((await trendRows(page)).map((r) => [r.year, Number(r.moran_i)]));
		expect(knn4.get('2023')).toBeCloseTo(0.38668638750912104, 12);
		await page.getByRole('radio', { name: '省界相邻' }).check();
		await page.waitForURL((url) => !url.search.includes('weights='));
		await waitForMoran(page, `${AGGREGATE}|2023|region4|equal|2011|queen`);
		const queen = new Map((await trendRows(page)).map((r) => [r.year, Number(r.moran_i)]));
		expect(queen.get('2023')).toBeCloseTo(0.5775597335103062, 12);
		for (const year of knn4.keys()) expect(queen.get(year)).not.toBeCloseTo(knn4.get(year)!, 3);
	});

	it('gives the same permutation p-values when the same link is opened twice', async () => {
		const query = '?year=2016&weights=knn4';
		const key = `${AGGREGATE}|2016|region4|equal|2011|knn4`;
		const read = async () => {
			const page = await openMoran(query, key);
			return {
				trend: (await trendRows(page)).map((r) => r.p_perm),
				scatter: (await scatterRows(page)).map((r) => `${r.adcode}:${r.p_perm}:${r.cluster}`)
			};
		};
		const first = await read();
		const second = await read();
		expect(second).toEqual(first);
		expect(first.trend).toHaveLength(13);
		expect(new Set(first.trend).size).toBeGreaterThan(1);
		expect(first.scatter).toHaveLength(31);
	});

	it('Moran’s I of 2011 and 2023 equals an independent SQL computation over data/ to 1e-9, under both weights', async () => {
		for (const weights of ['queen', 'knn4'] as const) {
			const page = await openMoran(`?weights=${weights}`, `${AGGREGATE}|2023|region4|equal|2011|${weights}`);
			const drawn = new Map((await trendRows(page)).map((r) => [Number(r.year), r]));
			for (const year of [2011, 2023]) {
				const reference = await moranReference(AGGREGATE, year, weights);
				const row = drawn.get(year)!;
				expect(Number(row.provinces)).toBe(reference.provinces);
				expect(Math.abs(Number(row.moran_i) - reference.i)).toBeLessThan(1e-9);
				expect(Math.abs(Number(row.expected_i) - reference.expected)).toBeLessThan(1e-9);
				expect(Math.abs(Number(row.z_norm) - reference.z)).toBeLessThan(1e-9);
			}
		}
	});

	it('draws the three charts for an imported indicator (coverage breadth, 2013–2022)', async () => {
		const { page } = await site.open('import');
		await waitForReady(page);
		await page.locator('input[type="file"]').setInputFiles(FIXTURES + GBK);
		await page.locator('[data-counts="cells"]').waitFor({ timeout: 60_000 });
		await page.locator('.checking').waitFor({ state: 'detached', timeout: 60_000 });
		await page.getByRole('button', { name: '导入', exact: true }).click();
		await page.waitForURL(new RegExp(`/\\?.*indicator=${IMPORTED}(&|$)`));
		await page.goto(`${site.url}analysis?indicator=${IMPORTED}&year=2022`);
		await waitForReady(page);
		await waitForMoran(page, `${IMPORTED}|2022|region4|equal|2013|queen`);
		expect(await page.locator(`${chart('moran-trend')} circle.point`).count()).toBe(10);
		expect(await page.locator(`${chart('moran-scatter')} circle.point`).count()).toBe(31);
		await expect.poll(() => page.locator(`${chart('lisa-map')} [data-adcode]`).count()).toBe(31);
		const rows = await trendRows(page);
		expect(rows.map((r) => r.year)).toEqual([
			'2013',
			'2014',
			'2015',
			'2016',
			'2017',
			'2018',
			'2019',
			'2020',
			'2021',
			'2022'
		]);
		expect(rows.every((r) => r.indicator === IMPORTED && Number(r.provinces) === 31)).toBe(true);
	});
});
