// The tile-grid map and the province profiles in headless Chromium, against the built site: 31 tiles
// coloured from the real data, selection by mouse and by keyboard alone, tooltips on focus, downloads
// equal to data/observations/pku_dfiic.csv (read here with d3), and a profile per selected province.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { csvParse, csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useSite } from './support/site';

const readData = (path: string) =>
	csvParse(readFileSync(new URL(`../../data/${path}`, import.meta.url), 'utf8'));
const PKU = readData('observations/pku_dfiic.csv');
const PROVINCES = readData('provinces.csv');

const BREADTH = 'pku_dfiic_coverage_breadth';
const QUERY = `?indicator=${BREADTH}&year=2018&select=620000,330000`;
const MAP = 'figure[data-chart="tile-map"]';

const site = useSite();

const tile = (page: Page, adcode: number) => page.locator(`${MAP} g.tile[data-adcode="${adcode}"]`);
const fill = (page: Page, adcode: number) => tile(page, adcode).locator('rect').first().getAttribute('fill');

/** Clicks (or presses Enter on) the download button of `figure` and parses the file. */
async function download(page: Page, figure: Locator, how: 'click' | 'keyboard' = 'click') {
	const button = figure.getByRole('button', { name: /^(Download CSV|下载 CSV)/ });
	const downloading = page.waitForEvent('download', { timeout: 30_000 });
	if (how === 'click') await button.click();
	else await page.keyboard.press('Enter');
	const file = await downloading;
	const text = await readFile(await file.path(), 'utf8');
	const [header = [], ...rows] = csvParseRows(text.replace(/^\uFEFF/, ''));
	return {
		fileName: file.suggestedFilename(),
		header,
		records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])))
	};
}

/** Presses Tab until `predicate` holds for the focused element (at most `limit` times). */
async function tabUntil(page: Page, predicate: (el: Element | null) => boolean, limit = 150): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(`(${predicate.toString()})(document.activeElement)`)) return;
	}
	throw new Error(`nothing matching was focused after ${limit} Tab presses`);
}

const isTile = (el: Element | null) =>
	!!el?.closest?.('figure[data-chart="tile-map"]') && el.classList.contains('tile');

