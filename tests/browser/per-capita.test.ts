// Per capita in headless Chromium against the built site: an import answered "a total" (the 2020 census
// populations, the one provincial total the real data hold) is offered per 10,000 residents; with it on, the
// link says per=capita, the charts say so, and the ranking's download holds value ÷ population × 10⁴ for each
// province (computed here from the fixture and data/population.csv), with a per_capita column and a file name
// that says it. An index is never offered per capita.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { downloadCsv, useSite, waitForReady } from './support/site';

const site = useSite();
const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/import/population_2020_messy.csv', import.meta.url));
const ID = 'imported_population_2020_messy';

const census = new Map(
	csvParse(readFileSync(`${DATA}population.csv`, 'utf8')).map((r) => [
		r.adcode as string,
		Number(r.population)
	])
);

describe('a total per 10,000 residents (per=capita)', () => {
	it('is offered for an import that is a total, and divides every province by its 2020 census population', async () => {
		const { page, errors, externalRequests } = await site.openReady('import');
		await page.locator('input[type="file"]').setInputFiles(FIXTURE);
		await page.locator('[data-counts="cells"]').waitFor({ timeout: 60_000 });
		await page.locator('.checking').waitFor({ state: 'detached', timeout: 60_000 });
		await page.locator('input[name="total_0"]').check();
		await page.getByRole('button', { name: '导入', exact: true }).click();
		await page.waitForURL(new RegExp(`/\\?.*indicator=${ID}(&|$)`));
		await waitForReady(page);

		// As given first: the ranking's download holds the file's values.
		const given = await downloadCsv(page, 'province-ranking');
		const header = given.rows[0] as string[];
		const valueAt = header.indexOf('value');
		const adcodeAt = header.indexOf('adcode');
		const asGiven = new Map(given.rows.slice(1).map((r) => [r[adcodeAt] as string, Number(r[valueAt])]));
		expect(asGiven.size).toBe(31);

		await page.getByLabel('按每万人计算').check();
		await page.waitForURL(/[?&]per=capita(&|$)/);
		await waitForReady(page);
		const view = `percapita:${ID}|2020|region4`;
		await page.locator(`figure[data-chart="province-ranking"][data-view="${view}"]`).waitFor();
		const caption = await page.locator('figure[data-chart="province-ranking"] figcaption').innerText();
		expect(caption).toContain('（每万人）');
		const source = await page.locator('figure[data-chart="province-ranking"] .source').innerText();
		expect(source).toContain('第七次全国人口普查');

		const divided = await downloadCsv(page, 'province-ranking');
		expect(divided.fileName).toBe(`province-ranking_${ID}_per-10000-residents_2020_region4.csv`);
		expect(divided.rows[0]).toEqual([...header, 'per_capita']);
		const body = divided.rows.slice(1);
		expect(body).toHaveLength(31);
		for (const row of body) {
			const adcode = row[adcodeAt] as string;
			const expected = ((asGiven.get(adcode) as number) / (census.get(adcode) as number)) * 1e4;
			expect(Number(row[valueAt])).toBeCloseTo(expected, 6);
			expect(row.at(-1)).toBe('per 10000 residents (2020 census population)');
		}
		// The file is the census itself, so each province's count per 10,000 of its residents is 10,000.
		expect(Number(body[0]?.[valueAt])).toBeCloseTo(10_000, 6);

		// The link reproduces it in a fresh page of the same browser (the import lives in its IndexedDB).
		await page.reload();
		await waitForReady(page);
		expect(await page.getByLabel('按每万人计算').isChecked()).toBe(true);
		expect(errors).toEqual([]);
		expect(externalRequests()).toEqual([]);
	});

	it('is not offered for an index, and a link asking for it says why', async () => {
		const { page } = await site.openReady('?indicator=pku_dfiic_payment&per=capita');
		expect(await page.getByLabel('按每万人计算').count()).toBe(0);
		expect(await page.locator('[data-notice="per"]').innerText()).toContain('指数不除以人口');
		await page
			.locator('figure[data-chart="province-ranking"][data-view="pku_dfiic_payment|2023|region4"]')
			.waitFor();
	});
});
