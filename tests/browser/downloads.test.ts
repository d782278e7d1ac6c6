// "Download CSV" gives the rows each chart draws, from the real data, and the chart's table view
// shows the same rows. Expected values come from data/ (read here with d3) and from hand checks.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { downloadCsv, type DownloadedCsv, useSite } from './support/site';

const readData = (path: string) =>
	csvParse(readFileSync(new URL(`../../data/${path}`, import.meta.url), 'utf8'));
const PKU = readData('observations/pku_dfiic.csv');
const PROVINCES = readData('provinces.csv');

const site = useSite();

/** The CSV's data rows as objects keyed by its header. */
function records(csv: DownloadedCsv): Record<string, string>[] {
	const [header = [], ...rows] = csv.rows;
	return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

/** Open the chart's table view and count its visible body rows. */
async function tableViewRows(page: Page, chart: string): Promise<number> {
	const details = page.locator(`figure[data-chart="${chart}"] details`);
	await details.locator('summary').click();
	await details.locator('tbody tr').first().waitFor({ state: 'visible' });
	return details.locator('tbody tr:visible').count();
}

describe('CSV downloads', () => {
	it('region summary: BOM, the chart columns and the four 2019 regional means', async () => {
		const { page } = await site.openReady('?year=2019');
		await page
			.locator('figure[data-chart="region-summary"][data-view="pku_dfiic_index_aggregate|2019|region4"]')
			.waitFor();
		const csv = await downloadCsv(page, 'region-summary');

		expect(csv.fileName).toBe('region-summary_pku_dfiic_index_aggregate_2019_region4.csv');
		expect(csv.text.startsWith('\uFEFF')).toBe(true);
		expect(csv.rows[0]).toEqual([
			'indicator',
			'year',
			'scheme',
			'region',
			'region_name',
			'provinces',
			'mean',
			'min',
			'max'
		]);
		const rows = records(csv);
		expect(rows.map((r) => [r.indicator, r.year, r.scheme, r.region, r.region_name, r.provinces])).toEqual([
			['pku_dfiic_index_aggregate', '2019', 'region4', 'east', '东部', '10'],
			['pku_dfiic_index_aggregate', '2019', 'region4', 'central', '中部', '6'],
			['pku_dfiic_index_aggregate', '2019', 'region4', 'west', '西部', '12'],
			['pku_dfiic_index_aggregate', '2019', 'region4', 'northeast', '东北', '3']
		]);
		expect(rows.map((r) => Number(r.mean))).toEqual(
			[358.5101, 322.5866, 301.5398, 298.8849].map((mean) => expect.closeTo(mean, 4))
		);

		// Min and max are the extremes of the region's provinces in the data file.
		const regionOf = new Map(PROVINCES.map((p) => [p.adcode, p.region4]));
		const values2019 = PKU.filter((d) => d.indicator === 'pku_dfiic_index_aggregate' && d.year === '2019');
		for (const r of rows) {
			const own = values2019.filter((d) => regionOf.get(d.adcode) === r.region).map((d) => Number(d.value));
			expect(Number(r.min)).toBeCloseTo(Math.min(...own), 9);
			expect(Number(r.max)).toBeCloseTo(Math.max(...own), 9);
		}

		expect(await tableViewRows(page, 'region-summary')).toBe(rows.length);
	});

	it('gap trend: each region per year plus the East−West difference and ratio, 2011–2023', async () => {
		const { page } = await site.openReady();
		const csv = await downloadCsv(page, 'gap-trend');

		expect(csv.fileName).toBe('gap-trend_pku_dfiic_index_aggregate_2011-2023_region4.csv');
		expect(csv.text.startsWith('\uFEFF')).toBe(true);
		expect(csv.rows[0]).toEqual([
			'indicator',
			'year',
			'scheme',
			'region',
			'region_name',
			'provinces',
			'mean'
		]);
		const rows = records(csv);
		expect(rows).toHaveLength(13 * 4 + 13 * 2);
		for (let year = 2011; year <= 2023; year++) {
			expect(rows.filter((r) => r.year === String(year)).map((r) => r.region)).toEqual([
				'east',
				'central',
				'west',
				'northeast',
				'east_minus_west',
				'east_over_west'
			]);
		}
		const gap = (year: number, region: string) =>
			Number(rows.find((r) => r.year === String(year) && r.region === region)?.mean);
		expect(gap(2011, 'east_minus_west')).toBeCloseTo(32.8912, 4);
		expect(gap(2011, 'east_over_west')).toBeCloseTo(2.181, 3);
		expect(gap(2023, 'east_minus_west')).toBeCloseTo(57.0936, 4);
		expect(gap(2023, 'east_over_west')).toBeCloseTo(1.1539, 4);
		expect(gap(2023, 'east')).toBeCloseTo(428.1384, 4);
		// Gap rows are not regions: they have no province count.
		expect(rows.filter((r) => (r.region ?? '').startsWith('east_')).every((r) => r.provinces === '')).toBe(
			true
		);
		expect(rows.find((r) => r.region === 'east_minus_west')?.region_name).toBe('东部－西部');

		expect(await tableViewRows(page, 'gap-trend')).toBe(rows.length);
	});

	it('province ranking 2019: all 31 provinces with exactly the values of the data file', async () => {
		const { page } = await site.openReady('?year=2019');
		await page
			.locator('figure[data-chart="province-ranking"][data-view="pku_dfiic_index_aggregate|2019|region4"]')
			.waitFor();
		const csv = await downloadCsv(page, 'province-ranking');

		expect(csv.fileName).toBe('province-ranking_pku_dfiic_index_aggregate_2019_region4.csv');
		expect(csv.rows[0]).toEqual([
			'indicator',
			'year',
			'scheme',
			'rank',
			'adcode',
			'province',
			'region',
			'value'
		]);
		const rows = records(csv);
		expect(rows).toHaveLength(31);
		expect(rows.slice(0, 3).map((r) => [r.rank, r.province, r.value])).toEqual([
			['1', '上海', '410.281425'],
			['2', '北京', '399.002577'],
			['3', '浙江', '387.487767']
		]);
		expect(rows.at(-1)).toMatchObject({ rank: '31', province: '青海', value: '282.646' });

		const expected = new Map(
			PKU.filter((d) => d.indicator === 'pku_dfiic_index_aggregate' && d.year === '2019').map((d) => [
				d.adcode,
				Number(d.value)
			])
		);
		expect(expected.size).toBe(31);
		expect(new Set(rows.map((r) => r.adcode))).toEqual(new Set(expected.keys()));
		for (const r of rows) expect(Number(r.value), `value of ${r.province}`).toBe(expected.get(r.adcode));
		// Ranked from highest to lowest.
		const values = rows.map((r) => Number(r.value));
		expect(values).toEqual([...values].sort((a, b) => b - a));

		expect(await tableViewRows(page, 'province-ranking')).toBe(31);
	});

	it('Party School index 2020 (Anhui only): the ranking keeps all 31 provinces, 30 of them without a value', async () => {
		const { page } = await site.openReady('?indicator=cps_online_service_index&year=2020');
		const view = 'cps_online_service_index|2020|region4';
		await page.locator(`figure[data-chart="province-ranking"][data-view="${view}"]`).waitFor();
		await page.locator(`figure[data-chart="region-summary"][data-view="${view}"]`).waitFor();

		// The marks: one bar, 30 hatched "no data" rows; in the summary only the centre has data.
		const ranking = page.locator('figure[data-chart="province-ranking"]');
		expect(await ranking.locator('rect.bar').count()).toBe(1);
		expect(await ranking.locator('rect.no-data').count()).toBe(30);
		expect(await ranking.locator('g.province').first().getAttribute('data-adcode')).toBe('340000');
		const summary = page.locator('figure[data-chart="region-summary"]');
		expect(await summary.locator('g.region[data-region="central"] circle.mean').count()).toBe(1);
		expect(await summary.locator('g.region[data-region="central"]').textContent()).toContain('1 个省份');
		for (const region of ['east', 'west', 'northeast']) {
			expect(await summary.locator(`g.region[data-region="${region}"] text.no-data`).count()).toBe(1);
			expect(await summary.locator(`g.region[data-region="${region}"] circle.mean`).count()).toBe(0);
		}
		expect(await summary.locator('.source').innerText()).toContain('1/31 个省份有数据');

		const rows = records(await downloadCsv(page, 'province-ranking'));
		expect(rows).toHaveLength(31);
		expect(rows.filter((r) => r.value === '')).toHaveLength(30);
		expect(rows.filter((r) => r.value === '').every((r) => r.rank === '')).toBe(true);
		expect(rows[0]).toMatchObject({ adcode: '340000', province: '安徽', rank: '1', value: '91.02' });
		expect(await tableViewRows(page, 'province-ranking')).toBe(31);

		const regions = records(await downloadCsv(page, 'region-summary'));
		expect(regions.map((r) => [r.region, r.provinces, r.mean])).toEqual([
			['east', '0', ''],
			['central', '1', '91.02'],
			['west', '0', ''],
			['northeast', '0', '']
		]);
	});

	it('level distribution: the eight published level counts', async () => {
		const { page } = await site.openReady();
		const csv = await downloadCsv(page, 'level-distribution');

		expect(csv.fileName).toBe('level-distribution_cps_online_service_index_2016-2021.csv');
		expect(csv.text.startsWith('\uFEFF')).toBe(true);
		expect(csv.rows[0]).toEqual([
			'data_year',
			'report_year',
			'level',
			'province_count',
			'low_confidence',
			'source'
		]);
		const rows = records(csv);
		expect(rows.map((r) => [r.data_year, r.level, r.province_count, r.low_confidence])).toEqual([
			['2016', '非常高', '3', 'no'],
			['2019', '非常高', '8', 'no'],
			['2019', '高', '15', 'no'],
			['2019', '中', '9', 'no'],
			['2020', '非常高', '8', 'yes'],
			['2021', '非常高', '16', 'no'],
			['2021', '高', '12', 'no'],
			['2021', '中', '4', 'no']
		]);
		expect(rows.every((r) => /^https?:\/\//.test(r.source ?? ''))).toBe(true);

		expect(await tableViewRows(page, 'level-distribution')).toBe(8);
	});
});
