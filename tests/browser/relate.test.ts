// The relate page in headless Chromium, against the built site: the scatter of two bundled indicators, its
// r, ρ and n checked against figures computed here, independently, by DuckDB SQL over data/ (corr() of the
// values and of their average ranks); the CSVs hold exactly what is drawn; log axes refused where a value
// is ≤ 0; the player; the URL round trip; and the time from a change of X to both charts redrawn (printed).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { compositeIndex } from '$lib/metrics/composite-index';
import { correlation } from '$lib/metrics/correlation';
import { downloadCsv, useSite, waitForReady } from './support/site';

const CPS = 'cps_online_service_index';
const AGGREGATE = 'pku_dfiic_index_aggregate';
const BREADTH = 'pku_dfiic_coverage_breadth';
const DEPTH = 'pku_dfiic_usage_depth';
const PAYMENT = 'pku_dfiic_payment';
const SCATTER = 'figure[data-chart="indicator-scatter"]';
const CORRELATION = 'figure[data-chart="indicator-correlation"]';
const DATA = fileURLToPath(new URL('../../data/', import.meta.url));

const site = useSite();
/** The 31 provinces' codes, ascending. */
const ADCODES = csvParse(readFileSync(`${DATA}provinces.csv`, 'utf8'))
	.map((r) => Number(r.adcode))
	.sort();

interface Expected {
	n: number;
	r: number;
	rho: number;
	adcodes: number[];
	values: Map<number, [number, number]>;
}

let duck: Awaited<ReturnType<DuckDBInstance['connect']>>;
beforeAll(async () => {
	duck = await (await DuckDBInstance.create(':memory:')).connect();
	await duck.run(
		`CREATE TABLE obs AS SELECT indicator, year::INTEGER AS year, adcode::INTEGER AS adcode, value::DOUBLE AS value
		 FROM read_csv(['${DATA}observations/pku_dfiic.csv', '${DATA}observations/${CPS}.csv'], header = true, union_by_name = true)
		 WHERE value IS NOT NULL AND adcode::INTEGER IN (SELECT adcode FROM read_csv('${DATA}provinces.csv', header = true))`
	);
});
afterAll(() => duck?.closeSync());

/** r, ρ (Pearson r of average ranks) and n of two indicators in one year, from data/ by DuckDB. */
async function expected(x: string, y: string, year: number): Promise<Expected> {
	const pairs = `SELECT a.adcode, a.value AS x, b.value AS y FROM obs a
		JOIN obs b ON b.adcode = a.adcode AND b.year = a.year AND b.indicator = $y
		WHERE a.indicator = $x AND a.year = $year`;
	const ranked = `SELECT x, y,
		RANK() OVER (ORDER BY x) + (COUNT(*) OVER (PARTITION BY x) - 1) / 2 AS rx,
		RANK() OVER (ORDER BY y) + (COUNT(*) OVER (PARTITION BY y) - 1) / 2 AS ry FROM (${pairs})`;
	const params = { x, y, year };
	const [stats] = (
		await duck.runAndReadAll(
			`SELECT COUNT(*)::INTEGER AS n, corr(x, y) AS r, corr(rx, ry) AS rho FROM (${ranked})`,
			params
		)
	).getRowObjectsJS() as { n: number; r: number; rho: number }[];
	const rows = (await duck.runAndReadAll(`${pairs} ORDER BY adcode`, params)).getRowObjectsJS() as {
		adcode: number;
		x: number;
		y: number;
	}[];
	return {
		...stats!,
		adcodes: rows.map((r) => r.adcode),
		values: new Map(rows.map((r) => [r.adcode, [r.x, r.y]]))
	};
}

const view = (x: string, y: string, year: number, scale = 'linear', scheme = 'region4') =>
	`${x}|${y}|${scheme}|${year}|${scale}`;

async function waitForCharts(page: Page, drawn: string): Promise<void> {
	for (const chart of [SCATTER, CORRELATION])
		await page.locator(`${chart}[data-view="${drawn}"]`).waitFor({ timeout: 20_000 });
}

const dots = (page: Page) =>
	page
		.locator(`${SCATTER} circle.point`)
		.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-adcode'))));

/** The CSV's rows as objects keyed by its header, with the header. */
async function csvObjects(page: Page, chart: string) {
	const { rows, fileName } = await downloadCsv(page, chart);
	const [header = [], ...body] = rows;
	return {
		fileName,
		header,
		rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])))
	};
}

