// The "引用 / Cite" control: the view's citation in GB/T 7714-2015 and APA names the datasets' publishers and
// the permalink of the view, which reopens the same view, and the copy button puts the citation on the clipboard.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite, waitForReady } from './support/site';

const site = useSite();

/** Opens the Cite panel and returns the text of both styles. */
async function citations(page: Page, label: string): Promise<{ gbt7714: string; apa: string }> {
	await page.getByRole('button', { name: label, exact: true }).click();
	const text = (style: string) => page.locator(`[data-cite="${style}"]`).innerText();
	return { gbt7714: await text('gbt7714'), apa: await text('apa') };
}

/** The permalink a citation ends with (GB/T 7714 closes the entry with a full stop after it). */
const permalink = (citation: string): string => /(https?:\/\/\S+?)\.?$/m.exec(citation)![1]!;

/** The reader's today, as the page's clock gives it in the browser's time zone. */
const today = (page: Page) =>
	page.evaluate(() => {
		const d = new Date();
		return {
			iso: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
			en: `${d.toLocaleString('en', { month: 'long' })} ${d.getDate()}, ${d.getFullYear()}`
		};
	});

describe('cite this view', () => {
	it('on the overview: GB/T 7714 and APA in Chinese name 北京大学数字金融研究中心, the view, today and a permalink that reopens the view; copy puts it on the clipboard', async () => {
		const { page, context, errors } = await site.openReady('?year=2019&select=440000');
		const cited = await citations(page, '引用');
		const { iso } = await today(page);
		const link = `${site.url}?v=1&indicator=pku_dfiic_index_aggregate&year=2019&scheme=region4&select=440000`;
		expect(cited.gbt7714).toBe(
			`[1] 北京大学数字金融研究中心课题组. 北京大学数字普惠金融指数（2011—2023 年）：数字普惠金融总指数，2019 年，四大区域，突出显示广东（概览）[DB/OL]. [${iso}]. ${link}.`
		);
		expect(cited.apa).toContain('北京大学数字金融研究中心课题组. (无日期). 北京大学数字普惠金融指数');
		expect(permalink(cited.apa)).toBe(link);

		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
		for (const [style, name] of [
			['gbt7714', '复制 GB/T 7714—2015 格式的引文'],
			['apa', '复制 APA（第 7 版） 格式的引文']
		] as const) {
			await page.getByRole('button', { name }).click();
			await page.getByRole('status').filter({ hasText: '已复制' }).waitFor();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(cited[style]);
		}

		// The permalink reopens the same view: the same headline and charts, and the same citation.
		const headline = await page.locator('[data-headline]').innerText();
		await page.goto(permalink(cited.gbt7714));
		await waitForReady(page);
		expect(await page.locator('[data-headline]').innerText()).toBe(headline);
		await page
			.locator('figure[data-chart="province-ranking"] g.province[data-adcode="440000"][data-selected="true"]')
			.waitFor();
		expect(await citations(page, '引用')).toEqual(cited);
		expect(errors).toEqual([]);
	});

	it('on /analysis in English: Peking University Institute of Digital Finance, "Retrieved <today>", and the census where provinces are weighted by population', async () => {
		const { page, errors } = await site.openReady('analysis?year=2020&weighting=population&lang=en');
		const cited = await citations(page, 'Cite');
		const { iso, en } = await today(page);
		const link = `${site.url}analysis/?v=1&indicator=pku_dfiic_index_aggregate&year=2020&scheme=region4&lang=en&weighting=population`;
		const view = 'Digital financial inclusion index, 2020, four regions (Measuring the divide)';
		expect(cited.gbt7714.split(/\n+/)).toEqual([
			`[1] Peking University Institute of Digital Finance. The Peking University Digital Financial Inclusion Index of China (PKU-DFIIC), 2011–2023: ${view}[DB/OL]. [${iso}]. ${link}.`,
			`[2] National Bureau of Statistics of China, Office of the Leading Group of the State Council for the Seventh National Population Census. Communiqué of the Seventh National Population Census (No. 3): Population by Region: ${view}[DB/OL]. (2021)[${iso}]. ${link}.`
		]);
		expect(cited.apa.split(/\n+/)[0]).toBe(
			`Peking University Institute of Digital Finance. (n.d.). The Peking University Digital Financial Inclusion Index of China (PKU-DFIIC), 2011–2023: ${view} [Data set]. Retrieved ${en}, from ${link}`
		);
		// APA sets the title in italics.
		expect(await page.locator('[data-cite="apa"] i').first().innerText()).toMatch(/^The Peking University/);

		await page.goto(permalink(cited.apa));
		await waitForReady(page);
		expect(await page.locator('input[name=weighting][value=population]').isChecked()).toBe(true);
		expect(await citations(page, 'Cite')).toEqual(cited);
		expect(errors).toEqual([]);
	});

	it("on /relate: both axes' publishers, each once", async () => {
		const { page } = await site.openReady('relate');
		const cited = await citations(page, '引用');
		const entries = cited.gbt7714.split(/\n+/);
		expect(entries).toHaveLength(2);
		expect(entries[0]).toMatch(/^\[1\] 北京大学数字金融研究中心课题组\. /);
		expect(entries[1]).toMatch(
			/^\[2\] 中央党校（国家行政学院）电子政务研究中心\. 省级政府和重点城市网上政务服务能力调查评估报告：省级政府网上政务服务能力总体指数与数字普惠金融总指数，2019 年/
		);
	});
});
