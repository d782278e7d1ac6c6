// The import page in headless Chromium, against the built site: the GBK yearbook table and the Excel
// workbook made from the real data (tests/fixtures/import/) import in one confirmation and the overview then
// shows them with the region means of data/observations/pku_dfiic.csv; imports survive a reload and go when
// removed; every hostile file gives a message and the bundled data still works; a 100 MB file never freezes
// the page; nothing leaves the origin.
import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { downloadCsv, useSite, waitForReady, type OpenedPage } from './support/site';

const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const GBK = 'pku_dfiic_coverage_breadth_2013-2022_wide_gbk.csv';
const XLSX = 'pku_dfiic_coverage_breadth_2013-2022.xlsx';
/** The id the GBK and Excel files get: their names are Chinese, so the slug is the file name's. */
const ID = 'imported_pku_dfiic_coverage_breadth_2013_2022';
const BREADTH = 'pku_dfiic_coverage_breadth';
const NAME = '北京大学数字普惠金融指数：覆盖广度';

const site = useSite();
const scratch = mkdtempSync(join(tmpdir(), 'import-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface RegionFigure {
	provinces: number;
	mean: number;
	min: number;
	max: number;
}

/** Region (NBS four regions) mean, range and count of coverage breadth in `year`, from the data files. */
function expectedRegions(year: number): Map<string, RegionFigure> {
	const regionOf = new Map(
		csvParse(readFileSync(`${DATA}provinces.csv`, 'utf8')).map((p) => [p.adcode, p.region4 as string])
	);
	const values = csvParse(readFileSync(`${DATA}observations/pku_dfiic.csv`, 'utf8')).filter(
		(r) => r.indicator === BREADTH && Number(r.year) === year
	);
	const byRegion = new Map<string, number[]>();
	for (const r of values) {
		const region = regionOf.get(r.adcode) as string;
		byRegion.set(region, [...(byRegion.get(region) ?? []), Number(r.value)]);
	}
	return new Map(
		[...byRegion].map(([region, vs]) => [
			region,
			{
				provinces: vs.length,
				mean: vs.reduce((a, b) => a + b, 0) / vs.length,
				min: Math.min(...vs),
				max: Math.max(...vs)
			}
		])
	);
}

/** The overview's region-summary CSV of `year` checked against the data files. */
async function expectRegionMeans(page: Page, id: string, year: number): Promise<void> {
	await page.locator(`figure[data-chart="region-summary"][data-view="${id}|${year}|region4"]`).waitFor();
	const csv = await downloadCsv(page, 'region-summary');
	expect(csv.fileName).toBe(`region-summary_${id}_${year}_region4.csv`);
	expect(csv.rows[0]).toEqual([
		'indicator',
		'year',
		'scheme',
		'region',
		'region_name',
		'provinces',
		'mean',
		'min',
		'max'
	]);
	const expected = expectedRegions(year);
	const body = csv.rows.slice(1);
	expect(body.map((r) => r[3])).toEqual(['east', 'central', 'west', 'northeast']);
	for (const [indicator, y, scheme, region, , provinces, mean, min, max] of body) {
		const e = expected.get(region as string) as RegionFigure;
		expect([indicator, y, scheme]).toEqual([id, String(year), 'region4']);
		expect(Number(provinces)).toBe(e.provinces);
		expect(Number(mean)).toBeCloseTo(e.mean, 9);
		expect([Number(min), Number(max)]).toEqual([e.min, e.max]);
	}
}

async function choose(page: Page, file: string): Promise<void> {
	await page.locator('input[type="file"]').setInputFiles(file);
}

/** Waits until the check of every row is shown and the page is not busy; returns its counts. */
async function checked(page: Page): Promise<{ cells: number; imported: number; rejected: number }> {
	const counts = page.locator('[data-counts="cells"]');
	await counts.waitFor({ timeout: 60_000 });
	await page.locator('.checking').waitFor({ state: 'detached', timeout: 60_000 });
	const read = async (name: string) => Number(await counts.getAttribute(`data-${name}`));
	return { cells: await read('cells'), imported: await read('imported'), rejected: await read('rejected') };
}

async function openImport(query = ''): Promise<OpenedPage> {
	const opened = await site.open(`import${query}`);
	await waitForReady(opened.page);
	return opened;
}

/** Imports `file` with the one confirmation and waits for the overview on the new indicator. */
async function importOne(page: Page, file: string, button = '导入'): Promise<void> {
	await choose(page, file);
	const counts = await checked(page);
	expect(counts).toEqual({ cells: 310, imported: 310, rejected: 0 });
	await page.getByRole('button', { name: button, exact: true }).click();
	await page.waitForURL(new RegExp(`/\\?.*indicator=${ID}(&|$)`));
	await waitForReady(page);
}

describe('importing the wide GBK table of coverage breadth (full province names, 2013年 … 2022年)', () => {
	it('guesses the layout, imports in one confirmation, and the overview shows it with the right region means, marked as imported', async () => {
		const { page, errors, externalRequests, failedRequests } = await openImport();
		await choose(page, FIXTURES + GBK);
		expect(await checked(page)).toEqual({ cells: 310, imported: 310, rejected: 0 });
		// What was guessed, shown before the one confirmation.
		await expect.poll(() => page.locator('[data-file-name]').innerText()).toContain('GB18030');
		expect(await page.locator('[data-layout]').getAttribute('data-layout')).toBe('wide');
		expect(await page.locator('select[name="header-row"]').inputValue()).toBe('1');
		expect(
			await page
				.locator('thead select')
				.evaluateAll((els) => els.map((el) => (el as HTMLSelectElement).value))
		).toEqual(['province', ...Array(10).fill('value')]);
		expect(await page.locator('input[name="name_zh_0"]').inputValue()).toBe(NAME);
		expect(await page.locator('input[name="unit_0"]').inputValue()).toBe('指数');
		expect(await page.locator('[data-counts="rows"]').innerText()).toBe(
			'文件共 33 行：标题 1 行，表头 1 行，空行 0 行，数据 31 行。'
		);

		await page.getByRole('button', { name: '导入', exact: true }).click();
		await page.waitForURL(new RegExp(`/\\?.*indicator=${ID}&year=2022(&|$)`));
		await waitForReady(page);

		// Marked as imported: its source note names the file, and the menu lists it among the imports.
		const source = page.locator('figure[data-chart="region-summary"] .source');
		expect(await source.innerText()).toContain(`导入：${GBK}`);
		expect(await source.innerText()).toContain('31/31');
		expect(await page.locator('select[name="indicator"]').inputValue()).toBe(ID);
		expect(await page.locator(`optgroup[label="导入的指标"] option[value="${ID}"]`).innerText()).toBe(NAME);
		expect(await page.locator('figure[data-chart="region-summary"] figcaption').innerText()).toContain(NAME);
		await expectRegionMeans(page, ID, 2022);

		// Another year, by the year control: the same means as the data files.
		await page.getByRole('button', { name: '上一年' }).click();
		await page.waitForURL(/year=2021/);
		await expectRegionMeans(page, ID, 2021);
		// The ranking and the gap trend draw it too.
		await page.locator(`figure[data-chart="province-ranking"][data-view="${ID}|2021|region4"]`).waitFor();
		await page.locator(`figure[data-chart="gap-trend"][data-view^="${ID}|"]`).waitFor();

		expect(externalRequests()).toEqual([]);
		expect(failedRequests).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('keeps it across a reload (IndexedDB), in every year and on the analysis page, until it is removed', async () => {
		const { page, errors, externalRequests } = await openImport();
		await importOne(page, FIXTURES + GBK);
		await page.goto(`${site.url}?indicator=${ID}&year=2013`);
		await waitForReady(page);
		await expectRegionMeans(page, ID, 2013);
		await page.reload();
		await waitForReady(page);
		await expectRegionMeans(page, ID, 2013);
		expect(await page.locator('[data-notice]').count()).toBe(0);

		// Every measure: the analysis page computes Theil and Gini for it.
		await page.goto(`${site.url}analysis?indicator=${ID}&year=2018`);
		await waitForReady(page);
		expect(
			await page.locator('figure[data-chart="theil-decomposition"]').getAttribute('data-view')
		).toContain(ID);

		// The import page lists it; removing it takes it out of the list, the menu and the engine.
		await page.getByRole('navigation').getByRole('link', { name: '导入数据' }).click();
		await page.waitForURL(/\/import\/\?/);
		await waitForReady(page);
		const item = page.locator(`[data-imported-id="${ID}"]`);
		expect(await item.innerText()).toContain(GBK);
		expect(await item.innerText()).toContain('2013–2022');
		await page.getByRole('button', { name: `移除 ${NAME}` }).click();
		await item.waitFor({ state: 'detached' });
		expect(await page.locator('.imported .empty').innerText()).toBe('尚未导入任何指标。');

		await page.reload();
		await waitForReady(page);
		expect(await page.locator('[data-imported-id]').count()).toBe(0);
		await page.goto(`${site.url}?indicator=${ID}&year=2013`);
		await waitForReady(page);
		expect(await page.locator('[data-notice="indicator"]').innerText()).toContain(ID);
		expect(await page.locator('select[name="indicator"]').inputValue()).toBe('pku_dfiic_index_aggregate');
		expect(externalRequests()).toEqual([]);
		expect(errors).toEqual([]);
	});
});

describe('importing the same table from an Excel workbook', () => {
	it('opens its data sheet past the notes sheet and gives the same region means (in English)', async () => {
		const { page, errors, externalRequests } = await openImport('?lang=en');
		await choose(page, FIXTURES + XLSX);
		expect(await checked(page)).toEqual({ cells: 310, imported: 310, rejected: 0 });
		expect(await page.locator('select[name="sheet"]').inputValue()).toBe('数据');
		expect(
			await page.locator('select[name="sheet"] option').evaluateAll((els) => els.map((el) => el.textContent))
		).toEqual(['说明', '数据']);
		expect(await page.locator('[data-file-name]').innerText()).toContain('Excel workbook');
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await page.waitForURL(new RegExp(`/\\?.*indicator=${ID}&year=2022&scheme=region4&lang=en$`));
		await waitForReady(page);
		expect(await page.locator('figure[data-chart="region-summary"] .source').innerText()).toContain(
			`Imported: ${XLSX}`
		);
		await expectRegionMeans(page, ID, 2022);
		await page.goto(`${site.url}?indicator=${ID}&year=2016&lang=en`);
		await waitForReady(page);
		await expectRegionMeans(page, ID, 2016);

		// Choosing the notes sheet instead says there is nothing to import there.
		await page.goto(`${site.url}import?lang=en`);
		await waitForReady(page);
		await choose(page, FIXTURES + XLSX);
		await checked(page);
		await page.locator('select[name="sheet"]').selectOption('说明');
		await page.locator('[data-import-problems], [data-import-message]').first().waitFor();
		expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
		expect(externalRequests()).toEqual([]);
		expect(errors).toEqual([]);
	});
});

describe('a file dropped on the page', () => {
	it('is read like a chosen one', async () => {
		const { page, errors } = await openImport();
		const bytes = [...readFileSync(FIXTURES + GBK)];
		await page.evaluate(
			({ bytes, name }) => {
				const transfer = new DataTransfer();
				transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/csv' }));
				const zone = document.querySelector('[data-dropzone]') as HTMLElement;
				zone.dispatchEvent(
					new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true })
				);
				zone.dispatchEvent(
					new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })
				);
			},
			{ bytes, name: GBK }
		);
		expect(await checked(page)).toEqual({ cells: 310, imported: 310, rejected: 0 });
		expect(await page.locator('[data-file-name]').getAttribute('data-file-name')).toBe(GBK);
		expect(errors).toEqual([]);
	});
});

