// The compare page in headless Chromium, against the built site: the selected provinces and regions as
// lines and small multiples from the real data, the search box that adds to them, and the CSV of exactly
// the points drawn. Values are checked against data/observations/pku_dfiic.csv, read here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { downloadCsv, useSite, waitForReady } from './support/site';

const BREADTH = 'pku_dfiic_coverage_breadth';
const LINK = `compare?indicator=${BREADTH}&year=2018&select=620000,330000`;
const YEARS = Array.from({ length: 13 }, (_, i) => String(2011 + i));
const FIGURE = 'figure[data-chart="province-compare"]';

const site = useSite();

/** The data file's values of one indicator, keyed `adcode|year`. */
function dataFile(indicator: string): Map<string, number> {
	const path = fileURLToPath(new URL('../../data/observations/pku_dfiic.csv', import.meta.url));
	const rows = csvParse(readFileSync(path, 'utf8')).filter((r) => r.indicator === indicator);
	return new Map(rows.map((r) => [`${r.adcode}|${r.year}`, Number(r.value)]));
}

const attrs = (page: Page, selector: string, name: string) =>
	page.locator(selector).evaluateAll((els, n) => els.map((el) => el.getAttribute(n)), name);

/** Wait until the chart draws `indicator|year|scheme|select`. */
const waitForView = (page: Page, view: string) =>
	page.locator(`${FIGURE}[data-view="${view}"]`).waitFor({ timeout: 20_000 });

async function points(page: Page, selector: string): Promise<string[][]> {
	return page
		.locator(selector)
		.evaluateAll((groups) =>
			groups.map((g) => [...g.querySelectorAll('circle.point')].map((c) => c.getAttribute('data-year') ?? ''))
		);
}

/** Type into the search box and press Enter. */
async function search(page: Page, text: string): Promise<void> {
	const box = page.getByRole('combobox', { name: '添加省份或区域' });
	await box.fill(text);
	await page.getByRole('listbox').locator('[role=option]').first().waitFor();
	await box.press('Enter');
}

