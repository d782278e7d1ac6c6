// The geographic map on request, in headless Chromium against the built site: a user loads a base map
// and enters its approval number (审图号), and only then is the choropleth drawn over it, with the number
// on the map, in the source note and in the exported image. The base maps here are SYNTHETIC (one square
// per province on a grid, plus a square "测试区域" that is no province), written to a temporary folder
// by the test: test-only geometry, never shipped.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { downloadCsv, useSite, waitForReady } from './support/site';
import { UNMATCHED_NAME, syntheticBaseMap, toTopology } from './support/synthetic-base-map';

const PROVINCES = csvParse(readFileSync(new URL('../../data/provinces.csv', import.meta.url), 'utf8'));
const ADCODES = PROVINCES.map((p) => Number(p.adcode));
const FULL_NAME: Record<string, string> = { 北京: '北京市', 内蒙古: '内蒙古自治区', 广西: '广西壮族自治区' };

const BREADTH = 'pku_dfiic_coverage_breadth';
const QUERY = `?indicator=${BREADTH}&year=2018`;
const PANEL = 'details[data-base-map]';
const GEO = 'figure[data-chart="geo-map"]';
const APPROVAL = 'GS(2019)1822号';

const site = useSite();
let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'geo-map-test-'));
	writeFileSync(file('squares.geojson'), JSON.stringify(syntheticBaseMap(ADCODES)));
	// The TopoJSON version names its provinces instead (a few by their full names) and has a second object.
	const byName = syntheticBaseMap(ADCODES, (adcode) => {
		const short = PROVINCES.find((p) => Number(p.adcode) === adcode)?.name_zh ?? '';
		return { name: FULL_NAME[short] ?? short };
	});
	writeFileSync(
		file('squares.topojson'),
		JSON.stringify(toTopology({ labels: syntheticBaseMap([110000]), provinces: byName }))
	);
	writeFileSync(file('junk.json'), 'this is not JSON {');
	writeFileSync(file('not-a-map.json'), JSON.stringify({ hello: 'world' }));
	writeFileSync(file('no-province.geojson'), JSON.stringify(syntheticBaseMap([])));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function openPanel(page: Page) {
	await page.locator(`${PANEL} > summary`).click();
	await page.locator(`${PANEL} input[name="base-map"]`).waitFor();
}

const loadFile = (page: Page, name: string) =>
	page.locator(`${PANEL} input[name="base-map"]`).setInputFiles(file(name));