describe('hostile files', () => {
	it('each gives a message, never a crash; the page keeps working and the bundled data is untouched', async () => {
		const { page, errors, externalRequests } = await openImport();
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		const refused: [string, string][] = [
			['empty.csv', 'empty'],
			['blank-lines.csv', 'empty'],
			['binary-junk.csv', 'binary'],
			['renamed-pdf.csv', 'pdf'],
			['broken.xlsx', 'workbook_unreadable'],
			['object-not-array.json', 'json_shape'],
			['truncated.json', 'json_invalid']
		];
		for (const [file, code] of refused) {
			await choose(page, `${FIXTURES}hostile/${file}`);
			const message = page.locator(`[data-import-error="${code}"]`);
			await message.waitFor({ timeout: 20_000 });
			expect((await message.innerText()).length, file).toBeGreaterThan(10);
			expect(await page.locator('[data-counts]').count(), file).toBe(0);
		}

		// 10,000 columns: refused at the first row.
		const wide = join(scratch, 'wide-10000-columns.csv');
		const row = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
		writeFileSync(wide, `${row}\n${row}\n`);
		await choose(page, wide);
		await page.locator('[data-import-error="too_many_columns"]').waitFor();

		// Over the size limit: refused before it is read (a sparse file, 150 MB of nothing).
		const huge = join(scratch, 'over-limit.csv');
		writeFileSync(huge, '');
		truncateSync(huge, 150 * 1024 * 1024);
		await choose(page, huge);
		expect(await page.locator('[data-import-error="too_large"]').innerText()).toContain('100 MB');

		// A header without rows, and a table without a province column.
		await choose(page, `${FIXTURES}hostile/header-only.csv`);
		await page.locator('[data-import-error="no_rows"]').waitFor();
		await choose(page, `${FIXTURES}hostile/no-province-column.csv`);
		expect(await page.locator('[data-import-problems]').innerText()).toContain('请指定哪一列是省份');
		expect(await page.getByRole('button', { name: '导入', exact: true }).isDisabled()).toBe(true);

		// Formulas are text: never run, reported, and neutralised in the download of rejected cells.
		await choose(page, `${FIXTURES}hostile/formulas.csv`);
		expect(await checked(page)).toEqual({ cells: 8, imported: 2, rejected: 6 });
		const names = await page
			.locator('[data-unmatched] li')
			.evaluateAll((els) => els.map((el) => el.getAttribute('data-name')));
		expect(names).toEqual(['=HYPERLINK("http://example.invalid/x","天津")', '+山西']);
		expect(await page.locator('[data-unmatched] li[data-name="+山西"] .suggest').innerText()).toBe(
			'可能是：山西'
		);
		// The user, not the page, decides that "+山西" is Shanxi: its two values are then imported.
		await page.getByRole('combobox', { name: '“+山西”对应的省份' }).selectOption('140000');
		await expect.poll(() => page.locator('[data-counts="cells"]').getAttribute('data-imported')).toBe('4');
		await page.getByRole('combobox', { name: '“+山西”对应的省份' }).selectOption('');
		await expect.poll(() => page.locator('[data-counts="cells"]').getAttribute('data-imported')).toBe('2');
		await checked(page);
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: /^下载不导入的单元格/ }).click();
		const rejected = readFileSync(await (await downloading).path(), 'utf8');
		expect(rejected.startsWith('\uFEFFrow,column,province,year,indicator,value,reason,note\r\n')).toBe(true);
		const lines = csvParse(rejected.replace(/^\uFEFF/, ''));
		expect(lines.map((l) => [l.row, l.reason])).toEqual([
			['3', 'unknown_province'],
			['3', 'unknown_province'],
			['4', 'non_numeric'],
			['4', 'non_numeric'],
			['5', 'unknown_province'],
			['5', 'unknown_province']
		]);
		expect(lines[0]?.province).toBe(`'=HYPERLINK("http://example.invalid/x","天津")`);
		expect(lines.slice(2, 4).map((l) => l.value)).toEqual(["'=1+2", "'@SUM(A1:A9)"]);
		expect(lines[4]?.province).toBe(`'+山西`);

		// Markup in the title, header and names is shown as text, on the import page and on the dashboard.
		await choose(page, `${FIXTURES}hostile/html-names.csv`);
		expect(await checked(page)).toEqual({ cells: 4, imported: 2, rejected: 2 });
		expect(await page.locator('[data-unmatched] li .name').allInnerTexts()).toEqual([
			'“<img src=x onerror=alert(2)>”',
			'“<script>alert(3)</script>”'
		]);
		expect(await page.locator('thead th .header-text').first().innerText()).toBe('<b>省份</b>');
		expect(await page.locator('input[name="name_zh_0"]').inputValue()).toBe(
			'<img src=x onerror=alert(1)>覆盖广度'
		);
		expect(await page.locator('main img, main script, main b').count()).toBe(0);
		await page.getByRole('button', { name: '导入', exact: true }).click();
		await page.waitForURL(/indicator=imported_img_src_x_onerror_alert_1(&|$)/);
		await waitForReady(page);
		expect(await page.locator('figure[data-chart="region-summary"] figcaption').innerText()).toContain(
			'<img src=x onerror=alert(1)>覆盖广度'
		);
		expect(await page.locator('img').count()).toBe(0);

		// The bundled indicator still works, with its own figures.
		await page.goto(`${site.url}?indicator=${BREADTH}&year=2018`);
		await waitForReady(page);
		await expectRegionMeans(page, BREADTH, 2018);
		expect(dialogs).toEqual([]);
		expect(externalRequests()).toEqual([]);
		expect(errors).toEqual([]);
	});
});

