// Every start-up fault ends: the engine's file aborted, cut short, random or empty; the worker's script
// aborted or silent; each data file missing, cut short or swapped for another. Each ends in
// html[data-db="error"] with an alert naming the real cause in Chinese and, after the language switch, in
// English, the prerendered charts kept and no uncaught error. A slow engine shows its download instead, and
// going offline once the engine is up costs nothing. Responses are faked with route(); the app's own
// timeouts are used as they ship (10 s for a silent worker, 30 s for a stalled download).
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Route } from 'playwright-core';
import { useSite, waitForReady, waitForView, type OpenedPage } from './support/site';
import { expectPrerenderedCharts, PRERENDERED_VIEW, waitForEngineError } from './support/engine';

const site = useSite();

const WASM = '**/_app/immutable/assets/duckdb-eh.*.wasm';
const WORKER = '**/_app/immutable/workers/engine.worker-*.js';
const TABLES = ['observations', 'provinces', 'province_regions', 'population'] as const;
/** Each table's file is served another's in the swap cases. */
const SWAPPED_FOR: Record<(typeof TABLES)[number], (typeof TABLES)[number]> = {
	observations: 'population',
	provinces: 'observations',
	province_regions: 'provinces',
	population: 'province_regions'
};

interface Fault {
	name: string;
	fake(context: BrowserContext): Promise<unknown>;
	/** What the alert says of the cause, in each language. */
	zh: string | RegExp;
	en: string | RegExp;
}

/** The engine the build ships (the same bytes as its hashed copy in build/). */
const ENGINE_BYTES = readFileSync('node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');

/** Serves `body` with status 200. */
function served(body: Uint8Array) {
	return (route: Route) =>
		route.fulfill({ status: 200, body: Buffer.from(body), contentType: 'application/wasm' });
}

/** Serves the real file's bytes (or those of `url`) changed by `change`, with status 200. */
function changed(change: (bytes: Buffer) => Buffer, url?: (requested: string) => string) {
	return async (route: Route) => {
		const bytes = await (await route.fetch({ url: url?.(route.request().url()) })).body();
		await route.fulfill({ status: 200, body: change(bytes), contentType: 'application/octet-stream' });
	};
}

const ENGINE = /duckdb-eh\.[\w-]+\.wasm/.source;
const WORKER_FILE = /engine\.worker-[\w-]+\.js/.source;

const faults: Fault[] = [
	{
		name: 'engine download aborted',
		fake: (context) => context.route(WASM, (route) => route.abort()),
		zh: new RegExp(`${ENGINE} 下载失败：网络连接中断或被阻止。`),
		en: new RegExp(`The download of ${ENGINE} failed: the connection was lost or blocked\\.`)
	},
	{
		name: 'engine cut short: its first 4 MB (status 200)',
		fake: (context) => context.route(WASM, served(ENGINE_BYTES.subarray(0, 4_000_000))),
		zh: new RegExp(`${ENGINE} 不是有效的 WebAssembly 模块（文件不完整）`),
		en: new RegExp(`${ENGINE} is not a valid WebAssembly module \\(the file is cut short\\)`)
	},
	{
		name: 'engine replaced by 4 MB of pseudo-random bytes (status 200)',
		fake: (context) =>
			context.route(WASM, served(ENGINE_BYTES.subarray(0, 4_000_000).map((_, i) => (i * 7919 + 13) % 251))),
		zh: new RegExp(`${ENGINE} 不是有效的 WebAssembly 模块（文件开头不是 WebAssembly 标识）`),
		en: new RegExp(
			`${ENGINE} is not a valid WebAssembly module \\(it does not start with the WebAssembly signature\\)`
		)
	},
	{
		name: 'engine empty (status 200)',
		fake: (context) => context.route(WASM, served(Buffer.alloc(0))),
		zh: new RegExp(`${ENGINE} 不是有效的 WebAssembly 模块（文件为空）`),
		en: new RegExp(`${ENGINE} is not a valid WebAssembly module \\(the file is empty\\)`)
	},
	{
		name: 'worker script aborted',
		fake: (context) => context.route(WORKER, (route) => route.abort()),
		zh: new RegExp(`数据引擎的后台线程（Web Worker，${WORKER_FILE}）无法加载或运行。`),
		en: new RegExp(
			`The data engine’s background thread \\(Web Worker, ${WORKER_FILE}\\) could not load or run\\.`
		)
	},
	{
		name: 'worker silent (a script that never answers)',
		fake: (context) =>
			context.route(WORKER, (route) =>
				route.fulfill({ status: 200, contentType: 'text/javascript', body: 'self.onmessage = () => {};' })
			),
		zh: '数据引擎的后台线程（Web Worker）在 10 秒内没有响应。',
		en: 'The data engine’s background thread (Web Worker) did not answer within 10 s.'
	},
	...TABLES.flatMap((table): Fault[] => {
		const file = `data/${table}.arrow`;
		const url = `**/${file}`;
		return [
			{
				name: `${file} 404`,
				fake: (context) => context.route(url, (route) => route.fulfill({ status: 404, body: 'Not Found' })),
				zh: `服务器对 ${file} 返回了 HTTP 404。`,
				en: `The server answered HTTP 404 for ${file}.`
			},
			{
				name: `${file} cut to half its length (status 200)`,
				fake: (context) =>
					context.route(
						url,
						changed((bytes) => bytes.subarray(0, bytes.length >> 1))
					),
				zh: `${file} 不是预期的数据表：无法按 Arrow 格式读取（`,
				en: `${file} is not the expected table: it cannot be read as Arrow (`
			},
			{
				name: `${file} swapped for data/${SWAPPED_FOR[table]}.arrow`,
				fake: (context) =>
					context.route(
						url,
						changed(
							(bytes) => bytes,
							(requested) => requested.replace(`${table}.arrow`, `${SWAPPED_FOR[table]}.arrow`)
						)
					),
				zh: new RegExp(`${file} 不是预期的数据表：应有列 .+，实际为 .+。`),
				en: new RegExp(`${file} is not the expected table: expected the columns .+, found .+\\.`)
			}
		];
	})
];

