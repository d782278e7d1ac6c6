// Reading like a publication (issue 10, parts 5–7) in headless Chromium against the built site: a region is
// drawn in the same colour on the overview and on /compare; a regional mean of one province is a marked point
// with its n, never the end of a line; an imported table is named from its header and its values are written
// in 万/亿 with the unit it gives. Expected figures are read here from data/ and the import fixture.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REGION_COLOURS, SERIES_COLOURS } from '$lib/charts/palette';
import { formatMagnitude } from '$lib/i18n/magnitude';
import { useSite, waitForReady } from './support/site';

const site = useSite();
const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/import/population_2020_messy.csv', import.meta.url));
const COMPARE = 'figure[data-chart="province-compare"]';

/** `stroke` or `fill` of the first element matching `selector`, as the browser computes it (rgb(…)). */
const paint = (page: Page, selector: string, property: 'stroke' | 'fill') =>
	page
		.locator(selector)
		.first()
		.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('one colour per region, everywhere', () => {
	it('draws the East mean on /compare in the East colour of the overview, and Gansu in a colour no region has', async () => {
		const overview = (await site.openReady('?indicator=pku_dfiic_coverage_breadth&year=2018')).page;
		const summaryEast = await paint(
			overview,
			'figure[data-chart="region-summary"] g.region[data-region="east"] circle.mean',
			'fill'
		);
		const gapEast = await paint(
			overview,
			'figure[data-chart="gap-trend"] g.series[data-region="east"] path.line',
			'stroke'
		);
		const summaryWest = await paint(
			overview,
			'figure[data-chart="region-summary"] g.region[data-region="west"] circle.mean',
			'fill'
		);
		expect([summaryEast, gapEast]).toEqual([rgb(REGION_COLOURS.east), rgb(REGION_COLOURS.east)]);

		// Gansu first, then the East and the West: by position the East would take the second series colour.
		const compare = (
			await site.openReady('compare?indicator=pku_dfiic_coverage_breadth&year=2018&select=620000,east,west')
		).page;
		await compare
			.locator(`${COMPARE}[data-view="pku_dfiic_coverage_breadth|2018|region4|620000,east,west"]`)
			.waitFor();
		const lines = `${COMPARE} div.lines svg g.series`;
		expect(await paint(compare, `${lines}[data-region="east"] path.line`, 'stroke')).toBe(summaryEast);
		expect(await paint(compare, `${lines}[data-region="west"] path.line`, 'stroke')).toBe(summaryWest);
		const gansu = await paint(compare, `${lines}[data-entity="620000"] path.line`, 'stroke');
		expect(gansu).toBe(rgb(SERIES_COLOURS[0]));
		expect(Object.values(REGION_COLOURS).map(rgb)).not.toContain(gansu);
		// Each region is named where it is drawn, at the end of its line.
		expect(await compare.locator(`${lines}[data-region="east"] .end-label`).textContent()).toBe(
			'东部（平均）'
		);
	});
});

describe('honest sparse data', () => {
	it('draws the Central mean of the Party School index as two lone points, 2020 (Anhui only) marked n=1, with no line', async () => {
		const { page } = await site.openReady(
			'compare?indicator=cps_online_service_index&year=2020&select=central,east'
		);
		await page
			.locator(`${COMPARE}[data-view="cps_online_service_index|2020|region4|central,east"]`)
			.waitFor();
		const central = page.locator(`${COMPARE} div.lines svg g.mean-line[data-region="central"]`);
		expect(await central.locator('path.line').count()).toBe(0);
		expect(
			await central
				.locator('g.lone')
				.evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-year'), g.getAttribute('data-provinces')]))
		).toEqual([
			['2019', '6'],
			['2020', '1']
		]);
		expect(await central.locator('g.lone[data-year="2020"] text.n').textContent()).toBe('n=1');
		expect(await central.locator('g.lone[data-year="2019"] text.n').count()).toBe(0);
		expect(await page.locator(`${COMPARE} .source`).innerText()).toContain('三分之二');
	});
});

describe('an import reads like the bundled data', () => {
	/** The 2020 populations of data/population.csv, by adcode, and the provinces' regions. */
	function populations(): { value: Map<string, number>; east: number[] } {
		const regions = new Map(
			csvParse(readFileSync(`${DATA}provinces.csv`, 'utf8')).map((p) => [p.adcode, p.region4])
		);
		const rows = csvParse(readFileSync(`${DATA}population.csv`, 'utf8')).filter((r) => r.year === '2020');
		const value = new Map(rows.map((r) => [r.adcode as string, Number(r.population)]));
		const east = rows.filter((r) => regions.get(r.adcode) === 'east').map((r) => Number(r.population));
		return { value, east };
	}

	it('names population_2020_messy.csv from its header (常住人口, 人) and writes its values in 万/亿 on the overview', async () => {
		const { page, errors } = await site.openReady('import');
		await page.locator('input[type="file"]').setInputFiles(FIXTURE);
		await page.locator('[data-counts="cells"]').waitFor({ timeout: 60_000 });
		await page.locator('.checking').waitFor({ state: 'detached', timeout: 60_000 });
		expect(await page.locator('input[name="name_zh_0"]').inputValue()).toBe('常住人口');
		expect(await page.locator('input[name="unit_0"]').inputValue()).toBe('人');

		await page.getByRole('button', { name: '导入', exact: true }).click();
		await page.waitForURL(/\/\?.*indicator=imported_population_2020_messy(&|$)/);
		await waitForReady(page);
		const view = 'imported_population_2020_messy|2020|region4';
		await page.locator(`figure[data-chart="region-summary"][data-view="${view}"]`).waitFor();
		await page.locator(`figure[data-chart="province-ranking"][data-view="${view}"]`).waitFor();

		const { value, east } = populations();
		// Guangdong's 126,012,510 puts the axis in 亿, with the unit the file gives.
		expect(await page.locator('figure[data-chart="region-summary"] text.axis-title').textContent()).toBe(
			'单位：亿人'
		);
		// The East mean (the ten eastern provinces, all in the file) beside its dot, from data/: 5,637.2 万.
		const eastMean = east.reduce((a, b) => a + b, 0) / east.length;
		expect(east).toHaveLength(10);
		const summary = await page
			.locator('figure[data-chart="region-summary"] g.region[data-region="east"]')
			.textContent();
		expect(summary).toContain(formatMagnitude('zh', eastMean));
		expect(formatMagnitude('zh', eastMean)).toBe('5,637.2 万');
		// Each bar's label: Tianjin 13,866,009 → 1,386.6 万; Guangdong → 1.26 亿.
		const label = (adcode: string) =>
			page
				.locator(`figure[data-chart="province-ranking"] g.province[data-adcode="${adcode}"] text`)
				.last()
				.evaluate((el) => el.firstChild?.textContent ?? '');
		expect(await label('120000')).toBe(formatMagnitude('zh', value.get('120000') as number));
		expect(formatMagnitude('zh', value.get('120000') as number)).toBe('1,386.6 万');
		expect(await label('440000')).toBe('1.26 亿');
		expect(await page.locator('figure[data-chart="province-ranking"] text.unit').textContent()).toBe(
			'单位：人'
		);
		expect(errors).toEqual([]);
	});
});