describe('a 100 MB file', () => {
	it('is read and checked off the main thread with progress, the page staying responsive, every row accounted for', async () => {
		// 100,000,000 bytes of the real long table of coverage breadth (403 rows), repeated: all but the
		// first copy are duplicates.
		const rows = csvParse(readFileSync(`${DATA}observations/pku_dfiic.csv`, 'utf8'))
			.filter((r) => r.indicator === BREADTH)
			.map((r) => `${r.province_zh},${r.year},${r.value}\n`);
		const block = rows.join('');
		const header = 'province,year,value\n';
		const size = 100_000_000;
		const copies = Math.floor((size - header.length) / Buffer.byteLength(block));
		let used = header.length + copies * Buffer.byteLength(block);
		let extra = 0;
		while (used + Buffer.byteLength(rows[extra] as string) <= size)
			used += Buffer.byteLength(rows[extra++] as string);
		const file = join(scratch, 'breadth-repeated-100mb.csv');
		writeFileSync(file, header + block.repeat(copies) + rows.slice(0, extra).join(''));
		expect(statSync(file).size).toBe(used);
		const dataRows = copies * rows.length + extra;

		const { page, errors } = await openImport();
		// A heartbeat on the main thread: the longest gap between timer ticks while the file is processed.
		await page.evaluate(() => {
			const w = window as unknown as { maxGap: number; last: number };
			w.maxGap = 0;
			w.last = performance.now();
			setInterval(() => {
				const now = performance.now();
				w.maxGap = Math.max(w.maxGap, now - w.last);
				w.last = now;
			}, 20);
		});
		const t0 = Date.now();
		await choose(page, file);
		const t1 = Date.now();
		await page.locator('[data-import-progress]').waitFor();
		const counts = await checked(page);
		console.log(`setInputFiles ${t1 - t0} ms, read and checked ${Date.now() - t1} ms`);
		expect(counts).toEqual({ cells: dataRows, imported: 403, rejected: dataRows - 403 });
		expect(await page.locator('[data-reason="duplicate"]').first().innerText()).toContain(
			String(dataRows - 403)
		);
		// Counted in full, listed up to the cap: the page says so.
		expect(await page.locator('[data-capped]').innerText()).toContain('100000');
		const maxGap = await page.evaluate(() => (window as unknown as { maxGap: number }).maxGap);
		console.log(`100 MB file: ${dataRows} rows; longest main-thread gap ${Math.round(maxGap)} ms`);
		expect(maxGap).toBeLessThan(1_000);
		expect(errors).toEqual([]);
	}, 180_000);
});
