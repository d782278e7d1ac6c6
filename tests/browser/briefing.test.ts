// "下载简报 / Download briefing": the Word document written in the browser, read back here (unzipped, every XML
// part parsed by Chromium), holding the page's headline word for word, the overview's four charts as PNG
// images (and the Theil decomposition as a fifth from /analysis) and the publishers in its sources; and the
// print view /brief with the same headline and the same charts.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './support/site';
import { unzip } from './support/unzip';

const site = useSite();

interface Briefing {
	fileName: string;
	bytes: number;
	/** From the click to the file. */
	ms: number;
	parts: Map<string, Uint8Array>;
	/** The text of word/document.xml, paragraph by paragraph. */
	paragraphs: string[];
}

/** The JavaScript files fetched while `run` runs, with their sizes as sent. */
async function scriptsFetched(page: Page, run: () => Promise<unknown>): Promise<string[]> {
	const sizes: Promise<string>[] = [];
	const listener = (response: import('playwright-core').Response) => {
		if (response.url().endsWith('.js'))
			sizes.push(
				response.body().then((b) => `${response.url().split('/').at(-1)} ${(b.length / 1024).toFixed(0)} KB`)
			);
	};
	page.on('response', listener);
	await run();
	page.off('response', listener);
	return Promise.all(sizes);
}

async function downloadBriefing(page: Page): Promise<Briefing> {
	const button = page.getByRole('button', { name: /^(下载简报|Download briefing)$/ });
	await expect.poll(() => button.isEnabled(), { timeout: 30_000 }).toBe(true);
	const downloading = page.waitForEvent('download', { timeout: 60_000 });
	const started = performance.now();
	await button.click();
	const download = await downloading;
	const ms = performance.now() - started;
	const file = new Uint8Array(await readFile(await download.path()));
	const parts = unzip(file);
	const xml = new TextDecoder().decode(parts.get('word/document.xml'));
	// Every XML part must parse: what Word would refuse to open, Chromium's parser refuses too.
	const xmlParts = [...parts].filter(([name]) => /\.(xml|rels)$/.test(name));
	const failures = await page.evaluate(
		(texts) =>
			texts.flatMap(([name, text]) =>
				new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror') ? [name] : []
			),
		xmlParts.map(([name, bytes]) => [name, new TextDecoder().decode(bytes)] as [string, string])
	);
	expect(failures).toEqual([]);
	const paragraphs = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
		return [...doc.getElementsByTagNameNS(W, 'p')].map((p) =>
			[...p.getElementsByTagNameNS(W, 't')].map((t) => t.textContent).join('')
		);
	}, xml);
	return { fileName: download.suggestedFilename(), bytes: file.length, ms, parts, paragraphs };
}

const pngs = (b: Briefing) =>
	[...b.parts].filter(([name, bytes]) => /^word\/media\/.+\.png$/.test(name) && bytes[1] === 0x50);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** The first click (which loads the writer), then five more: sizes and times for the closing note. */
async function downloadSix(page: Page, label: string): Promise<Briefing> {
	let first: Briefing | undefined;
	const chunks = await scriptsFetched(page, async () => (first = await downloadBriefing(page)));
	const runs: Briefing[] = [];
	for (let i = 0; i < 5; i++) runs.push(await downloadBriefing(page));
	const b = first as Briefing;
	console.log(
		`briefing (${label}): ${b.bytes} bytes, ${pngs(b).length} images; first click ${Math.round(b.ms)} ms ` +
			`(loading ${chunks.join(', ')}); next five ${runs.map((r) => Math.round(r.ms)).join(', ')} ms, ` +
			`median ${Math.round(median(runs.map((r) => r.ms)))} ms`
	);
	return b;
}

/** The numbered captions of the images, in order, without their numbers. */
const captions = (b: Briefing) =>
	b.paragraphs.flatMap((p) => {
		const caption = /^(?:图 \d+\u3000|Figure \d+\. )(.+)$/.exec(p);
		return caption ? [caption[1]] : [];
	});

const OVERVIEW_CHARTS = ['region-summary', 'gap-trend', 'province-ranking', 'tile-map'];

/** The titles of `charts` as `page` shows them. */
const titles = (page: Page, charts: readonly string[]) =>
	Promise.all(
		charts.map(async (chart) =>
			(await page.locator(`figure[data-chart="${chart}"] figcaption .title`).innerText()).trim()
		)
	);