describe('the tile-grid map', () => {
	it('shows 31 tiles with Gansu and Zhejiang selected, and a profile for each', async () => {
		const { page, errors, externalRequests } = await site.openReady(QUERY);
		const map = page.locator(MAP);
		await page.locator(`${MAP}[data-view="${BREADTH}|2018|region4"]`).waitFor();

		expect(await map.locator('g.tile').count()).toBe(31);
		expect(await map.locator('g.tile[role="button"][tabindex="0"]').count()).toBe(31);
		expect(await map.locator('g.tile rect.no-data').count()).toBe(0);
		const pressed = await map
			.locator('g.tile[aria-pressed="true"]')
			.evaluateAll((els) => els.map((el) => el.getAttribute('data-adcode')).sort());
		expect(pressed).toEqual(['330000', '620000']);
		expect(await map.locator('g.tile[aria-pressed="false"]').count()).toBe(29);
		expect(await tile(page, 620000).locator('rect.outline').count()).toBe(1);
		expect(await tile(page, 330000).locator('rect.outline').count()).toBe(1);
		expect(await map.locator('rect.outline').count()).toBe(2);
		expect(await tile(page, 620000).getAttribute('aria-label')).toBe('甘肃 261.29 第 26 名');
		expect(await tile(page, 620000).textContent()).toContain('甘肃');

		// The legend gives the scale's ends: Tibet 249.82 and Beijing 353.87; Beijing is the darkest tile.
		expect(await map.locator('svg[role="img"]').getAttribute('aria-label')).toContain('249.82');
		expect(await map.locator('.legend-min').textContent()).toBe('249.82');
		expect(await map.locator('.legend-max').textContent()).toBe('353.87');
		expect(await map.locator('.legend-no-data').count()).toBe(1);
		expect(await map.locator('.source').innerText()).toContain('31/31 个省份有数据');

		// One profile per selected province, in selection order, each with its gap in words.
		const profiles = page.locator('section[data-profile]');
		expect(await profiles.evaluateAll((els) => els.map((el) => el.getAttribute('data-profile')))).toEqual([
			'620000',
			'330000'
		]);
		const gansu = page.locator('section[data-profile="620000"]');
		await gansu
			.locator(`figure[data-chart="province-profile"][data-view="${BREADTH}|2018|region4|620000"]`)
			.waitFor();
		expect(await gansu.locator('[data-gap]').innerText()).toBe(
			'甘肃比西部平均值低 5.9，比东部平均值低 49.0。'
		);
		expect(await page.locator('section[data-profile="330000"] [data-gap]').innerText()).toBe(
			'浙江比东部平均值高 19.9。'
		);
		// Every indicator in 2018, with "no data" for the Party School index (scores only for 2019–2020).
		expect(await gansu.locator('table.standings tbody tr').count()).toBe(11);
		const breadth = gansu.locator(`tr[data-indicator="${BREADTH}"]`);
		expect(await breadth.getAttribute('aria-current')).toBe('true');
		expect(await breadth.locator('td.value').innerText()).toBe('261.29');
		expect(await breadth.locator('td.rank').innerText()).toBe('26 / 31');
		expect(await gansu.locator('tr[data-indicator="cps_online_service_index"] td').innerText()).toBe(
			'无数据'
		);
		// The series: Gansu, the West mean and the East mean over 2011–2023.
		const series = gansu.locator('figure[data-chart="province-profile"] g.series');
		expect(await series.evaluateAll((els) => els.map((el) => el.getAttribute('data-series')))).toEqual([
			'value',
			'regionMean',
			'eastMean'
		]);
		expect(await series.first().locator('circle.point').count()).toBe(13);

		expect(externalRequests()).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('downloads the 31 values of the data file, with ranks, and the profile’s series with its gaps', async () => {
		const { page } = await site.openReady(QUERY);
		await page.locator(`${MAP}[data-view="${BREADTH}|2018|region4"]`).waitFor();
		const csv = await download(page, page.locator(MAP));

		expect(csv.fileName).toBe(`tile-map_${BREADTH}_2018_region4.csv`);
		expect(csv.header).toEqual(['indicator', 'year', 'adcode', 'province', 'region', 'value', 'rank']);
		expect(csv.records).toHaveLength(31);
		const expected = PKU.filter((d) => d.indicator === BREADTH && d.year === '2018');
		expect(expected).toHaveLength(31);
		const regionOf = new Map(PROVINCES.map((p) => [p.adcode, p.region4]));
		const nameOf = new Map(PROVINCES.map((p) => [p.adcode, p.name_zh]));
		for (const row of csv.records) {
			const source = expected.find((d) => d.adcode === row.adcode);
			expect(Number(row.value)).toBe(Number(source?.value));
			expect(row.indicator).toBe(BREADTH);
			expect(row.year).toBe('2018');
			expect(row.province).toBe(nameOf.get(row.adcode));
			expect(row.region).toBe(regionOf.get(row.adcode));
			const above = expected.filter((d) => Number(d.value) > Number(source?.value)).length;
			expect(Number(row.rank)).toBe(above + 1);
		}
		expect(csv.records.map((r) => r.adcode)).toEqual(PROVINCES.map((p) => p.adcode));

		const profile = page.locator('section[data-profile="620000"] figure[data-chart="province-profile"]');
		const series = await download(page, profile);
		expect(series.fileName).toBe(`province-profile_${BREADTH}_620000_2011-2023_region4.csv`);
		expect(series.header).toEqual([
			'indicator',
			'year',
			'adcode',
			'province',
			'region',
			'value',
			'region_mean',
			'east_mean',
			'gap_to_region',
			'gap_to_east'
		]);
		expect(series.records).toHaveLength(13);
		const y2018 = series.records.find((r) => r.year === '2018');
		expect(y2018).toMatchObject({ adcode: '620000', province: '甘肃', region: 'west', value: '261.289635' });
		expect(Number(y2018?.region_mean)).toBeCloseTo(267.19012, 5);
		expect(Number(y2018?.east_mean)).toBeCloseTo(310.28775, 5);
		expect(Number(y2018?.gap_to_region)).toBeCloseTo(-5.90049, 5);
		expect(Number(y2018?.gap_to_east)).toBeCloseTo(-48.99811, 5);
	});

	it('works by keyboard alone: Tab reaches a tile and shows its tooltip, Enter selects it, the download button works', async () => {
		const { page, errors } = await site.openReady(`?indicator=${BREADTH}&year=2018`);
		await page.locator(`${MAP}[data-view="${BREADTH}|2018|region4"]`).waitFor();
		expect(await page.locator('section[data-profile]').count()).toBe(0);

		// The first tile in reading order is Heilongjiang, at the top right.
		await tabUntil(page, isTile);
		const adcode = await page.evaluate(() => document.activeElement?.getAttribute('data-adcode'));
		expect(adcode).toBe('230000');
		const tooltip = page.locator(`${MAP} [role="tooltip"]`);
		await tooltip.waitFor();
		expect(await tooltip.innerText()).toContain('黑龙江');
		expect(await tooltip.innerText()).toContain('256.12');
		expect(await tile(page, 230000).getAttribute('aria-describedby')).toBe(await tooltip.getAttribute('id'));

		await page.keyboard.press('Enter');
		await expect.poll(() => page.url()).toContain('select=230000');
		await expect.poll(() => tile(page, 230000).getAttribute('aria-pressed')).toBe('true');
		await page.locator('section[data-profile="230000"] [data-gap]').waitFor();
		// The focus stays on the tile, so the next key goes on from there.
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-adcode'))).toBe('230000');

		// Tab on to Inner Mongolia (row 1), select it with Space, and deselect Heilongjiang with Shift+Tab, Enter.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-adcode'))).toBe('150000');
		await page.keyboard.press(' ');
		await expect.poll(() => page.url()).toContain('select=230000,150000');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.url()).toMatch(/select=150000(&|$)/);
		await expect.poll(() => tile(page, 230000).getAttribute('aria-pressed')).toBe('false');

		// Escape hides the tooltip; it comes back on the next focus.
		await page.keyboard.press('Escape');
		await tooltip.waitFor({ state: 'detached' });

		// Tab on to the map's download button and press Enter.
		await tabUntil(page, (el) => !!el?.closest?.('figure[data-chart="tile-map"]') && el.tagName === 'BUTTON');
		const csv = await download(page, page.locator(MAP), 'keyboard');
		expect(csv.fileName).toBe(`tile-map_${BREADTH}_2018_region4.csv`);
		expect(csv.records).toHaveLength(31);
		expect(errors).toEqual([]);
	});

	it('recolours the tiles when the year changes, and draws provinces without data as hatched tiles', async () => {
		const { page, errors } = await site.openReady(`?indicator=${BREADTH}&year=2018`);
		await page.locator(`${MAP}[data-view="${BREADTH}|2018|region4"]`).waitFor();
		const before = await fill(page, 620000);
		await page.getByRole('button', { name: '上一年' }).click();
		await page.locator(`${MAP}[data-view="${BREADTH}|2017|region4"]`).waitFor();
		expect(await fill(page, 620000)).not.toBe(before);
		expect(await page.locator(`${MAP} .legend-max`).textContent()).not.toBe('353.87');

		// The Party School index has a 2020 score for Anhui alone: 30 hatched tiles.
		// (2018 has no score, so the view moves to the indicator's latest year, 2020.)
		await page.locator('select[name=indicator]').selectOption('cps_online_service_index');
		await page.locator(`${MAP}[data-view="cps_online_service_index|2020|region4"]`).waitFor();
		expect(await page.locator(`${MAP} g.tile rect.no-data`).count()).toBe(30);
		expect(await fill(page, 620000)).toBe('url(#tile-map-hatch)');
		expect(await tile(page, 620000).getAttribute('aria-label')).toBe('甘肃 无数据');
		expect(await page.locator(`${MAP} .source`).innerText()).toContain('1/31 个省份有数据');
		expect(errors).toEqual([]);
	});

	it('hides the tooltip when a tile is clicked and when the pointer leaves the tile, so that it covers no neighbour', async () => {
		const { page, errors } = await site.openReady(`?indicator=${BREADTH}&year=2018`);
		await page.locator(`${MAP}[data-view="${BREADTH}|2018|region4"]`).waitFor();
		const tooltip = page.locator(`${MAP} [role="tooltip"]`);
		await tile(page, 620000).hover();
		await tooltip.waitFor();
		expect(await tooltip.innerText()).toContain('甘肃');
		await tile(page, 620000).click();
		await expect.poll(() => page.url()).toContain('select=620000');
		await tooltip.waitFor({ state: 'detached' });
		await tile(page, 630000).hover();
		await tooltip.waitFor();
		expect(await tooltip.innerText()).toContain('青海');
		// Off the map, no tooltip stays: not even for the tile clicked, which keeps the focus.
		await page.mouse.move(1, 1);
		await tooltip.waitFor({ state: 'detached' });
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-adcode'))).toBe('620000');
		expect(errors).toEqual([]);
	});

	it('labels a tile too small for the name on a phone with its short name (简称, ISO code), 11 px or more', async () => {
		for (const [lang, short] of [
			['zh', '蒙'],
			['en', 'NM']
		] as const) {
			const { page } = await site.openReady(`?lang=${lang}`, { viewport: { width: 390, height: 844 } });
			const label = tile(page, 150000).locator('text').first();
			expect(await label.textContent()).toBe(short);
			expect(Number(await label.getAttribute('font-size'))).toBeGreaterThanOrEqual(11);
			// The full name is still the tile's accessible name.
			expect(await tile(page, 150000).getAttribute('aria-label')).toContain(
				lang === 'zh' ? '内蒙古' : 'Inner Mongolia'
			);
		}
	});

	it('speaks English with ?lang=en', async () => {
		const { page } = await site.openReady(`${QUERY}&lang=en`);
		await page.locator(`${MAP}[data-view="${BREADTH}|2018|region4"]`).waitFor();
		expect(await tile(page, 620000).getAttribute('aria-label')).toBe('Gansu 261.29, rank 26');
		expect(await tile(page, 150000).textContent()).toMatch(/Inner\s*Mongolia/);
		expect(await page.locator('section[data-profile="620000"] [data-gap]').innerText()).toBe(
			'Gansu is 5.9 below the West mean and 49.0 below the East mean.'
		);
	});
});
