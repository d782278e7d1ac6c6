// The site offline after one visit (src/service-worker.ts): with the server stopped and the context
// offline, the pages reload from the worker's cache and reach ready, an import included; a new build put on
// the server is taken on the next visit, with a notice, and the old build's cache goes.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serve, type Server } from '../../scripts/serve.js';
import { PRERENDERED_VIEW } from './support/engine';
import { launchBrowser, openPage, waitForReady, type OpenedPage } from './support/site';

const BUILD_DIR = fileURLToPath(new URL('../../build', import.meta.url));
const XLSX = fileURLToPath(
	new URL('../fixtures/import/pku_dfiic_coverage_breadth_2013-2022.xlsx', import.meta.url)
);
const IMPORTED = 'imported_pku_dfiic_coverage_breadth_2013_2022';
const AGGREGATE = 'pku_dfiic_index_aggregate';
/** Each test visits several pages, each waiting for the engine, on a shared 2-core machine. */
const TEST_TIMEOUT = 300_000;
const NOTICE_ZH = '本网站有了新版本，可离线使用的副本已备好。';

let browser: Browser;
const servers: Server[] = [];
const contexts: BrowserContext[] = [];
let scratch: string;

beforeAll(async () => {
	browser = await launchBrowser();
	scratch = await mkdtemp(join(tmpdir(), 'offline-test-'));
});
afterAll(async () => {
	await Promise.all(contexts.map((c) => c.close()));
	await browser?.close();
	await Promise.all(servers.map((s) => s.close()));
	await rm(scratch, { recursive: true, force: true });
});

async function start(dir: string, port = 0): Promise<Server> {
	const server = await serve({ dir, port });
	servers.push(server);
	return server;
}

/** Opens `url` with service workers allowed, waits for ready and for this build's worker to control the page. */
async function visit(url: string): Promise<OpenedPage> {
	const opened = await openPage(browser, url, '', { serviceWorkers: 'allow' });
	contexts.push(opened.context);
	await waitForReady(opened.page);
	await controlled(opened.page);
	return opened;
}

