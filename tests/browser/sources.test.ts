// Citable sources, against the built site: every chart cites its publisher (never a repository file or a
// reposting page), the About-the-data page keeps where the figures were taken from, the context panel
// shows no curator notes, table views read like tables, and a loading chart does not claim 0/31 provinces.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Manifest } from '../../src/lib/data/manifest';
import { useSite, waitForReady } from './support/site';

const site = useSite();

const manifest = JSON.parse(
	readFileSync(new URL('../../build/data/manifest.json', import.meta.url), 'utf8')
) as Manifest;
/** Hosts of every page the figures were reposted on or copied from (data/datasets.csv, obtained ≠ publisher). */
const REPOSTING_HOSTS = [
	...new Set(
		manifest.datasets
			.filter((d) => d.obtained !== 'publisher')
			.flatMap((d) => d.provenance)
			.filter((p) => /^https?:\/\//.test(p))
			.map((p) => new URL(p).hostname.replace(/^www\./, ''))
	)
];
const CURATOR_PHRASES = ['confidence', 'excerpt truncated', 'text says', 'github:', '.dta'];

const PAGES = ['', 'analysis', 'compare?select=110000,west'] as const;
const withLang = (page: string, lang: 'zh' | 'en') =>
	lang === 'zh' ? page : `${page}${page.includes('?') ? '&' : '?'}lang=en`;
const PKU = {
	zh: '北京大学数字金融研究中心课题组《北京大学数字普惠金融指数（2011—2023 年）》',
	en: 'Peking University Institute of Digital Finance'
};
const CPS = {
	zh: '中央党校（国家行政学院）电子政务研究中心',
	en: 'Party School of the Central Committee of the CPC'
};
const ABOUT = { zh: '数据来源说明', en: 'About the data' };

const sourceNotes = (page: Page) =>
	page.locator('figure[data-chart]').evaluateAll((figures) =>
		figures.map((f) => ({
			chart: f.getAttribute('data-chart') ?? '',
			text: (f.querySelector('.source') as HTMLElement | null)?.innerText ?? ''
		}))
	);

describe('sources a reader can cite', () => {
	it('lists the reposting hosts found in data/ (the check below has something to look for)', () => {
		expect(REPOSTING_HOSTS).toEqual(
			expect.arrayContaining([
				'kuaihz.com',
				'zczxwang.com',
				'qinggy.com',
				'dinovaliano.com',
				'my67778.com',
				'gdcenn.cn'
			])
		);
	});

	for (const lang of ['zh', 'en'] as const) {
		for (const path of PAGES) {
			it(`/${withLang(path, lang)}: no repository reference, reposting site or curator note on screen, and every chart cites its publisher`, async () => {
				const { page } = await site.openReady(withLang(path, lang));
				const text = await page.locator('body').innerText();
				for (const phrase of [...CURATOR_PHRASES, ...REPOSTING_HOSTS])
					expect(text, phrase).not.toContain(phrase);

				const notes = await sourceNotes(page);
				expect(notes.length).toBeGreaterThan(0);
				for (const note of notes) {
					const publisher = note.chart === 'level-distribution' ? CPS[lang] : PKU[lang];
					expect(note.text, note.chart).toContain(publisher);
					expect(note.text, note.chart).toContain(ABOUT[lang]);
				}
				if (lang === 'zh') expect(text).not.toMatch(/Source:|Download CSV|provinces/);
				else expect(text).not.toMatch(/来源：|下载 CSV|个省份/);
			});
		}
	}

	it('the context panel writes units in Chinese and marks figures taken from reposting pages', async () => {
		const { page } = await site.openReady();
		const panel = page.locator('[data-panel="context"]');
		const users = await panel.locator('[data-figure="health_code_users"]').innerText();
		expect(users).toContain('9 亿人');
		expect(users).not.toContain('900000000');
		const subscribers = await panel
			.locator('[data-figure="fixed_broadband_100mbps_plus_subscribers"]')
			.innerText();
		expect(subscribers).toContain('14,219 万户');
		expect(subscribers).toContain('工业和信息化部');
		expect(subscribers).toContain('据转载报道');
		expect(await panel.locator('[data-figure="un_egdi"]').innerText()).not.toContain('据转载报道');
		expect(await panel.innerText()).not.toMatch(/https?:|10k subscribers|100M GB|persons/);
	});
});

describe('the About-the-data page', () => {
	it('opens from a chart’s source note and lists where the PKU figures were taken from, as text links without a referrer', async () => {
		const { page } = await site.openReady();
		await page.locator('figure[data-chart="region-summary"] .source a', { hasText: ABOUT.zh }).click();
		await page.waitForURL(/\/about-data\/#dataset-pku_dfiic$/);
		await waitForReady(page);
		const pku = page.locator('section[data-dataset="pku_dfiic"]');
		expect(await pku.locator('h3').innerText()).toBe(PKU.zh);
		expect(await pku.innerText()).toContain(
			'github:pedrohcgs/claude-code-my-workflow@f97ce33c8bd0084937fcd2c98b37e26c8ca24198:PKU_DFIIC_province.dta'
		);
		const census = page.locator(
			'section[data-dataset="census_2020"] a[href="https://zczxwang.com/news/show-65274.html"]'
		);
		expect(await census.innerText()).toBe('https://zczxwang.com/news/show-65274.html');
		for (const rel of await page
			.locator('main a[href^="http"]')
			.evaluateAll((as) => as.map((a) => a.getAttribute('rel'))))
			expect(rel).toContain('noreferrer');
		expect(await page.locator('header nav a[aria-current="page"]').innerText()).toBe(ABOUT.zh);
	});

	it('reads in English with ?lang=en, and is linked from the header of every page', async () => {
		const { page } = await site.openReady('about-data?lang=en');
		expect(await page.locator('h2').first().innerText()).toBe('About the data');
		expect(await page.locator('section[data-dataset="pku_dfiic"] h3').innerText()).toContain(PKU.en);
		// Only the language button ("中文") is in Chinese.
		expect((await page.locator('body').innerText()).replace('中文', '')).not.toMatch(/[\u4e00-\u9fff]/);
		await page.goto(`${site.url}analysis?lang=en`);
		expect(await page.locator('header nav a', { hasText: 'About the data' }).getAttribute('href')).toMatch(
			/about-data\/\?.*lang=en/
		);
	});
});

describe('table views', () => {
	it('read 年份 / Year with plain years, and adcodes without separators', async () => {
		for (const lang of ['zh', 'en'] as const) {
			const { page } = await site.openReady(withLang('', lang));
			const gap = page.locator('figure[data-chart="gap-trend"] details');
			await gap.locator('summary').click();
			const headers = await gap.locator('thead th').allInnerTexts();
			expect(headers.map((h) => h.trim())).toContain(lang === 'zh' ? '年份' : 'Year');
			expect(headers.map((h) => h.trim())).toContain(lang === 'zh' ? '平均值（指数）' : 'Mean (index)');
			expect(
				(await gap.locator('tbody tr').first().locator('td').allInnerTexts()).map((c) => c.trim())
			).toContain('2011');
			expect(await gap.innerText()).not.toContain('2,011');

			const ranking = page.locator('figure[data-chart="province-ranking"] details');
			await ranking.locator('summary').click();
			const first = (await ranking.locator('tbody tr').first().locator('td').allInnerTexts()).map((c) =>
				c.trim()
			);
			expect(first).toContain('310000');
			expect(first).toContain(lang === 'zh' ? '上海' : 'Shanghai');
			expect(first).toContain(lang === 'zh' ? '东部' : 'East');
			expect(first).toContain('473.83');
		}
	});
});

describe('a chart whose rows are not in yet', () => {
	it('says … for its coverage, never 0/31, while the engine loads', async () => {
		// Hold the engine back, and the indicator's early rows (data/views/): the page shows its loading state
		// for as long as the test looks.
		const { page } = await site.open('?indicator=pku_dfiic_payment', {
			beforeGoto: async (context) => {
				await context.route('**/*.wasm', () => undefined);
				await context.route('**/data/views/*.json', () => undefined);
			}
		});
		const summary = page.locator('figure[data-chart="region-summary"][aria-busy="true"]');
		await summary.waitFor();
		const note = await summary.locator('.source').innerText();
		expect(note).toContain('…');
		expect(note).not.toMatch(/\d+\/31/);
		expect(note).toContain(PKU.zh);
	});
});
