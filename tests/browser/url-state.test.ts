// The URL is the view: a copied link reproduces it, history steps back through it, and anything a link
// gets wrong falls back to the default with a visible notice, shown as text and never run as markup.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForReady, waitForView, useSite } from './support/site';

/** Western provinces (both schemes): Inner Mongolia, Guangxi, Chongqing … Xinjiang. */
const WEST = [150000, 450000, 500000, 510000, 520000, 530000, 540000, 610000, 620000, 630000, 640000, 650000];

const site = useSite();

const attrs = (page: Page, selector: string, name: string) =>
	page.locator(selector).evaluateAll((els, n) => els.map((el) => el.getAttribute(n)), name);

const RANKING = 'figure[data-chart="province-ranking"]';

/** A URL notice's text without the isolates (FSI, PDI) around the values it quotes. */
const noticeText = async (page: Page, param: string) =>
	(await page.locator(`[role=status] li[data-notice="${param}"]`).innerText()).replace(/[\u2068\u2069]/g, '');

describe('URL state', () => {
	it('a copied link reproduces the view: indicator, year, scheme, selection and language', async () => {
		const link = '?indicator=pku_dfiic_payment&year=2015&scheme=region3&select=west,620000&lang=en';
		const { page, errors } = await site.openReady(link);
		await waitForView(page, 'pku_dfiic_payment|2015|region3');

		// Controls show the linked values.
		expect(await page.locator('select[name=indicator]').inputValue()).toBe('pku_dfiic_payment');
		expect(await page.locator('input[name=year]').inputValue()).toBe('4'); // 2011 … 2015
		expect(await page.locator('input[name=year]').getAttribute('aria-valuetext')).toBe('2015');
		expect(await page.locator('output.year-value').innerText()).toBe('2015');
		expect(await page.locator('input[name=scheme][value=region3]').isChecked()).toBe(true);
		expect(await page.locator('input[name=scheme][value=region4]').isChecked()).toBe(false);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		expect(await page.getByRole('button', { name: 'West ×' }).count()).toBe(1);
		expect(await page.getByRole('button', { name: 'Gansu ×' }).count()).toBe(1);

		// Charts: three belts; Gansu and every western province stand out in the ranking, the rest is dimmed.
		expect(await attrs(page, 'figure[data-chart="region-summary"] g.region', 'data-region')).toEqual([
			'east',
			'central',
			'west'
		]);
		expect(
			await page.locator(`${RANKING} g.province[data-adcode="620000"]`).getAttribute('data-selected')
		).toBe('true');
		const selected = (await attrs(page, `${RANKING} g.province[data-selected="true"]`, 'data-adcode')).map(
			Number
		);
		expect(selected.sort()).toEqual([...WEST].sort());
		expect(new Set(await attrs(page, `${RANKING} g.province[data-selected="false"]`, 'opacity'))).toEqual(
			new Set(['0.3'])
		);
		expect(await page.locator(`${RANKING} g.province[data-selected="false"]`).count()).toBe(19);
		expect(await attrs(page, 'figure[data-chart="region-summary"] g.region', 'opacity')).toEqual([
			'0.3',
			'0.3',
			'1'
		]);
		const marked = page.locator('figure[data-chart="region-summary"] g.marked-province');
		expect(await attrs(page, 'figure[data-chart="region-summary"] g.marked-province', 'data-adcode')).toEqual(
			['620000']
		);
		expect(await marked.textContent()).toContain('Gansu');
		// The Party School's published level for the selected province.
		expect(
			await page.locator('figure[data-chart="level-distribution"] li[data-adcode="620000"]').innerText()
		).toMatch(/^Gansu 2019: Medium ?\(Rank 29\)$/);
		expect(await page.locator('[role=status] li[data-notice]').count()).toBe(0);

		// A change keeps the rest of the link; the browser's Back button returns to the linked view.
		await page.getByRole('button', { name: 'Next year' }).click();
		await waitForView(page, 'pku_dfiic_payment|2016|region3');
		await page.waitForURL(/year=2016/);
		const url = new URL(page.url());
		expect(Object.fromEntries(url.searchParams)).toEqual({
			v: '1',
			indicator: 'pku_dfiic_payment',
			year: '2016',
			scheme: 'region3',
			select: 'west,620000',
			lang: 'en'
		});
		await page.goBack();
		await waitForView(page, 'pku_dfiic_payment|2015|region3');
		await expect.poll(() => page.url()).toContain('year=2015');
		expect(await page.locator('output.year-value').innerText()).toBe('2015');
		expect(errors).toEqual([]);
	});

	it('malformed parameters fall back to the default view, with one visible notice per bad parameter', async () => {
		const { page, errors } = await site.openReady('?indicator=nope&year=abc&scheme=x&select=999999&lang=fr');
		await waitForView(page, 'pku_dfiic_index_aggregate|2023|region4');

		const notices = page.locator('[role=status] li[data-notice]');
		expect(await attrs(page, '[role=status] li[data-notice]', 'data-notice')).toEqual([
			'lang',
			'indicator',
			'scheme',
			'year',
			'select'
		]);
		for (let i = 0; i < 5; i++) expect(await notices.nth(i).isVisible()).toBe(true);
		const text = (param: string) => noticeText(page, param);
		expect(await text('indicator')).toContain('“nope”');
		// What was used instead is named as readers know it, not by its id.
		expect(await text('indicator')).toContain('数字普惠金融总指数');
		expect(await text('indicator')).not.toContain('pku_dfiic_index_aggregate');
		expect(await text('year')).toContain('“abc”');
		expect(await text('year')).toContain('2023');
		expect(await text('scheme')).toContain('“x”');
		expect(await text('scheme')).toContain('四大区域（东部、中部、西部、东北）');
		expect(await text('select')).toContain('“999999”');
		expect(await text('lang')).toContain('“fr”');

		// The default view: Chinese, aggregate index, 2023, four regions, nothing selected.
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
		expect(await page.locator('select[name=indicator]').inputValue()).toBe('pku_dfiic_index_aggregate');
		expect(await page.locator('output.year-value').innerText()).toBe('2023');
		expect(await page.locator('input[name=scheme][value=region4]').isChecked()).toBe(true);
		expect(await page.locator(`${RANKING} g.province[data-selected="true"]`).count()).toBe(0);
		expect(await page.locator('figure[data-chart="region-summary"] g.region').count()).toBe(4);
		expect(errors).toEqual([]);
	});

	it('values valid elsewhere but not here are refused too: a year the indicator lacks, northeast in three belts', async () => {
		const { page } = await site.openReady(
			'?indicator=pku_dfiic_investment&year=2012&scheme=region3&select=northeast,east'
		);
		await waitForView(page, 'pku_dfiic_investment|2023|region3');

		expect(await attrs(page, '[role=status] li[data-notice]', 'data-notice')).toEqual(['year', 'select']);
		expect(await noticeText(page, 'year')).toContain('“2012”');
		expect(await noticeText(page, 'select')).toContain('“northeast”');
		// The valid part of the selection is kept.
		expect(await page.locator(`${RANKING} g.province[data-selected="true"]`).count()).toBe(11);
	});

	it('link text is shown as text: a selection holding HTML creates no element and runs no script', async () => {
		const payload = '<img src=x onerror=alert(1)>';
		const dialogs: string[] = [];
		const o = await site.open(`?select=${encodeURIComponent(payload)}`, {
			// Listen before the page opens: an injected handler would fire while it loads.
			beforeGoto: (context) => {
				context.on('dialog', (dialog) => {
					dialogs.push(dialog.message());
					void dialog.dismiss();
				});
			}
		});
		const { page, requests, errors } = o;
		await waitForReady(page);

		const notice = page.locator('[role=status] li[data-notice="select"]');
		expect(await noticeText(page, 'select')).toContain(`“${payload}”`);
		expect(await page.locator('img[src="x"], [onerror]').count()).toBe(0);
		expect(await notice.evaluate((li) => li.children.length)).toBe(0);
		expect(dialogs).toEqual([]);
		expect(requests.filter((url) => new URL(url).pathname === '/x')).toEqual([]);
		expect(errors).toEqual([]);
	});
});