describe('the compare page', () => {
	it('draws Gansu and Zhejiang as 2 lines and 2 small multiples of 13 points, and its CSV holds exactly those 26 values', async () => {
		const { page, errors, externalRequests, failedRequests } = await site.openReady(LINK);
		await waitForView(page, `${BREADTH}|2018|region4|620000,330000`);

		expect(await attrs(page, `${FIGURE} g.series`, 'data-entity')).toEqual(['620000', '330000']);
		expect(await page.locator(`${FIGURE} g.series path.line`).count()).toBe(2);
		expect(await points(page, `${FIGURE} g.series`)).toEqual([YEARS, YEARS]);
		// The current year stands out; the end labels name the lines.
		expect(await attrs(page, `${FIGURE} g.series circle.point[data-year="2018"]`, 'r')).toEqual([
			'4.5',
			'4.5'
		]);
		expect(await page.locator(`${FIGURE} line.current-year`).count()).toBe(3); // the lines and each panel
		expect(await page.locator(`${FIGURE} g.series text.end-label`).allTextContents()).toEqual([
			'甘肃',
			'浙江'
		]);

		// Small multiples: one panel each, the same 13 years.
		expect(await attrs(page, `${FIGURE} .panel`, 'data-entity')).toEqual(['620000', '330000']);
		expect(await page.locator(`${FIGURE} .panel .panel-name`).allTextContents()).toEqual(['甘肃', '浙江']);
		expect(await points(page, `${FIGURE} .panel`)).toEqual([YEARS, YEARS]);
		expect(await page.locator(`${FIGURE} .panel svg[role=img]`).count()).toBe(2);
		expect(await page.locator(`${FIGURE} svg[role=img][aria-label]`).count()).toBe(3);

		const csv = await downloadCsv(page, 'province-compare');
		expect(csv.rows[0]).toEqual(['indicator', 'year', 'adcode', 'province', 'region', 'value']);
		const body = csv.rows.slice(1);
		expect(body).toHaveLength(26);
		const values = dataFile(BREADTH);
		for (const [indicator, year, adcode, province, region, value] of body) {
			expect(indicator).toBe(BREADTH);
			expect(Number(value)).toBe(values.get(`${adcode}|${year}`));
			expect([adcode, province, region]).toEqual(
				adcode === '620000' ? ['620000', '甘肃', 'west'] : ['330000', '浙江', 'east']
			);
		}
		expect(body.filter((r) => r[2] === '620000').map((r) => r[1])).toEqual(YEARS);
		expect(body.find((r) => r[2] === '620000' && r[1] === '2018')?.[5]).toBe('261.289635');

		// Neither a prompt nor a notice for two entities.
		expect(await page.locator('.prompt').count()).toBe(0);
		expect(await page.locator('[data-notice="compare-max"]').count()).toBe(0);
		expect(externalRequests()).toEqual([]);
		expect(failedRequests).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('adds Inner Mongolia when "neimenggu" is typed in the search box and Enter pressed: the URL gains 150000, a third line', async () => {
		const { page, errors, externalRequests } = await site.openReady(LINK);
		const box = page.getByRole('combobox', { name: '添加省份或区域' });
		await box.fill('neimenggu');
		const options = page.getByRole('listbox').getByRole('option');
		expect(await options.allInnerTexts()).toHaveLength(1);
		expect(await options.first().getAttribute('data-entity')).toBe('150000');
		expect(await box.getAttribute('aria-expanded')).toBe('true');
		expect(await box.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
		await box.press('Enter');

		await page.waitForURL(/select=620000,330000,150000(&|$)/);
		await waitForView(page, `${BREADTH}|2018|region4|620000,330000,150000`);
		await waitForReady(page);
		expect(await attrs(page, `${FIGURE} g.series`, 'data-entity')).toEqual(['620000', '330000', '150000']);
		expect(await page.locator(`${FIGURE} g.series path.line`).count()).toBe(3);
		expect(await page.locator(`${FIGURE} .panel`).count()).toBe(3);
		expect((await points(page, `${FIGURE} g.series[data-entity="150000"]`))[0]).toEqual(YEARS);
		// The box is empty and closed again, with the focus kept in it.
		expect(await box.inputValue()).toBe('');
		expect(await box.getAttribute('aria-expanded')).toBe('false');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
		expect(externalRequests()).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('adds Inner Mongolia by its Chinese name too, and the East mean as a region line', async () => {
		const { page, errors } = await site.openReady(LINK);
		await search(page, '内蒙古');
		await page.waitForURL(/select=620000,330000,150000(&|$)/);
		await search(page, '东部');
		await page.waitForURL(/select=620000,330000,150000,east(&|$)/);
		await waitForView(page, `${BREADTH}|2018|region4|620000,330000,150000,east`);

		const east = page.locator(`${FIGURE} g.series[data-entity="east"]`);
		expect(await east.getAttribute('data-kind')).toBe('region');
		expect((await points(page, `${FIGURE} g.series[data-entity="east"]`))[0]).toEqual(YEARS);
		expect(await east.locator('text.end-label').textContent()).toBe('东部（平均）');

		// The East's rows: the region id as adcode and region, its name as province, the mean of 10 provinces.
		const csv = await downloadCsv(page, 'province-compare');
		expect(csv.rows).toHaveLength(1 + 4 * 13);
		const eastRows = csv.rows.filter((r) => r[2] === 'east');
		expect(eastRows).toHaveLength(13);
		expect(eastRows[7]?.slice(0, 5)).toEqual([BREADTH, '2018', 'east', '东部', 'east']);
		expect(Number(eastRows[7]?.[5])).toBeCloseTo(310.2877462, 9);
		expect(errors).toEqual([]);
	});

	it('moves through matches with the arrow keys, closes them with Escape and removes an entity with its chip', async () => {
		const { page, errors } = await site.openReady(LINK);
		const box = page.getByRole('combobox', { name: '添加省份或区域' });
		await box.fill('Shanxi');
		const options = page.getByRole('listbox').getByRole('option');
		expect(await attrs(page, '[role=listbox] [role=option]', 'data-entity')).toEqual(['140000', '610000']);
		await box.press('ArrowDown');
		expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
		expect(await box.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
		await box.press('Escape');
		expect(await box.getAttribute('aria-expanded')).toBe('false');
		expect(await page.getByRole('listbox', { includeHidden: true }).isHidden()).toBe(true);
		await box.press('ArrowDown'); // opens again
		await box.press('ArrowDown');
		await box.press('Enter');
		await page.waitForURL(/select=620000,330000,610000(&|$)/);

		await page.getByRole('button', { name: '移除甘肃' }).click();
		await page.waitForURL(/select=330000,610000(&|$)/);
		await waitForView(page, `${BREADTH}|2018|region4|330000,610000`);
		await page.getByRole('button', { name: '移除浙江' }).click();
		await page.waitForURL(/select=610000(&|$)/);
		// One left: a prompt to pick another, and the one line still drawn.
		await page.locator('.prompt').waitFor();
		await waitForView(page, `${BREADTH}|2018|region4|610000`);
		expect(await page.locator(`${FIGURE} g.series`).count()).toBe(1);
		expect(errors).toEqual([]);
	});

	it('keeps the first 8 of a link that selects more, with a visible notice, and prompts when fewer than 2 are selected', async () => {
		const nine = '110000,120000,130000,140000,150000,210000,220000,230000,east';
		const { page, errors } = await site.openReady(`compare?indicator=${BREADTH}&year=2018&select=${nine}`);
		const notice = page.locator('[data-notice="compare-max"]');
		expect(await notice.innerText()).toContain('9');
		expect(await notice.innerText()).toContain('东部');
		await waitForView(page, `${BREADTH}|2018|region4|${nine.split(',').slice(0, 8).join(',')}`);
		expect(await page.locator(`${FIGURE} g.series`).count()).toBe(8);
		expect(await page.locator(`${FIGURE} .panel`).count()).toBe(8);
		// Full: the search box offers nothing more and says why.
		await page.getByRole('combobox', { name: '添加省份或区域' }).fill('gansu');
		expect(await page.getByRole('combobox', { name: '添加省份或区域' }).getAttribute('aria-expanded')).toBe(
			'false'
		);
		expect(await page.locator('.picker .hint').innerText()).toContain('8');

		const empty = await site.openReady(`compare?indicator=${BREADTH}&year=2018`);
		expect(await empty.page.locator('.prompt').innerText()).toBe('请至少选择两个省份或区域进行比较。');
		expect(await empty.page.locator(FIGURE).count()).toBe(0);
		expect(errors).toEqual([]);
		expect(empty.errors).toEqual([]);
	});

	it('is reached from the overview by the nav link, which keeps the query; the English page follows', async () => {
		const { page, errors, externalRequests } = await site.openReady(
			`?indicator=${BREADTH}&year=2018&select=620000,330000&lang=en`
		);
		const link = page.getByRole('navigation').getByRole('link', { name: 'Compare' });
		expect(await link.getAttribute('href')).toMatch(
			new RegExp(
				`/compare/\\?v=1&indicator=${BREADTH}&year=2018&scheme=region4&select=620000,330000&lang=en$`
			)
		);
		await link.click();
		await page.waitForURL(/\/compare\/\?/);
		await waitForReady(page);
		await waitForView(page, `${BREADTH}|2018|region4|620000,330000`);
		expect(await page.locator(`${FIGURE} .panel .panel-name`).allTextContents()).toEqual([
			'Gansu',
			'Zhejiang'
		]);
		expect(
			await page.getByRole('navigation').getByRole('link', { name: 'Compare' }).getAttribute('aria-current')
		).toBe('page');
		expect(externalRequests()).toEqual([]);
		expect(errors).toEqual([]);
	});
});