/** Waits until an activated worker (its cache complete: install is all or nothing) controls the page. */
async function controlled(page: Page): Promise<void> {
	await page.waitForFunction(
		async () =>
			(await navigator.serviceWorker.ready).active?.state === 'activated' &&
			!!navigator.serviceWorker.controller,
		undefined,
		{ timeout: 60_000, polling: 250 }
	);
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

async function buildVersion(dir: string): Promise<string> {
	return (JSON.parse(await readFile(join(dir, '_app/version.json'), 'utf8')) as { version: string }).version;
}

/** The figure `chart` drawing `view`, with its SVG. */
async function drawn(page: Page, chart: string, view: string): Promise<number> {
	const figure = page.locator(`figure[data-chart="${chart}"][data-view="${view}"]`);
	await figure.waitFor({ timeout: 20_000 });
	return figure.locator('svg[role=img]').count();
}

describe('after one visit, the site works with the network gone', () => {
	it(
		'/, /analysis and a link with a query reload and reach ready, and a workbook imports',
		async () => {
			const server = await start(BUILD_DIR);
			const { page, context, failedRequests, errors } = await visit(server.url);
			const version = await buildVersion(BUILD_DIR);
			expect(await cacheNames(page)).toEqual([`dashboard-${version}`]);
			// Every page, the engine and the data files are in it.
			const cached = await page.evaluate(async () => {
				const cache = await caches.open((await caches.keys())[0]!);
				return (await cache.keys()).map((r) => new URL(r.url).pathname);
			});
			expect(cached).toEqual(expect.arrayContaining(['/', '/analysis/', '/import/', '/data/manifest.json']));
			expect(cached.filter((p) => /^\/_app\/immutable\/.*duckdb.*\.wasm$/.test(p))).toHaveLength(1);
			expect(cached.filter((p) => /\.(br|gz)$/.test(p))).toEqual([]);

			// The server gone (the worker's own fetches would otherwise still reach it) and the context offline.
			await server.close();
			await context.setOffline(true);
			const answered: string[] = [];
			page.on(
				'response',
				(r) => void answered.push(`${r.fromServiceWorker() ? 'worker' : 'network'} ${r.url()}`)
			);
			failedRequests.length = 0;

			await page.reload();
			await waitForReady(page);
			expect(await drawn(page, 'region-summary', PRERENDERED_VIEW)).toBeGreaterThan(0);

			await page.goto(`${server.url}analysis/`);
			await waitForReady(page);
			expect(
				await drawn(page, 'theil-decomposition', `${AGGREGATE}|2023|region4|equal|2011`)
			).toBeGreaterThan(0);

			await page.goto(`${server.url}analysis/?year=2015&lang=en`);
			await waitForReady(page);
			expect(
				await drawn(page, 'theil-decomposition', `${AGGREGATE}|2015|region4|equal|2011`)
			).toBeGreaterThan(0);
			expect(await page.locator('html').getAttribute('lang')).toBe('en');

			// A page linked without its slash gets the redirect a server would send.
			await page.goto(`${server.url}compare?lang=en`);
			await waitForReady(page);
			expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/compare/?lang=en');

			// The import reads a local file in its worker (SheetJS is a chunk of that worker) and stores it.
			await page.goto(`${server.url}import/`);
			await waitForReady(page);
			await page.locator('input[type="file"]').setInputFiles(XLSX);
			await page.locator('[data-counts="cells"]').waitFor({ timeout: 60_000 });
			expect(await page.locator('[data-counts="cells"]').getAttribute('data-imported')).toBe('310');
			await page.getByRole('button', { name: '导入', exact: true }).click();
			await page.waitForURL(new RegExp(`/\\?.*indicator=${IMPORTED}(&|$)`));
			await waitForReady(page);
			expect(await drawn(page, 'region-summary', `${IMPORTED}|2022|region4`)).toBeGreaterThan(0);

			// Every response since going offline came from the worker, and nothing failed.
			expect(answered.length).toBeGreaterThan(20);
			expect(answered.filter((a) => a.startsWith('network') && !/^network (data|blob):/.test(a))).toEqual([]);
			expect(failedRequests).toEqual([]);
			expect(errors).toEqual([]);
		},
		TEST_TIMEOUT
	);
});

describe('a new build on the server', () => {
	it(
		'is served on the visit after the one that finds it, that one showing a notice; the old cache goes',
		async () => {
			const dir = join(scratch, 'build');
			await cp(BUILD_DIR, dir, { recursive: true });
			let server = await start(dir);
			const { context } = await visit(server.url);
			let page = context.pages()[0]!;
			const first = await buildVersion(dir);
			expect(await cacheNames(page)).toEqual([`dashboard-${first}`]);

			// The next visit is served the cached build, and told that a new one is ready.
			const second = `${first}2`;
			server = await deploy(server, dir, second);
			await page.reload();
			await waitForReady(page);
			expect(await page.locator('html').getAttribute('data-build')).toBeNull();
			const notice = await updateNotice(page);
			expect(await notice.getAttribute('role')).toBe('status');
			expect((await cacheNames(page)).sort()).toEqual([`dashboard-${first}`, `dashboard-${second}`].sort());

			// With every page of the old build closed, the new one takes over: the following visit is the new build.
			await page.close();
			await expect
				.poll(() => workerCacheNames(context), { timeout: 30_000 })
				.toEqual([`dashboard-${second}`]);
			page = await context.newPage();
			await page.goto(server.url);
			await waitForReady(page);
			expect(await page.locator('html').getAttribute('data-build')).toBe(second);
			expect(await page.locator('[data-update-notice]').count()).toBe(0);

			// Or at once: the notice's button hands the open page to the new build and reloads it.
			const third = `${first}3`;
			server = await deploy(server, dir, third);
			await page.reload();
			await (await updateNotice(page)).getByRole('button', { name: '刷新以使用新版本' }).click();
			await page.waitForFunction((v) => document.documentElement.dataset.build === v, third, {
				timeout: 30_000
			});
			await waitForReady(page);
			expect(await cacheNames(page)).toEqual([`dashboard-${third}`]);
		},
		TEST_TIMEOUT
	);
});

/**
 * Stops `server` and starts it again on the same port over `dir` changed as a new build would be: its version
 * (in the worker too, so the browser sees a new worker) and its overview page (marked with the version).
 */
async function deploy(server: Server, dir: string, version: string): Promise<Server> {
	await server.close();
	const old = await buildVersion(dir);
	await rewrite(dir, 'service-worker.js', (code) => code.replaceAll(`\`${old}\``, `\`${version}\``));
	await rewrite(dir, '_app/version.json', () => JSON.stringify({ version }));
	await rewrite(dir, 'index.html', (html) =>
		html.replace(/<html( data-build="[^"]*")?/, `<html data-build="${version}"`)
	);
	return start(dir, Number(new URL(server.url).port));
}

/** The update notice, once shown (in Chinese, the default language). */
async function updateNotice(page: Page) {
	const notice = page.locator('[data-update-notice]');
	await notice.waitFor({ timeout: 60_000 });
	expect(await notice.innerText()).toContain(NOTICE_ZH);
	return notice;
}

/** The origin's cache names as its service workers see them (no page is open to ask). */
async function workerCacheNames(context: BrowserContext): Promise<string[] | null> {
	for (const worker of context.serviceWorkers()) {
		const names = await worker.evaluate(() => caches.keys()).catch(() => null);
		if (names) return names;
	}
	return null;
}

/** Rewrites a built file and drops its precompressed copies, which the server would send instead. */
async function rewrite(dir: string, file: string, change: (text: string) => string): Promise<void> {
	const path = join(dir, file);
	await writeFile(path, change(await readFile(path, 'utf8')));
	await Promise.all(['.br', '.gz'].map((suffix) => rm(path + suffix, { force: true })));
}
