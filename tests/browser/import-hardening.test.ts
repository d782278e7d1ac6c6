// Stored imports that are damaged, and workbooks that unpack past what a tab can hold, against the built
// site: malformed IndexedDB records stop no page (each reaches ready with a working language button), are
// named on /import with a Delete button that works; rejected cells are kept apart from what pages read;
// a zip bomb gets a message and the tab goes on working.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite, waitForReady } from './support/site';
import { makeZip } from '../unit/support/zip';
import { REJECT_REASONS } from '$lib/import/validate-rows';

const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const XLSX = 'pku_dfiic_coverage_breadth_2013-2022.xlsx';
const site = useSite();
const scratch = mkdtempSync(join(tmpdir(), 'import-hardening-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const VALID_ID = 'imported_three_cities';
/** A well-formed record: Beijing, Tianjin and Shanghai in 2019, and `unknown` cells of unknown places. */
function validRecord(id = VALID_ID, unknown = 0) {
	return {
		version: 1,
		indicator: {
			id,
			dataset: 'imported',
			name_zh: '三市指标',
			name_en: 'Three cities',
			unit_zh: '',
			unit_en: '',
			higher_is_better: true,
			source_zh: '导入：three.csv',
			source_en: 'Imported: three.csv',
			source_urls: [],
			years: [{ year: 2019, provinces: 3 }]
		},
		fileName: 'three.csv',
		importedAt: '2026-01-01T00:00:00.000Z',
		values: [
			{ year: 2019, adcode: 110000, value: 1 },
			{ year: 2019, adcode: 120000, value: 2 },
			{ year: 2019, adcode: 310000, value: 3 }
		],
		report: {
			format: 'csv',
			encoding: 'utf-8',
			sheet: null,
			counts: { rows: 4, titleRows: 0, headerRows: 1, emptyRows: 0, dataRows: 3 },
			cells: 3 + unknown,
			imported: 3,
			rejected: Object.fromEntries(REJECT_REASONS.map((r) => [r, r === 'unknown_province' ? unknown : 0]))
		}
	};
}

type Loose = Record<string, unknown> & { indicator: Record<string, unknown> };
const broken = (id: string, change: (r: Loose) => void) => {
	const record = validRecord(id) as unknown as Loose;
	change(record);
	return record;
};

/** The malformed records of issue 11 and more, each under its own key. */
const MALFORMED = [
	broken('imported_null_year', (r) => (r.indicator.years = [null])),
	broken('imported_no_urls', (r) => delete r.indicator.source_urls),
	broken('imported_empty_report', (r) => (r.report = {})),
	broken('imported_values_text', (r) => (r.values = 'values')),
	broken('imported_huge_name', (r) => (r.indicator.name_zh = '长'.repeat(2_000_000))),
	{ indicator: { id: 42 }, fileName: { toString: 'x' } },
	broken('imported_wrong_version', (r) => (r.version = '1'))
];

/** Writes records (and rejected cells by key) into the site's IndexedDB, at `version` (1: the old layout). */
async function seed(page: Page, records: unknown[], rejected: [string, unknown][] = [], version = 2) {
	await page.evaluate(
		({ records, rejected, version }) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('digital-divide-imports', version);
				request.onupgradeneeded = () => {
					const db = request.result;
					if (!db.objectStoreNames.contains('indicators'))
						db.createObjectStore('indicators', { keyPath: 'indicator.id' });
					if (version > 1 && !db.objectStoreNames.contains('rejected')) db.createObjectStore('rejected');
				};
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const names = version > 1 ? ['indicators', 'rejected'] : ['indicators'];
					const tx = db.transaction(names, 'readwrite');
					for (const r of records) tx.objectStore('indicators').put(r);
					for (const [key, cells] of rejected) tx.objectStore('rejected').put(cells, key);
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ records, rejected, version }
	);
}

/**
 * A document of the site's origin that is no page of the app (its manifest), for seeding before any page
 * opens the database; the browser's request for /favicon.ico, which the site has not, is left out of errors.
 */
async function blankOrigin() {
	const opened = await site.open('data/manifest.json');
	return { page: opened.page, errors: () => opened.errors.filter((e) => !e.includes('/favicon.ico')) };
}

async function heapMb(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	await cdp.detach();
	return usedSize / 1024 / 1024;
}

describe('malformed stored imports', () => {
	it('stop no page: /, /analysis, /compare and /import reach ready and switch language; the valid import still works', async () => {
		const { page, errors } = await blankOrigin();
		await seed(page, [validRecord(), ...MALFORMED]);
		for (const path of ['', 'analysis/', 'compare/', 'import/']) {
			await page.goto(`${site.url}${path}?indicator=${VALID_ID}&year=2019`);
			await waitForReady(page);
			expect(await page.locator('[data-notice="indicator"]').count(), path).toBe(0);
			await page.getByRole('button', { name: '切换到英文' }).click();
			await page.waitForFunction(() => document.documentElement.lang === 'en');
			await waitForReady(page);
			expect(await page.getByRole('button', { name: 'Switch to Chinese' }).count(), path).toBe(1);
		}
		expect(errors()).toEqual([]);
	}, 120_000);

	it('are named on /import with the field that failed, each with a Delete button that removes it for good', async () => {
		const { page, errors } = await blankOrigin();
		await seed(page, [validRecord(), ...MALFORMED]);
		await page.goto(`${site.url}import/`);
		await waitForReady(page);
		const notices = page.locator('[data-set-aside] li');
		expect(await notices.count()).toBe(MALFORMED.length);
		const texts = await notices.allInnerTexts();
		expect(texts.find((t) => t.includes('imported_null_year'))).toBeUndefined(); // named by its file
		expect(texts.filter((t) => t.includes('three.csv')).length).toBe(MALFORMED.length - 1);
		expect(texts.some((t) => t.includes('indicator.years[0]'))).toBe(true);
		expect(texts.some((t) => t.includes('indicator.source_urls'))).toBe(true);
		expect(texts.some((t) => t.includes('report.format'))).toBe(true);
		// The record with neither file nor name is named by its key.
		expect(texts.some((t) => t.startsWith('此浏览器中保存的导入“42”'))).toBe(true);
		// The valid one is listed as usual.
		expect(await page.locator(`[data-imported-id="${VALID_ID}"]`).count()).toBe(1);

		await page.getByRole('button', { name: '删除已搁置的导入 42' }).click();
		await page.waitForFunction(
			(n) => document.querySelectorAll('[data-set-aside] li').length === n,
			MALFORMED.length - 1
		);
		await page.reload();
		await waitForReady(page);
		expect(await notices.count()).toBe(MALFORMED.length - 1);
		for (let n = MALFORMED.length - 1; n > 0; n--) {
			await notices.first().getByRole('button').click();
			await page.waitForFunction((k) => document.querySelectorAll('[data-set-aside] li').length === k, n - 1);
		}
		await page.reload();
		await waitForReady(page);
		expect(await page.locator('[data-set-aside]').count()).toBe(0);
		expect(await page.locator(`[data-imported-id="${VALID_ID}"]`).count()).toBe(1);
		expect(errors()).toEqual([]);
	}, 120_000);
});

describe('rejected cells', () => {
	const CELLS = Array.from({ length: 100_000 }, (_, i) => ({
		row: i + 2,
		column: 'value',
		province: `不存在的地区${i}`,
		year: '2019',
		indicator: '',
		value: String(i),
		reason: 'unknown_province'
	}));

	it('are not read by the overview: 100,000 of them add under 2 MB to its heap, and /import downloads them all', async () => {
		const { page, errors } = await blankOrigin();
		await seed(page, [validRecord(VALID_ID, CELLS.length)]);
		await page.goto(`${site.url}?indicator=${VALID_ID}&year=2019`);
		await waitForReady(page);
		const without = await heapMb(page);
		await seed(page, [validRecord(VALID_ID, CELLS.length)], [[VALID_ID, CELLS]]);
		await page.reload();
		await waitForReady(page);
		const withCells = await heapMb(page);
		console.log(
			`overview heap: ${without.toFixed(1)} MB; with 100,000 rejected cells stored: ${withCells.toFixed(1)} MB`
		);
		expect(withCells - without).toBeLessThan(2);

		await page.goto(`${site.url}import/`);
		await waitForReady(page);
		const downloading = page.waitForEvent('download');
		await page
			.locator(`[data-imported-id="${VALID_ID}"]`)
			.getByRole('button', { name: '下载不导入的单元格' })
			.click();
		const lines = await readDownload(await downloading);
		expect(lines.length).toBe(1 + CELLS.length);
		expect(lines[1]).toContain('不存在的地区0');
		expect(errors()).toEqual([]);
	}, 120_000);

	it('kept inside records by the previous version move to their own store when the database is upgraded', async () => {
		const { page, errors } = await blankOrigin();
		await seed(page, [{ ...validRecord(VALID_ID, 3), rejectedCells: CELLS.slice(0, 3) }], [], 1);
		await page.goto(`${site.url}import/`);
		await waitForReady(page);
		expect(await page.locator('[data-set-aside]').count()).toBe(0);
		const downloading = page.waitForEvent('download');
		await page
			.locator(`[data-imported-id="${VALID_ID}"]`)
			.getByRole('button', { name: '下载不导入的单元格' })
			.click();
		expect((await readDownload(await downloading)).length).toBe(4);
		const stored = await page.evaluate(
			() =>
				new Promise<string[]>((resolve) => {
					const request = indexedDB.open('digital-divide-imports');
					request.onsuccess = () => {
						const tx = request.result.transaction('indicators');
						const get = tx.objectStore('indicators').get('imported_three_cities');
						get.onsuccess = () => resolve(Object.keys(get.result as object));
					};
				})
		);
		expect(stored).not.toContain('rejectedCells');
		expect(errors()).toEqual([]);
	}, 120_000);
});

async function readDownload(download: import('playwright-core').Download): Promise<string[]> {
	const { readFile } = await import('node:fs/promises');
	const text = await readFile(await download.path(), 'utf8');
	return text
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split(/\r?\n/);
}

describe('a workbook bomb', () => {
	it('gets a message naming the part, also when its directory lies; the tab keeps working and a real workbook imports after it', async () => {
		// A 300 MB sheet (spaces inside a valid sheet) in a zip of about 300 KB.
		const sheet = new Uint8Array(300 * 1024 * 1024).fill(0x20);
		sheet.set(new TextEncoder().encode('<worksheet><sheetData>'));
		const parts = (declare?: number) =>
			makeZip([
				{ name: '[Content_Types].xml', data: '<Types/>' },
				{
					name: 'xl/workbook.xml',
					data: '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'
				},
				{ name: 'xl/worksheets/sheet1.xml', data: sheet, declare }
			]);
		// Once with its size declared, once with a directory that says 1 KB.
		const bomb = join(scratch, 'bomb.xlsx');
		const liar = join(scratch, 'liar.xlsx');
		writeFileSync(bomb, parts());
		writeFileSync(liar, parts(1024));
		const { page, errors: pageErrors } = await site.openReady('import/');
		const errors = () => pageErrors;
		for (const file of [bomb, liar]) {
			const t0 = Date.now();
			await page.locator('input[type="file"]').setInputFiles(file);
			// The previous file's message goes as the next file is read.
			await page.locator('[data-import-error]').waitFor({ state: 'detached' });
			const error = page.locator('[data-import-error="workbook_part_too_big"]');
			await error.waitFor({ timeout: 30_000 });
			console.log(
				`${file}: refused in ${Date.now() - t0} ms; main-thread heap ${(await heapMb(page)).toFixed(1)} MB`
			);
			expect(await error.innerText()).toContain('xl/worksheets/sheet1.xml');
			expect(await error.innerText()).toContain('100 MB');
			expect(await heapMb(page)).toBeLessThan(100);
			expect(await page.evaluate(() => document.documentElement.dataset.db)).toBe('ready');
		}

		await page.locator('input[type="file"]').setInputFiles(FIXTURES + XLSX);
		await page.locator('[data-counts="cells"]').waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-counts="cells"]').getAttribute('data-imported')).toBe('310');
		expect(errors()).toEqual([]);
	}, 120_000);
});