/** Uncaught errors only: console errors of failed requests and of DuckDB's own worker handler are expected. */
const uncaught = (o: OpenedPage) => o.errors.filter((error) => error.startsWith('pageerror'));

/** Case, seconds to data-db="error", and the alert in Chinese: the fault matrix, printed once at the end. */
const matrix: string[] = [];
afterAll(() => console.log(`engine faults:\n${matrix.join('\n')}`));

describe('engine start-up faults', () => {
	it.each(faults)('$name: data-db=error naming the cause in both languages, charts kept', async (fault) => {
		const started = Date.now();
		const o = await site.open('', { beforeGoto: (context) => fault.fake(context) });
		const { page } = o;
		await waitForEngineError(page, o.failedRequests);
		const seconds = (Date.now() - started) / 1000;

		const alert = page.getByRole('alert');
		expect(await alert.count()).toBe(1);
		const zh = await alert.innerText();
		expect(zh).toMatch(/^数据引擎无法加载，图表无法计算。/);
		expect(zh).toMatch(fault.zh);
		expect(zh).not.toContain('Chrome');
		expect(await page.getByText('正在加载数据引擎').count()).toBe(0);
		await expectPrerenderedCharts(page, /^下载 CSV/);

		await page.getByRole('button', { name: '切换到英文' }).click();
		await expect.poll(() => alert.innerText()).toMatch(/^The data engine could not load, so the charts/);
		expect(await alert.innerText()).toMatch(fault.en);
		await expectPrerenderedCharts(page, /^Download CSV/);
		expect(await page.evaluate(() => document.documentElement.dataset.db)).toBe('error');
		expect(uncaught(o)).toEqual([]);
		matrix.push(`${fault.name} | ${seconds.toFixed(1)} s | ${zh}`);
	});

	it('a browser without WebAssembly is the one case told to use a recent Chrome, Edge or Firefox', async () => {
		const o = await site.open('?lang=en', {
			beforeGoto: (context) => context.addInitScript(() => Reflect.deleteProperty(window, 'WebAssembly'))
		});
		await waitForEngineError(o.page, o.failedRequests);
		const alert = o.page.getByRole('alert');
		expect(await alert.innerText()).toBe(
			'The data engine could not load, so the charts cannot be computed. This browser lacks WebAssembly (with exception handling) or Web Workers, which the data engine needs. Please open this page in a recent Chrome, Edge or Firefox.'
		);
		await o.page.getByRole('button', { name: 'Switch to Chinese' }).click();
		await expect
			.poll(() => alert.innerText())
			.toContain('请使用较新版本的 Chrome、Edge 或 Firefox 打开本页。');
		await expectPrerenderedCharts(o.page, /^下载 CSV/);
		expect(o.requests.filter((url) => url.endsWith('.wasm'))).toEqual([]);
		expect(uncaught(o)).toEqual([]);
	});

	it('the manifest is not fetched at runtime (it is inlined into every page): its 404 changes nothing', async () => {
		const o = await site.open('', {
			beforeGoto: (context) =>
				context.route('**/data/manifest.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }))
		});
		await waitForReady(o.page);
		expect(o.requests.filter((url) => url.includes('manifest.json'))).toEqual([]);
		expect(uncaught(o)).toEqual([]);
	});

	it('an engine that starts arriving after 20 s shows its download in either language, then is ready', async () => {
		const DELAY_MS = 20_000;
		let delayed = false;
		const started = Date.now();
		const o = await site.open('', {
			beforeGoto: (context) =>
				Promise.all([
					// When the count first shows, in ms since the navigation started.
					context.addInitScript(() => {
						new MutationObserver((_, observer) => {
							const statuses = [...document.querySelectorAll('[role=status]')];
							if (statuses.some((status) => status.textContent?.includes('已下载'))) {
								document.documentElement.dataset.progressShownAt = String(Math.round(performance.now()));
								observer.disconnect();
							}
						}).observe(document, { subtree: true, childList: true, characterData: true });
					}),
					// Only the page's download waits: the worker's fetch of the same file that follows it is
					// answered by the HTTP cache in a browser, but a route sits in front of that cache.
					context.route(WASM, async (route) => {
						if (!delayed) {
							delayed = true;
							await new Promise((resolve) => setTimeout(resolve, DELAY_MS));
						}
						await route.continue();
					})
				])
		});
		const { page } = o;
		const status = page.getByRole('status').filter({ hasText: '数据引擎' });
		// Bytes so far (none yet), shown within a few seconds but not at once: a fast load must not flicker.
		await expect
			.poll(() => status.innerText(), { timeout: 5_000 })
			.toBe('正在加载数据引擎（DuckDB-WASM）… 已下载 0.0 MB');
		const shownAt = Number(await page.evaluate(() => document.documentElement.dataset.progressShownAt));
		expect(shownAt).toBeGreaterThanOrEqual(1_500);
		await page.getByRole('button', { name: '切换到英文' }).click();
		const statusEn = page.getByRole('status').filter({ hasText: 'data engine' });
		await expect
			.poll(() => statusEn.innerText())
			.toBe('Loading the data engine (DuckDB-WASM)… 0.0 MB downloaded');
		expect(await page.evaluate(() => document.documentElement.dataset.db)).toBe('loading');

		await page.locator('html[data-db="ready"]').waitFor({ state: 'attached', timeout: 45_000 });
		const seconds = (Date.now() - started) / 1000;
		expect(seconds).toBeGreaterThan(DELAY_MS / 1000);
		expect(await page.getByRole('alert').count()).toBe(0);
		expect(await statusEn.count()).toBe(0);
		expect(uncaught(o)).toEqual([]);
		matrix.push(`engine delayed 20 s | ready after ${seconds.toFixed(1)} s | (progress shown, then ready)`);
	}, 90_000);

	it('an uncompressed engine on a 80 Mbit/s line counts its megabytes against its size as they arrive', async () => {
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		const o = await site.open('', {
			beforeGoto: async (context) => {
				// Asked for as from a server without precompression, and held until the line is slowed.
				await context.setExtraHTTPHeaders({ 'accept-encoding': 'identity' });
				await context.route(WASM, async (route) => {
					await held;
					await route.continue();
				});
			}
		});
		const { page } = o;
		const cdp = await o.context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: 0,
			downloadThroughput: 10_000_000,
			uploadThroughput: 10_000_000
		});
		release();
		const total = `${(ENGINE_BYTES.length / 1e6).toFixed(1)} MB`;
		const status = page.getByRole('status').filter({ hasText: '数据引擎' });
		// Some megabytes in, not all: the count moves with the download.
		await expect
			.poll(() => status.innerText(), { timeout: 15_000 })
			.toMatch(new RegExp(`^正在加载数据引擎（DuckDB-WASM）… 已下载 (?!0\\.0 )[\\d.]+ MB / ${total}$`));
		expect(await status.innerText()).not.toContain(`已下载 ${total}`);
		await waitForReady(page);
		expect(uncaught(o)).toEqual([]);
	}, 60_000);

	it('offline once ready, the overview and the analysis still follow a change of indicator, year and weighting', async () => {
		const o = await site.openReady();
		const { page, context } = o;
		await context.setOffline(true);
		await page.locator('select[name=indicator]').selectOption('pku_dfiic_payment');
		await waitForView(page, 'pku_dfiic_payment|2023|region4');
		await page.locator('input[name=year]').focus();
		await page.keyboard.press('ArrowLeft');
		await waitForView(page, 'pku_dfiic_payment|2022|region4');
		expect(await page.evaluate(() => document.documentElement.dataset.db)).toBe('ready');
		expect(await page.getByRole('alert').count()).toBe(0);
		expect(uncaught(o)).toEqual([]);

		const analysis = await site.openReady('analysis');
		await analysis.context.setOffline(true);
		// Population weights read the population table: every table is in the engine, none is fetched now.
		await analysis.page.locator('input[name=weighting][value=population]').check();
		const theil = analysis.page.locator('figure[data-chart="theil-decomposition"]');
		await theil.and(analysis.page.locator(`[data-view="${PRERENDERED_VIEW}|population|2011"]`)).waitFor();
		await analysis.page.locator('select[name=indicator]').selectOption('pku_dfiic_credit');
		await theil
			.and(analysis.page.locator('[data-view="pku_dfiic_credit|2023|region4|population|2011"]'))
			.waitFor();
		expect(await analysis.page.getByRole('alert').count()).toBe(0);
		expect(uncaught(analysis)).toEqual([]);
		matrix.push('offline after ready | stays ready | (indicator, year and weighting changes drawn)');
	});
});
