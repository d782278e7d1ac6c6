// "下载简报 / Download briefing": the Word document written in the browser, read back here (unzipped, every XML
// part parsed by Chromium), holding the page's headline word for word, the charts as PNG images and the
// publishers in its sources; and the print view /brief with the same headline.
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

describe('the briefing', () => {
	it('downloads from the overview as a Word document with the headline, four charts and the publishers', async () => {
		const { page } = await site.openReady('?year=2019&select=620000');
		const headline = (await page.locator('[data-headline]').innerText()).trim();
		expect(headline).toMatch(
			/^2019 年，东部平均 358\.5，西部平均 301\.5，东部比西部高 57\.0，是西部的 1\.19 倍。/
		);

		const runs: Briefing[] = [];
		for (let i = 0; i < 3; i++) runs.push(await downloadBriefing(page));
		const b = runs[0] as Briefing;
		console.log(
			`briefing (zh, overview): ${b.bytes} bytes; click to file ${runs.map((r) => Math.round(r.ms)).join(', ')} ms, median ${Math.round(median(runs.map((r) => r.ms)))} ms`
		);

		expect(b.fileName).toBe('briefing_pku_dfiic_index_aggregate_2019_region4_zh.docx');
		expect(b.parts.has('[Content_Types].xml')).toBe(true);
		expect(b.paragraphs[0]).toBe('数字普惠金融总指数区域差距简报（2019 年）');
		expect(b.paragraphs).toContain(headline);
		expect(b.paragraphs).toContain('一、主要结论');
		expect(pngs(b).length).toBe(4);
		// Each image is captioned with its number and the chart's title as the page shows it.
		const rankingTitle = (
			await page.locator('figure[data-chart="province-ranking"] figcaption .title').innerText()
		).trim();
		expect(b.paragraphs).toContain(`图 3\u3000${rankingTitle}`);
		// The selected province's gaps, and the sources naming the publisher.
		expect(b.paragraphs.some((p) => /^甘肃比西部平均值低 \d+\.\d，比东部平均值低 \d+\.\d。$/.test(p))).toBe(
			true
		);
		const sources = b.paragraphs.slice(b.paragraphs.indexOf('五、数据来源与方法'));
		expect(sources.some((p) => p.startsWith('北京大学数字金融研究中心课题组'))).toBe(true);
		expect(b.paragraphs).toContain('附表');
	});

	it('downloads from /analysis in English with the Theil decomposition among its charts', async () => {
		const { page } = await site.openReady('analysis/?lang=en');
		const b = await downloadBriefing(page);
		console.log(`briefing (en, analysis): ${b.bytes} bytes, ${Math.round(b.ms)} ms`);
		expect(b.fileName).toBe('briefing_pku_dfiic_index_aggregate_2023_region4_en.docx');
		expect(pngs(b).length).toBeGreaterThanOrEqual(4);
		const theilTitle = (
			await page.locator('figure[data-chart="theil-decomposition"] figcaption .title').innerText()
		).trim();
		expect(b.paragraphs).toContain(`Figure 1. ${theilTitle}`);
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
		expect(b.paragraphs.some((p) => p.includes('Peking University'))).toBe(true);
	});

	it('has a print view /brief with the same headline as the overview, linked from the button', async () => {
		const { page } = await site.openReady('?year=2019&scheme=region3');
		const headline = (await page.locator('[data-headline]').innerText()).trim();
		await page.getByRole('link', { name: '打印版' }).click();
		await page.waitForURL(/\/brief\/\?/);
		expect(new URL(page.url()).searchParams.get('scheme')).toBe('region3');
		await page.locator('.brief [data-headline]').waitFor();
		expect((await page.locator('.brief [data-headline]').innerText()).trim()).toBe(headline);
		expect(await page.locator('.brief figure[data-chart] svg[role="img"]').count()).toBe(4);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.brief figure .actions').first().isVisible()).toBe(false);
	});
});