/** r or ρ as the page writes it: three decimals, a true minus sign. */
const shown = (v: number) => v.toFixed(3).replace(/^-/, '−');

describe('the relate page', () => {
	it('draws 31 dots for the online-service index against the PKU aggregate in 2019, with r, ρ and n as DuckDB computes them from data/', async () => {
		const { page, errors, externalRequests } = await site.openReady(
			`relate/?x=${CPS}&y=${AGGREGATE}&year=2019`
		);
		await waitForCharts(page, view(CPS, AGGREGATE, 2019));
		const want = await expected(CPS, AGGREGATE, 2019);
		expect(want.n).toBe(31);

		expect((await dots(page)).sort()).toEqual(want.adcodes);
		const statement = await page.locator(`${SCATTER} [data-statement]`).innerText();
		expect(statement).toContain(`31/31 个省份两项指标都有数据`);
		expect(statement).toContain(`Pearson r = ${shown(want.r)}`);
		expect(statement).toContain(`Spearman ρ = ${shown(want.rho)}`);
		expect(statement).toContain('自由度 29');
		expect(statement).toMatch(/双侧检验 p (<|=) 0\.\d+/);
		expect(await page.locator(`${SCATTER} figcaption`).innerText()).toContain(`r = ${shown(want.r)}，n = 31`);
		// The fit is drawn, the extremes are named, both publishers are cited.
		expect(await page.locator(`${SCATTER} line.fit`).count()).toBe(1);
		expect(await page.locator(`${SCATTER} text.point-label`).count()).toBeGreaterThanOrEqual(2);
		const source = await page.locator(`${SCATTER} .source`).innerText();
		expect(source).toContain('北京大学数字金融研究中心');
		expect(source).toContain('中央党校（国家行政学院）电子政务研究中心');

		// The scatter's CSV: exactly the 31 dots, with the data's values.
		const scatter = await csvObjects(page, 'indicator-scatter');
		expect(scatter.fileName).toBe(`indicator-scatter_${CPS}_${AGGREGATE}_2019.csv`);
		expect(scatter.header).toEqual([
			'indicator_x',
			'indicator_y',
			'year',
			'adcode',
			'province',
			'region',
			'x',
			'y'
		]);
		expect(scatter.rows.map((r) => Number(r.adcode)).sort()).toEqual(want.adcodes);
		for (const row of scatter.rows) {
			expect([row.indicator_x, row.indicator_y, row.year]).toEqual([CPS, AGGREGATE, '2019']);
			expect([Number(row.x), Number(row.y)]).toEqual(want.values.get(Number(row.adcode)));
		}

		// The correlation CSV: every year both have (2019, and 2020 with Anhui only), the TypeScript path's
		// figures equal to DuckDB's to 1e-9.
		const correlation = await csvObjects(page, 'indicator-correlation');
		expect(correlation.header).toEqual([
			'indicator_x',
			'indicator_y',
			'year',
			'n',
			'pearson_r',
			'spearman_rho',
			'p_value',
			'slope',
			'intercept'
		]);
		expect(correlation.rows.map((r) => [r.year, r.n])).toEqual([
			['2019', '31'],
			['2020', '1']
		]);
		const [y2019, y2020] = correlation.rows;
		expect(Math.abs(Number(y2019!.pearson_r) - want.r)).toBeLessThan(1e-9);
		expect(Math.abs(Number(y2019!.spearman_rho) - want.rho)).toBeLessThan(1e-9);
		expect(y2020!.pearson_r).toBe('');
		expect(await page.locator(`${CORRELATION} circle.point`).count()).toBe(2); // r and ρ of 2019
		expect(await page.locator(`${CORRELATION} text.gap-year`).allTextContents()).toEqual(['n = 1']);
		expect(externalRequests()).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('draws the coverage breadth against the usage depth in 2015 with r and ρ of every year 2011–2023 as DuckDB computes them', async () => {
		const { page, errors } = await site.openReady(`relate/?x=${BREADTH}&y=${DEPTH}&year=2015&lang=en`);
		await waitForCharts(page, view(BREADTH, DEPTH, 2015));
		const want = await expected(BREADTH, DEPTH, 2015);
		const statement = await page.locator(`${SCATTER} [data-statement]`).innerText();
		expect(statement).toContain(`In 2015, 31 of 31 provinces have both values.`);
		expect(statement).toContain(`Pearson r = ${shown(want.r)}, Spearman ρ = ${shown(want.rho)}`);
		const correlation = await csvObjects(page, 'indicator-correlation');
		expect(correlation.rows.map((r) => r.year)).toEqual(
			Array.from({ length: 13 }, (_, i) => String(2011 + i))
		);
		for (const row of correlation.rows) {
			const year = await expected(BREADTH, DEPTH, Number(row.year));
			expect(Number(row.n)).toBe(year.n);
			expect(Math.abs(Number(row.pearson_r) - year.r)).toBeLessThan(1e-9);
			expect(Math.abs(Number(row.spearman_rho) - year.rho)).toBeLessThan(1e-9);
		}
		expect(await page.locator(`${CORRELATION} circle.point`).count()).toBe(26);
		expect(errors).toEqual([]);
	});

	it('refuses log axes for payment, which has 2 values of 0, with a notice naming it, and stays linear', async () => {
		const { page, errors } = await site.openReady(`relate/?x=${PAYMENT}&y=${AGGREGATE}&year=2019&scale=log`);
		await waitForCharts(page, view(PAYMENT, AGGREGATE, 2019, 'linear'));
		expect(await page.locator('[data-notice="log-refused"]').allInnerTexts()).toEqual([
			'无法使用对数坐标：数字普惠金融·支付有 2 个值小于或等于 0（其对数无定义），图表仍使用线性坐标。'
		]);
		expect(await page.getByRole('radio', { name: '对数' }).isChecked()).toBe(true);
		// Log axes where every value is positive: the statement says r is on logarithms, the file name says log.
		await page.getByRole('combobox', { name: '横轴指标 X' }).selectOption(BREADTH);
		await waitForCharts(page, view(BREADTH, AGGREGATE, 2019, 'log'));
		expect(await page.locator('[data-notice="log-refused"]').count()).toBe(0);
		expect(await page.locator(`${SCATTER} [data-statement]`).innerText()).toContain('常用对数');
		expect((await csvObjects(page, 'indicator-scatter')).fileName).toBe(
			`indicator-scatter_${BREADTH}_${AGGREGATE}_2019_log.csv`
		);
		expect(errors).toEqual([]);
	});

	it('plays through the years: the year advances, and the provinces trail their previous years', async () => {
		const { page, errors } = await site.openReady(`relate/?x=${BREADTH}&y=${DEPTH}&year=2015`);
		await waitForCharts(page, view(BREADTH, DEPTH, 2015));
		await page.getByRole('button', { name: '逐年播放' }).click();
		await waitForCharts(page, view(BREADTH, DEPTH, 2016));
		expect(await page.locator(`${SCATTER} polyline.trail`).count()).toBe(31);
		await page.getByRole('button', { name: '暂停播放' }).click();
		await page.waitForURL(/year=201[6-9]/);
		expect(errors).toEqual([]);
	});

	it('keeps x, y, scale and year in the URL: a reload shows the same view', async () => {
		const { page, errors } = await site.openReady(`relate/?x=${CPS}&y=${AGGREGATE}&year=2019`);
		await page.getByRole('combobox', { name: '横轴指标 X' }).selectOption(BREADTH);
		await page.getByRole('combobox', { name: '纵轴指标 Y' }).selectOption(DEPTH);
		await page.getByRole('radio', { name: '对数' }).check();
		await page.waitForURL(/scale=log/);
		const params = new URL(page.url()).searchParams;
		expect([params.get('x'), params.get('y'), params.get('scale'), params.get('year')]).toEqual([
			BREADTH,
			DEPTH,
			'log',
			'2019'
		]);
		await page.reload();
		await waitForReady(page);
		await waitForCharts(page, view(BREADTH, DEPTH, 2019, 'log'));
		expect(await page.getByRole('combobox', { name: '横轴指标 X' }).inputValue()).toBe(BREADTH);
		expect(await page.getByRole('combobox', { name: '纵轴指标 Y' }).inputValue()).toBe(DEPTH);
		expect(await page.getByRole('radio', { name: '对数' }).isChecked()).toBe(true);
		expect(await dots(page)).toHaveLength(31);
		expect(errors).toEqual([]);
	});

	it('selects a province by clicking its dot, or pressing Enter on it: named, ringed, in the URL', async () => {
		const { page, errors } = await site.openReady(`relate/?x=${BREADTH}&y=${DEPTH}&year=2019`);
		await waitForCharts(page, view(BREADTH, DEPTH, 2019));
		const gansu = page.locator(`${SCATTER} circle.point[data-adcode="620000"]`);
		await gansu.click();
		await page.waitForURL(/select=620000(&|$)/);
		expect(await gansu.getAttribute('aria-pressed')).toBe('true');
		expect(await page.locator(`${SCATTER} text.point-label[data-adcode="620000"]`).textContent()).toBe(
			'甘肃'
		);
		const hainan = page.locator(`${SCATTER} circle.point[data-adcode="460000"]`);
		await hainan.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/select=620000,460000(&|$)/);
		expect(await page.locator(`${SCATTER} circle.point[aria-pressed="true"]`).count()).toBe(2);
		expect(errors).toEqual([]);
	});

	it('moves the year of a link, and of a change, to the latest year both indicators have, and says so', async () => {
		const { page } = await site.openReady(`relate/?x=${CPS}&y=${AGGREGATE}&year=2015`);
		// Both have 2019 and 2020, but only Anhui has a 2020 score: the page moves to 2019, 31 provinces.
		await waitForCharts(page, view(CPS, AGGREGATE, 2019));
		expect(await page.locator('[data-notice="year"]').innerText()).toContain('已改为 2019 年');
		expect(await dots(page)).toHaveLength(31);

		await page.getByRole('combobox', { name: '横轴指标 X' }).selectOption(BREADTH);
		await waitForCharts(page, view(BREADTH, AGGREGATE, 2019));
		await page.locator('input[name="year"]').fill('4'); // 2015 among 2011–2023
		await waitForCharts(page, view(BREADTH, AGGREGATE, 2015));
		await page.getByRole('combobox', { name: '横轴指标 X' }).selectOption(CPS);
		await waitForCharts(page, view(CPS, AGGREGATE, 2019));
		expect(await page.locator('[data-notice="year-moved"]').innerText()).toBe(
			'两项指标在 2015 年没有共同数据：显示两者都有数据（可能时至少 3 个省份）的最近年份 2019 年。'
		);
	});

	it('draws the one province of a year without a correlation, and says why', async () => {
		const { page } = await site.openReady(`relate/?x=${CPS}&y=${AGGREGATE}&year=2020`);
		await waitForCharts(page, view(CPS, AGGREGATE, 2020));
		expect(await page.locator('[data-notice="year"]').count()).toBe(0);
		expect(await dots(page)).toEqual([340000]);
		expect(await page.locator(`${SCATTER} [data-statement]`).innerText()).toContain(
			'2020 年无法计算相关系数'
		);
	});

	it('relates a composite index like any indicator: x=composite, the reference index of data/ against the online-service index', async () => {
		const components = [BREADTH, DEPTH, 'pku_dfiic_digitization_level'];
		const definition = `entropy:${components.join(',')}`;
		const id = `composite:${definition}`;
		const { page, errors } = await site.openReady(
			`relate/?x=composite&composite=${definition}&y=${CPS}&year=2019`
		);
		await waitForCharts(page, view(id, CPS, 2019));
		const observations = csvParse(readFileSync(`${DATA}observations/pku_dfiic.csv`, 'utf8')).map((r) => ({
			indicator: r.indicator as string,
			year: Number(r.year),
			adcode: Number(r.adcode),
			value: r.value === '' ? null : Number(r.value)
		}));
		const index = compositeIndex(observations, {
			method: 'entropy',
			components: components.map((c) => ({ id: c, higher_is_better: true, weight: null }))
		});
		if (!index.ok) throw new Error(index.reason);
		const cps = await expected(CPS, CPS, 2019);
		const points = index.value.values
			.filter((v) => v.year === 2019)
			.map((v) => ({ x: v.value, y: cps.values.get(v.adcode)![0] }));
		const reference = correlation(
			points,
			(p) => p.x,
			(p) => p.y
		);
		if (!reference.ok) throw new Error(reference.reason);

		expect(await dots(page)).toHaveLength(31);
		const scatter = await csvObjects(page, 'indicator-scatter');
		expect(scatter.fileName).toMatch(
			new RegExp(`^indicator-scatter_composite-entropy-[0-9a-f]{8}_${CPS}_2019\\.csv$`)
		);
		expect(scatter.rows.every((r) => r.indicator_x === id)).toBe(true);
		const correlationCsv = await csvObjects(page, 'indicator-correlation');
		const y2019 = correlationCsv.rows.find((r) => r.year === '2019')!;
		expect(Math.abs(Number(y2019.pearson_r) - reference.value.pearson_r)).toBeLessThan(1e-9);
		expect(Math.abs(Number(y2019.spearman_rho) - reference.value.spearman_rho)).toBeLessThan(1e-9);
		expect(await page.locator(`${SCATTER} figcaption`).innerText()).toContain('合成指数（熵值法）');
		expect(errors).toEqual([]);
	});

	it('relates a total per 10,000 residents like any indicator: an imported census count per capita is 10,000 in each of its 30 provinces', async () => {
		const fixture = fileURLToPath(new URL('../fixtures/import/population_2020_messy.csv', import.meta.url));
		const imported = 'imported_population_2020_messy';
		const { page, errors } = await site.openReady('import');
		await page.locator('input[type="file"]').setInputFiles(fixture);
		await page.locator('.checking').waitFor({ state: 'detached', timeout: 60_000 });
		await page.locator('input[name="total_0"]').check();
		await page.getByRole('button', { name: '导入', exact: true }).click();
		await page.waitForURL(new RegExp(`indicator=${imported}(&|$)`));
		await page.goto(new URL(`relate/?x=${imported}&y=${AGGREGATE}&year=2020&per=capita`, site.url).href);
		await waitForReady(page);
		const id = `percapita:${imported}`;
		await waitForCharts(page, view(id, AGGREGATE, 2020));
		expect(await page.getByLabel('按每万人计算').isChecked()).toBe(true);

		// Every province but Tibet, whose cell in the file is "…" (not imported).
		expect((await dots(page)).sort()).toEqual(ADCODES.filter((a) => a !== 540000));
		expect(await page.locator(`${SCATTER} .source`).innerText()).toContain('30/31 个省份两项指标都有数据');
		const scatter = await csvObjects(page, 'indicator-scatter');
		expect(scatter.fileName).toBe(`indicator-scatter_${imported}_per-10000-residents_${AGGREGATE}_2020.csv`);
		expect(scatter.header.at(-1)).toBe('per_capita');
		for (const row of scatter.rows) {
			expect(row.indicator_x).toBe(id);
			// The file is the census itself: each province's count per 10,000 of its residents is 10,000.
			expect(Number(row.x)).toBeCloseTo(10_000, 6);
			expect(row.per_capita).toBe('x: per 10000 residents (2020 census population)');
		}
		// Every x the same: no correlation, and the page says why rather than drawing one.
		expect(await page.locator(`${SCATTER} line.fit`).count()).toBe(0);
		expect(await page.locator(`${SCATTER} [data-statement]`).innerText()).toContain(
			'2020 年无法计算相关系数'
		);
		expect(errors).toEqual([]);
	});

	it('redraws both charts after a change of X (timings printed, not asserted)', async () => {
		const { page } = await site.openReady(`relate/?x=${BREADTH}&y=${DEPTH}&year=2019`);
		await waitForCharts(page, view(BREADTH, DEPTH, 2019));
		// Seven indicators with 2019, more than the query memo keeps (4): every change asks the engine.
		const choices = [
			AGGREGATE,
			BREADTH,
			'pku_dfiic_digitization_level',
			PAYMENT,
			'pku_dfiic_insurance',
			'pku_dfiic_investment',
			'pku_dfiic_credit'
		];
		const times: number[] = [];
		for (let i = 0; i < 20; i++) {
			const x = choices[i % choices.length]!;
			const drawn = view(x, DEPTH, 2019);
			const ms = await page.evaluate(
				async ({ x, drawn }) => {
					const select = document.querySelector<HTMLSelectElement>('select[name="x"]')!;
					const done = () =>
						[...document.querySelectorAll('figure[data-chart^="indicator-"]')].every(
							(f) => f.getAttribute('data-view') === drawn
						);
					const start = performance.now();
					select.value = x;
					select.dispatchEvent(new Event('change', { bubbles: true }));
					while (!done()) await new Promise((r) => requestAnimationFrame(r));
					return performance.now() - start;
				},
				{ x, drawn }
			);
			times.push(ms);
		}
		const sorted = [...times].sort((a, b) => a - b);
		const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
		console.log(
			`[relate] change of X → both charts redrawn (the first frame with both drawn), 20 changes: p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`
		);
		expect(times).toHaveLength(20);
	});
});
