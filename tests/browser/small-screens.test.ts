// Phones: every page, in Chinese and English, at 390 × 844 and 360 × 740, is no wider than the screen, its
// header's language button and page links are on screen, and (at 390) no chart text renders under 11 px or
// runs out of its chart.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './support/site';

const site = useSite();

const PAGES = [
	{ name: 'overview', path: '' },
	{ name: 'analysis', path: 'analysis' },
	{ name: 'compare', path: 'compare?select=110000,620000,west' },
	{
		name: 'relate',
		path: 'relate?x=cps_online_service_index&y=pku_dfiic_index_aggregate&year=2019&select=540000'
	},
	{ name: 'composite', path: 'composite' },
	{ name: 'methods', path: 'methods' },
	{ name: 'import', path: 'import' },
	{ name: 'about-data', path: 'about-data' }
] as const;
const PHONES = [
	{ width: 390, height: 844 },
	{ width: 360, height: 740 }
] as const;

function url(path: string, lang: 'zh' | 'en'): string {
	return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
}

/** The width the page lays out at, and the header's controls that are not wholly on screen. */
function layout(page: Page) {
	return page.evaluate(() => {
		const off = [...document.querySelectorAll<HTMLElement>('header button, header nav a')]
			.filter((el) => {
				const box = el.getBoundingClientRect();
				return box.left < 0 || box.right > innerWidth || box.width === 0;
			})
			.map((el) => el.textContent?.trim());
		return {
			scrollWidth: document.documentElement.scrollWidth,
			innerWidth,
			headerControls: document.querySelectorAll('header button.lang, header nav a').length,
			off
		};
	});
}

/**
 * Every visible text of the charts (figure[data-chart] svg text): how many, those drawn under 11 px (its
 * font size × its SVG's CSS scale) and those that run out of their outermost SVG.
 */
function chartText(page: Page) {
	return page.evaluate(() => {
		const texts = [...document.querySelectorAll<SVGTextElement>('figure[data-chart] svg text')].filter(
			(el) => el.getBBox().width > 0
		);
		const small: string[] = [];
		const outside: string[] = [];
		for (const el of texts) {
			const svg = el.ownerSVGElement as SVGSVGElement;
			const outer = svg.parentElement?.closest('svg') ?? svg;
			const viewBox = svg.viewBox.baseVal;
			const scale = viewBox && viewBox.width ? svg.getBoundingClientRect().width / viewBox.width : 1;
			const px = parseFloat(getComputedStyle(el).fontSize) * scale;
			const chart = el.closest('figure')?.getAttribute('data-chart');
			if (px < 10.95) small.push(`${chart}: "${el.textContent}" ${px.toFixed(1)} px`);
			const box = el.getBoundingClientRect();
			const frame = outer.getBoundingClientRect();
			if (box.left < frame.left - 1 || box.right > frame.right + 1) {
				outside.push(`${chart}: "${el.textContent}" ${Math.round(box.left)}–${Math.round(box.right)}`);
			}
		}
		return { count: texts.length, small, outside };
	});
}

describe('phones and small screens', () => {
	for (const phone of PHONES) {
		for (const lang of ['zh', 'en'] as const) {
			for (const { name, path } of PAGES) {
				it(`${name} (${lang}) at ${phone.width} × ${phone.height}: no wider than the screen, header controls on screen${phone.width === 390 ? ', chart text 11 px or more and inside its chart' : ''}`, async () => {
					const { page, errors } = await site.openReady(url(path, lang), { viewport: phone });
					const measured = await layout(page);
					expect(measured.innerWidth).toBe(phone.width);
					expect(measured.scrollWidth).toBeLessThanOrEqual(phone.width);
					// The language button and a link to each page.
					expect(measured.headerControls).toBe(PAGES.length + 1);
					expect(measured.off).toEqual([]);
					if (phone.width === 390) {
						const text = await chartText(page);
						if (['overview', 'analysis', 'compare', 'relate', 'composite'].includes(name)) {
							expect(text.count).toBeGreaterThan(20);
						}
						expect(text.small).toEqual([]);
						expect(text.outside).toEqual([]);
					}
					expect(errors).toEqual([]);
				});
			}
		}
	}

	// /brief has no page header (it is made to print); its references hold long permalinks that must wrap.
	for (const lang of ['zh', 'en'] as const) {
		it(`the briefing to print, /brief from /analysis (${lang}), at 360 × 740 is no wider than the screen`, async () => {
			const { page, errors } = await site.openReady(url('brief?page=analysis', lang), {
				viewport: PHONES[1]
			});
			const measured = await layout(page);
			expect(measured.innerWidth).toBe(360);
			expect(measured.scrollWidth).toBeLessThanOrEqual(360);
			expect(await page.locator('figure[data-chart]').count()).toBe(5);
			expect(errors).toEqual([]);
		});
	}

	it('on a desktop in English, no chart text runs out of its chart (the ranking’s "Inner Mongolia", the level legend’s "not published")', async () => {
		const { page } = await site.openReady('?lang=en');
		expect(
			await page
				.locator('figure[data-chart="province-ranking"] svg text', { hasText: /^Inner Mongolia$/ })
				.count()
		).toBe(1);
		expect(
			await page
				.locator('figure[data-chart="level-distribution"] svg text', { hasText: 'not published' })
				.count()
		).toBe(1);
		const text = await chartText(page);
		expect(text.count).toBeGreaterThan(50);
		expect(text.outside).toEqual([]);
		expect(text.small).toEqual([]);
	});

	it('draws each chart at its width on a phone: one SVG unit is one CSS pixel', async () => {
		const { page } = await site.openReady('?lang=en', { viewport: { width: 390, height: 844 } });
		const charts = await page.evaluate(() =>
			[...document.querySelectorAll<SVGSVGElement>('figure[data-chart] .chart svg')].map((svg) => ({
				chart: svg.closest('figure')?.getAttribute('data-chart') ?? '',
				css: Math.round(svg.getBoundingClientRect().width),
				units: svg.viewBox.baseVal.width
			}))
		);
		expect(charts.map((c) => c.chart)).toEqual(
			expect.arrayContaining([
				'region-summary',
				'gap-trend',
				'province-ranking',
				'tile-map',
				'level-distribution'
			])
		);
		for (const c of charts) {
			expect(c.css, c.chart).toBeLessThan(390);
			expect(Math.abs(c.css - c.units), c.chart).toBeLessThanOrEqual(1);
		}
	});
});
