// When DuckDB-WASM cannot load, the page says so plainly and keeps everything that needs no engine.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DB_CHARTS, useSite } from './support/site';

const site = useSite();

/** A failed download must turn into an error promptly; this leaves room for a watchdog timeout in the app. */
const ERROR_TIMEOUT = 25_000;

/** Wait for html[data-db="error"], failing with what the page shows instead. */
async function waitForEngineError(page: Page, failedRequests: string[]): Promise<void> {
	try {
		await page.locator('html[data-db="error"]').waitFor({ state: 'attached', timeout: ERROR_TIMEOUT });
	} catch (error) {
		const state = await page.evaluate(() => document.documentElement.dataset.db);
		const status = await page.locator('[role=status]').allInnerTexts();
		throw new Error(
			`html[data-db] is still "${state}" ${ERROR_TIMEOUT / 1000} s after these requests failed: ` +
				`${failedRequests.join('; ') || '(none)'}. No [role=alert] is shown; the page says: ${JSON.stringify(status)}`,
			{ cause: error }
		);
	}
}

describe('engine failure', () => {
	it('a blocked .wasm sets data-db=error and shows a clear alert, never a blank page', async () => {
		const o = await site.open('', {
			beforeGoto: (context) => context.route('**/*.wasm', (route) => route.abort())
		});
		const { page, failedRequests, externalRequests } = o;

		await expect.poll(() => failedRequests.some((r) => /\.wasm \(/.test(r))).toBe(true);
		await waitForEngineError(page, failedRequests);

		const alert = page.getByRole('alert');
		expect(await alert.count()).toBe(1);
		expect(await alert.isVisible()).toBe(true);
		const message = await alert.innerText();
		expect(message).toContain('数据引擎无法加载');
		expect(message).toContain('Chrome');
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
		// (another view's charts need the engine: see the last test).
		for (const chart of DB_CHARTS) {
			const figure = page.locator(`figure[data-chart="${chart}"]`);
			expect(await figure.locator('figcaption').innerText()).not.toBe('');
			expect(await figure.getAttribute('data-view')).toBe('pku_dfiic_index_aggregate|2023|region4');
			expect(await figure.getByRole('button', { name: /^下载 CSV/ }).isEnabled()).toBe(true);
		}
		expect(externalRequests()).toEqual([]);
	});

	it('a view that needs the engine keeps its frames and captions, and no chart claims to draw it', async () => {
		const o = await site.open('?year=2019', {
			beforeGoto: (context) => context.route('**/*.wasm', (route) => route.abort())
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

	it('a data file that cannot be downloaded also ends in data-db=error with the alert', async () => {
		const o = await site.open('?lang=en', {
			beforeGoto: (context) =>
				context.route('**/data/observations.arrow', (route) =>
					route.fulfill({ status: 404, body: 'Not Found' })
				)
		});
		const { page, failedRequests } = o;

		await waitForEngineError(page, failedRequests);
		const message = await page.getByRole('alert').innerText();
		expect(message).toContain('The data engine could not load');
		expect(message).toContain('observations.arrow: HTTP 404');
		expect(await page.locator('figure[data-chart="level-distribution"] svg g.year').count()).toBe(4);
	});
});
