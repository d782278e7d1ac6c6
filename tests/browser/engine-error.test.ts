// When DuckDB-WASM cannot load, the page says so plainly and keeps everything that needs no engine.
import { describe, expect, it } from 'vitest';
import { DB_CHARTS, useSite } from './support/site';
import { expectPrerenderedCharts, waitForEngineError } from './support/engine';

const site = useSite();

describe('engine failure', () => {
	it('a blocked .wasm sets data-db=error and shows a clear alert, never a blank page', async () => {
		const o = await site.open('', {
			beforeGoto: (context) => context.route('**/*.wasm', (route) => route.abort())
		});
		const { page, failedRequests, externalRequests } = o;

		await waitForEngineError(page, failedRequests);
		expect(failedRequests.some((r) => /\.wasm \(/.test(r))).toBe(true);

		const alert = page.getByRole('alert');
		expect(await alert.count()).toBe(1);
		expect(await alert.isVisible()).toBe(true);
		const message = await alert.innerText();
		// The cause, not the browser: the download was cut (tests/browser/engine-faults.test.ts has every fault).
		expect(message).toMatch(
			/^数据引擎无法加载，图表无法计算。duckdb-eh\.[\w-]+\.wasm 下载失败：网络连接中断或被阻止。/
		);
		expect(message).not.toContain('Chrome');
		// The loading notice is gone: the page does not claim to be still loading the engine.
		expect(await page.getByText('正在加载数据引擎').count()).toBe(0);

		// What needs no engine is still there: title, controls, the published level counts.
		expect(await page.locator('h1').innerText()).toBe('区域数字鸿沟分析');
		expect(await page.locator('select[name=indicator]').isVisible()).toBe(true);
		expect(await page.locator('input[name=year]').isVisible()).toBe(true);
		const levels = page.locator('figure[data-chart="level-distribution"]');
		expect(await levels.getAttribute('data-view')).toBe('cps_levels');
		expect(await levels.locator('svg[role=img] g.year').count()).toBe(4);
		expect(await levels.getByRole('button', { name: /^下载 CSV/ }).isEnabled()).toBe(true);
		// The default view's charts were drawn at build time from the same data: they stay, with their download
		// (another view's charts need the engine: see the next test).
		await expectPrerenderedCharts(page, /^下载 CSV/);
		expect(externalRequests()).toEqual([]);
	});

	it('a view that needs the engine keeps its frames and captions, and no chart claims to draw it', async () => {
		// Another indicator, whose early rows (data/views/) cannot be had either: only the engine could draw it.
		const o = await site.open('?indicator=pku_dfiic_payment', {
			beforeGoto: async (context) => {
				await context.route('**/*.wasm', (route) => route.abort());
				await context.route('**/data/views/*.json', (route) => route.abort());
			}
		});
		const { page, failedRequests } = o;
		await waitForEngineError(page, failedRequests);
		expect(await page.getByRole('alert').innerText()).toContain('数据引擎无法加载');
		for (const chart of DB_CHARTS) {
			const figure = page.locator(`figure[data-chart="${chart}"]`);
			expect(await figure.locator('figcaption').innerText()).not.toBe('');
			expect(await figure.getAttribute('data-view')).toBe('');
			expect(await figure.locator('svg').count()).toBe(0);
			expect(await figure.getByRole('button', { name: /^下载 CSV/ }).isDisabled()).toBe(true);
		}
	});

	it('another year of the default indicator is still drawn, from the rows inlined into the page', async () => {
		const o = await site.open('?year=2019', {
			beforeGoto: (context) => context.route('**/*.wasm', (route) => route.abort())
		});
		const { page, failedRequests } = o;
		await waitForEngineError(page, failedRequests);
		for (const chart of DB_CHARTS) {
			const figure = page.locator(`figure[data-chart="${chart}"]`);
			expect(await figure.getAttribute('data-view')).toBe('pku_dfiic_index_aggregate|2019|region4');
			expect(await figure.getByRole('button', { name: /^下载 CSV/ }).isEnabled()).toBe(true);
		}
		// 2019's first: Shanghai 410.28 (data/observations/pku_dfiic.csv).
		const ranking = page.locator('figure[data-chart="province-ranking"] svg[role=img]');
		expect(await ranking.getAttribute('aria-label')).toMatch(/^2019 年排名：1 上海 410\.28，/);
	});
});