describe('the geographic map over a user’s own base map', () => {
	it('draws nothing until an approval number is given; then 31 provinces, one grey area and the number on the map', async () => {
		const { page, errors, externalRequests } = await site.openReady(QUERY);
		expect(await page.locator(`${PANEL}[open]`).count()).toBe(0);
		await openPanel(page);
		await loadFile(page, 'squares.geojson');

		const report = page.locator(`${PANEL} .report`);
		await report.locator('[data-matched="31"]').waitFor();
		expect(await report.innerText()).toContain('31/32 个要素已对应到省份');
		expect(await report.locator('.unmatched-names').innerText()).toBe(
			`未对应到省份的要素（以灰色绘制，无数值）：${UNMATCHED_NAME}`
		);
		expect(await report.locator('.missing').innerText()).toBe('全部 31 个省份都有对应要素。');
		// No approval number, no map.
		expect(await page.locator(`${PANEL} .need-approval`).isVisible()).toBe(true);
		expect(await page.locator(GEO).count()).toBe(0);
		expect(await page.locator(`${PANEL} svg`).count()).toBe(0);
		await page.locator(`${PANEL} input[name="approval"]`).fill('   ');
		expect(await page.locator(GEO).count()).toBe(0);

		await page.locator(`${PANEL} input[name="approval"]`).fill(`  ${APPROVAL} `);
		const map = page.locator(`${GEO}[data-view="${BREADTH}|2018|region4"]`);
		await map.waitFor();
		expect(await page.locator(`${PANEL} .need-approval`).count()).toBe(0);
		expect(await map.locator('g.province').count()).toBe(31);
		expect(await map.locator('g.province path').count()).toBe(31);
		expect(await map.locator('g.province[role="button"][tabindex="0"]').count()).toBe(31);
		const grey = map.locator('path.unmatched');
		expect(await grey.count()).toBe(1);
		expect(await grey.getAttribute('fill')).toBe('#e4e4e4');
		expect(await grey.locator('title').textContent()).toBe(UNMATCHED_NAME);

		// The approval number is drawn in the map's own SVG, and said in the source note.
		const approval = map.locator('.chart > .map svg > text.approval');
		expect(await approval.textContent()).toBe(`审图号：${APPROVAL}`);
		expect(await map.locator('.source').innerText()).toContain(`审图号：${APPROVAL}`);
		expect(await map.locator('.source').innerText()).toContain('squares.geojson');
		expect(await map.locator('.source').innerText()).toContain('31/31 个省份有数据');

		// The tile map's colours and legend.
		const tileFill = (adcode: number) =>
			page
				.locator(`figure[data-chart="tile-map"] g.tile[data-adcode="${adcode}"] rect`)
				.first()
				.getAttribute('fill');
		for (const adcode of [110000, 540000, 620000]) {
			expect(await map.locator(`g.province[data-adcode="${adcode}"] path`).getAttribute('fill')).toBe(
				await tileFill(adcode)
			);
		}
		expect(await map.locator('.legend-min').textContent()).toBe('249.82');
		expect(await map.locator('.legend-max').textContent()).toBe('353.87');
		expect(await map.locator('g.legend[role="img"]').getAttribute('aria-label')).toContain('249.82');
		expect(await map.locator(`g.province[data-adcode="620000"]`).getAttribute('aria-label')).toBe(
			'甘肃 261.29 第 26 名'
		);

		// A click selects the province, as on the tile map; a second click deselects it.
		const gansu = map.locator('g.province[data-adcode="620000"]');
		await gansu.click();
		await expect.poll(() => page.url()).toContain('select=620000');
		await expect.poll(() => gansu.getAttribute('aria-pressed')).toBe('true');
		expect(await map.locator('path.outline[data-adcode="620000"]').count()).toBe(1);
		expect(
			await page
				.locator('figure[data-chart="tile-map"] g.tile[data-adcode="620000"]')
				.getAttribute('aria-pressed')
		).toBe('true');
		const tooltip = map.locator('[role="tooltip"]');
		await tooltip.waitFor();
		expect(await tooltip.innerText()).toContain('甘肃');
		expect(await tooltip.innerText()).toContain('261.29');
		await gansu.click();
		await expect.poll(() => new URL(page.url()).searchParams.get('select')).toBeNull();
		await expect.poll(() => gansu.getAttribute('aria-pressed')).toBe('false');

		// The same rows as the tile map.
		const csv = await downloadCsv(page, 'geo-map');
		expect(csv.fileName).toBe(`geo-map_${BREADTH}_2018_region4.csv`);
		expect(csv.rows[0]).toEqual(['indicator', 'year', 'adcode', 'province', 'region', 'value', 'rank']);
		expect(csv.rows).toHaveLength(32);
		expect(csv.rows).toEqual((await downloadCsv(page, 'tile-map')).rows);

		// The exported image carries the map, its grey area and the approval number.
		const downloading = page.waitForEvent('download');
		await map.getByRole('button', { name: /^下载 SVG/ }).click();
		const svg = await readFile(await (await downloading).path(), 'utf8');
		expect(svg).toContain(`审图号：${APPROVAL}`);
		expect(svg.match(/class="area /g)).toHaveLength(31);
		expect(svg.match(/class="unmatched"/g)).toHaveLength(1);

		// A change of year recolours the map; the shapes stay.
		await page.getByRole('button', { name: '上一年' }).click();
		await page.locator(`${GEO}[data-view="${BREADTH}|2017|region4"]`).waitFor();
		expect(await page.locator(`${GEO} g.province path`).count()).toBe(31);

		expect(externalRequests()).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('reads the same map as TopoJSON (matched by names), keeps it through a reload, works by keyboard, and forgets it on "remove"', async () => {
		const { page, errors, externalRequests } = await site.openReady(QUERY);
		await openPanel(page);
		await page.locator(`${PANEL} input[name="approval"]`).fill(`审图号：${APPROVAL}`);
		await loadFile(page, 'squares.topojson');
		await page.locator(`${PANEL} .report [data-matched="31"]`).waitFor();
		// The object with the most provinces is drawn; the other can be chosen.
		expect(await page.locator(`${PANEL} select[name="layer"] option`).allTextContents()).toEqual([
			'labels (2)',
			'provinces (32)'
		]);
		expect(await page.locator(`${PANEL} select[name="layer"]`).inputValue()).toBe('1');
		const map = page.locator(`${GEO}[data-view="${BREADTH}|2018|region4"]`);
		await map.waitFor();
		expect(await map.locator('g.province path').count()).toBe(31);
		expect(await map.locator('path.unmatched').count()).toBe(1);
		expect(await map.locator('svg text.approval').textContent()).toBe(`审图号：${APPROVAL}`);

		// Kept for the tab's session: a reload brings it back, drawn.
		await page.reload();
		await waitForReady(page);
		expect(await page.locator(`${PANEL}[open]`).count()).toBe(1);
		await map.waitFor();
		expect(await map.locator('g.province').count()).toBe(31);
		expect(await page.locator(`${PANEL} input[name="approval"]`).inputValue()).toBe(`审图号：${APPROVAL}`);

		// By keyboard: focus a province, Enter selects it, Space deselects it.
		const beijing = map.locator('g.province[data-adcode="110000"]');
		await beijing.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.url()).toContain('select=110000');
		await expect.poll(() => beijing.getAttribute('aria-pressed')).toBe('true');
		await page.keyboard.press(' ');
		await expect.poll(() => new URL(page.url()).searchParams.get('select')).toBeNull();

		// English.
		await page.goto(new URL(`${QUERY}&lang=en`, site.url).href);
		await waitForReady(page);
		await map.waitFor();
		expect(await map.locator('svg text.approval').textContent()).toBe(
			`Map approval number 审图号: ${APPROVAL}`
		);
		expect(await page.locator(`${PANEL} > summary`).innerText()).toBe('Use your own approved base map');

		await page.locator(`${PANEL} button.remove`).click();
		expect(await page.locator(GEO).count()).toBe(0);
		expect(await page.locator(`${PANEL} .report`).count()).toBe(0);
		expect(await page.locator(`${PANEL} input[name="approval"]`).inputValue()).toBe('');
		expect(
			await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes('base-map')))
		).toEqual([]);
		await page.reload();
		await waitForReady(page);
		expect(await page.locator(GEO).count()).toBe(0);

		expect(externalRequests()).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('says why a file cannot be used, and draws nothing', async () => {
		const { page, errors, externalRequests } = await site.openReady(QUERY);
		await openPanel(page);
		await page.locator(`${PANEL} input[name="approval"]`).fill(APPROVAL);
		const alert = page.locator(`${PANEL} [role="alert"]`);

		await loadFile(page, 'junk.json');
		await alert.waitFor();
		expect(await alert.innerText()).toMatch(/^文件不是有效的 JSON：/);
		await loadFile(page, 'not-a-map.json');
		await expect
			.poll(() => alert.innerText())
			.toBe('文件不是 GeoJSON（FeatureCollection 或 Feature）或 TopoJSON（Topology）。');
		await loadFile(page, 'no-province.geojson');
		await expect.poll(() => alert.innerText()).toMatch(/^没有一个要素能对应到省份/);
		expect(await page.locator(GEO).count()).toBe(0);
		expect(await page.locator(`${PANEL} .report`).count()).toBe(0);

		// An approval number with markup in it is shown as text.
		await loadFile(page, 'squares.geojson');
		await page.locator(`${PANEL} input[name="approval"]`).fill('<b>GS</b>(2019)1822号');
		await page.locator(GEO).waitFor();
		expect(await alert.count()).toBe(0);
		expect(await page.locator(`${GEO} svg text.approval`).textContent()).toBe(
			'审图号：<b>GS</b>(2019)1822号'
		);
		expect(await page.locator(`${GEO} svg b`).count()).toBe(0);

		expect(externalRequests()).toEqual([]);
		expect(errors).toEqual([]);
	});
});