describe('the briefing', () => {
	it('downloads from the overview as a Word document with the headline, four charts and the publishers', async () => {
		const { page } = await site.openReady('?year=2019&select=620000');
		const headline = (await page.locator('[data-headline]').innerText()).trim();
		expect(headline).toMatch(
			/^2019 年，东部平均 358\.5，西部平均 301\.5，东部比西部高 57\.0，是西部的 1\.19 倍。/
		);

		const b = await downloadSix(page, 'zh, overview');

		expect(b.fileName).toBe('briefing_pku_dfiic_index_aggregate_2019_region4_zh.docx');
		expect(b.parts.has('[Content_Types].xml')).toBe(true);
		expect(b.paragraphs[0]).toBe('数字普惠金融总指数区域差距简报（2019 年）');
		expect(b.paragraphs).toContain(headline);
		expect(b.paragraphs).toContain('一、主要结论');
		expect(pngs(b).length).toBe(4);
		// Each image is captioned with its number and the chart's title as the page shows it.
		expect(captions(b)).toEqual(await titles(page, OVERVIEW_CHARTS));
		expect(b.paragraphs).toContain(`图 3\u3000${(await titles(page, ['province-ranking']))[0]}`);
		// The selected province's gaps, and the sources naming the publisher.
		expect(b.paragraphs.some((p) => /^甘肃比西部平均值低 \d+\.\d，比东部平均值低 \d+\.\d。$/.test(p))).toBe(
			true
		);
		// The sources cite the dataset in GB/T 7714 as the Cite panel does, with the overview's permalink.
		const sources = b.paragraphs.slice(b.paragraphs.indexOf('五、数据来源与方法'));
		expect(
			sources.some((p) =>
				/^\[1\] 北京大学数字金融研究中心课题组\. 北京大学数字普惠金融指数（2011—2023 年）：.+\[DB\/OL\]\. \[\d{4}-\d\d-\d\d\]\. http:\/\/.+\/\?v=1&indicator=pku_dfiic_index_aggregate&year=2019&scheme=region4&select=620000\.$/.test(
					p
				)
			)
		).toBe(true);
		expect(b.paragraphs).toContain('附表');
	}, 120_000);

	it("downloads from /analysis in English with the overview's four charts and the Theil decomposition", async () => {
		const { page } = await site.openReady('analysis/?lang=en');
		const b = await downloadSix(page, 'en, analysis');
		expect(b.fileName).toBe('briefing_pku_dfiic_index_aggregate_2023_region4_en.docx');
		expect(pngs(b).length).toBe(5);
		// The captions: the overview's charts as the overview titles them for the same view, then the Theil
		// decomposition as /analysis titles it.
		const [theilTitle] = await titles(page, ['theil-decomposition']);
		const overview = await site.openReady('?lang=en');
		expect(captions(b)).toEqual([...(await titles(overview.page, OVERVIEW_CHARTS)), theilTitle]);
		expect(b.paragraphs).toContain(`Figure 5. ${theilTitle}`);
		// The overview's headline for the same view, word for word.
		expect(
			b.paragraphs.some((p) =>
				p.startsWith(
					'In 2023 the East averaged 428.1 and the West 371.0: the East was 57.1 above the West, 1.15 times its level. Since 2011 the absolute East–West gap has widened from 32.9 to 57.1'
				)
			)
		).toBe(true);
		expect(
			b.paragraphs.some((p) => p.startsWith('The Theil index fell from 0.098 in 2011 to 0.0033 in 2023'))
		).toBe(true);
		expect(
			b.paragraphs.some((p) =>
				/^Peking University Institute of Digital Finance\. \(n\.d\.\)\. .+ \(Measuring the divide\) \[Data set\]\. Retrieved .+, from http:\/\/.+\/analysis\/\?v=1&/.test(
					p
				)
			)
		).toBe(true);
	}, 120_000);

	it('has a print view /brief with the same headline as the overview, linked from the button', async () => {
		const { page } = await site.openReady('?year=2019&scheme=region3');
		const headline = (await page.locator('[data-headline]').innerText()).trim();
		await page.getByRole('link', { name: '打印版' }).click();
		await page.waitForURL(/\/brief\/\?/);
		expect(new URL(page.url()).searchParams.get('scheme')).toBe('region3');
		await page.locator('.brief [data-headline]').waitFor();
		expect((await page.locator('.brief [data-headline]').innerText()).trim()).toBe(headline);
		expect(await page.locator('.brief figure[data-chart] svg[role="img"]').count()).toBe(4);
		// A page to read: no chart downloads, embed code or table views, on screen or in print.
		const embed = page.getByRole('button', { name: /^嵌入代码/, includeHidden: true });
		expect(await embed.count()).toBe(4);
		for (const media of ['screen', 'print'] as const) {
			await page.emulateMedia({ media });
			expect(await page.locator('.brief figure .actions').first().isVisible()).toBe(false);
			expect(await embed.first().isVisible()).toBe(false);
			expect(await page.locator('.brief figure details').first().isVisible()).toBe(false);
		}
	});

	it("has a print view from /analysis with the Theil decomposition after the overview's charts", async () => {
		const { page } = await site.openReady('analysis/?year=2019&lang=en');
		const [theilTitle] = await titles(page, ['theil-decomposition']);
		await page.getByRole('link', { name: 'Print view' }).click();
		await page.waitForURL(/\/brief\/\?.*page=analysis/);
		await page.locator('.brief figure[data-chart="theil-decomposition"] svg[role="img"]').waitFor();
		expect(
			await page.locator('.brief figure[data-chart]').evaluateAll((fs) => fs.map((f) => f.dataset.chart))
		).toEqual([...OVERVIEW_CHARTS, 'theil-decomposition']);
		expect((await titles(page, ['theil-decomposition']))[0]).toBe(theilTitle);
		expect(await page.locator('.brief .figure .label').allInnerTexts()).toEqual(
			[1, 2, 3, 4, 5].map((n) => `Figure ${n}`)
		);
		// The way back leads to /analysis.
		const back = page.locator('nav.tools a');
		expect(await back.innerText()).toBe('Measuring the divide');
		expect(await back.getAttribute('href')).toMatch(/\/analysis\/\?v=1&/);
	});
});
