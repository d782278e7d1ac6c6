// Helpers for browser tests against the BUILT site (build/, served by scripts/serve.js).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { csvParseRows } from 'd3';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serve, type Server } from '../../../scripts/serve.js';
import { CHROMIUM_ARGS, findChromium } from './chromium';

const BUILD_DIR = fileURLToPath(new URL('../../../build', import.meta.url));
const READY_TIMEOUT = 30_000;

/** Serve build/ on a free port of 127.0.0.1. Call `close()` when done. */
export async function startSite(): Promise<Server> {
	if (!existsSync(`${BUILD_DIR}/index.html`)) {
		throw new Error(`build/index.html is missing (${BUILD_DIR}): run npm run build first.`);
	}
	return serve({ dir: BUILD_DIR, port: 0 });
}

/** Headless Chromium (Debian's, or $CHROME_PATH) driven by playwright-core. */
export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

/**
 * Records the page's Content-Security-Policy violations (`securitypolicyviolation` events, each as
 * `directive blocked <uri or inline> at <file>:<line>`) in every page of `context`. The recorder is
 * injected by the browser driver, which no policy blocks.
 */
export async function recordPolicyViolations(context: BrowserContext): Promise<string[]> {
	const seen: string[] = [];
	await context.exposeBinding('__policyViolation', (_source, text: string) => void seen.push(text));
	await context.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __policyViolation(text: string): void }).__policyViolation(
				`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`
			)
		)
	);
	return seen;
}

const watchedViolations: string[][] = [];

/** As recordPolicyViolations, and the test that is running fails if any is recorded (see afterEach below). */
export async function watchPolicyViolations(context: BrowserContext): Promise<string[]> {
	const seen = await recordPolicyViolations(context);
	watchedViolations.push(seen);
	return seen;
}

// Every test of a file that uses these helpers fails on a policy violation in a watched context.
afterEach(() => {
	const seen = watchedViolations.flatMap((violations) => violations.splice(0));
	if (seen.length) throw new Error(`Content-Security-Policy violations:\n${seen.join('\n')}`);
});

export interface OpenedPage {
	page: Page;
	context: BrowserContext;
	/** Every request URL made by the context (pages and their workers), in order. */
	requests: string[];
	/** Requests that left the site's origin (ignoring data:, blob:, about:). */
	externalRequests(): string[];
	/** Uncaught page errors and console errors, as text. */
	errors: string[];
	/** Requests that failed at the network level: `METHOD url (errorText)`. */
	failedRequests: string[];
	/** Content-Security-Policy violations (any one fails the test). */
	violations: string[];
}

const pageErrors = new WeakMap<Page, string[]>();
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/**
 * Open `siteUrl` + `query` in a new context (downloads allowed, locale zh-CN).
 * `query` is appended as-is when it starts with `?` or `#` (`'?lang=en'`), else resolved as a path
 * against the site (`'analysis?region=east'`).
 * `options.beforeGoto` runs on the new context before the page is opened (e.g. to `route()` requests);
 * `options.viewport` sets the window's size.
 */
export async function openPage(
	browser: Browser,
	siteUrl: string,
	query = '',
	options: {
		beforeGoto?: (context: BrowserContext) => unknown;
		/** The window's size: 1280 × 900 unless given (a phone: 390 × 844). */
		viewport?: { width: number; height: number };
		/**
		 * 'block' unless given: the site's service worker would precache the whole site (34 MB) in every
		 * context, adding requests the tests count. tests/browser/offline.test.ts allows it.
		 */
		serviceWorkers?: 'allow' | 'block';
	} = {}
): Promise<OpenedPage> {
	const origin = new URL(siteUrl).origin;
	const context = await browser.newContext({
		acceptDownloads: true,
		locale: 'zh-CN',
		viewport: options.viewport ?? { width: 1280, height: 900 },
		serviceWorkers: options.serviceWorkers ?? 'block'
	});
	const requests: string[] = [];
	const errors: string[] = [];
	const failedRequests: string[] = [];

	const violations = await watchPolicyViolations(context);
	context.on('request', (request) => requests.push(request.url()));
	context.on('requestfailed', (request) =>
		failedRequests.push(`${request.method()} ${request.url()} (${request.failure()?.errorText ?? 'failed'})`)
	);

	await options.beforeGoto?.(context);
	const page = await context.newPage();
	pageErrors.set(page, errors);
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.stack ?? error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') {
			const { url, lineNumber } = message.location();
			errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
		}
	});

	const target =
		query.startsWith('?') || query.startsWith('#') ? siteUrl + query : new URL(query, siteUrl).href;
	await page.goto(target);

	function externalRequests(): string[] {
		return requests.filter((url) => {
			let parsed: URL;
			try {
				parsed = new URL(url);
			} catch {
				return true;
			}
			return !LOCAL_SCHEMES.has(parsed.protocol) && parsed.origin !== origin;
		});
	}

	return { page, context, requests, externalRequests, errors, failedRequests, violations };
}

/** Visible error text of the page: an alert if there is one, else the body's text (shortened). */
async function visibleErrorText(page: Page): Promise<string> {
	const alerts = page.locator('[role="alert"]:visible, [data-error]:visible');
	const alertTexts = (await alerts.allInnerTexts().catch(() => [] as string[]))
		.map((t) => t.trim())
		.filter(Boolean);
	const text = alertTexts.length
		? alertTexts.join('\n')
		: await page
				.locator('body')
				.innerText({ timeout: 2_000 })
				.catch(() => '');
	return text.trim().slice(0, 2_000) || '(no visible text)';
}

/**
 * Wait until the app says its database is loaded: `<html data-db="ready">`.
 * Throws with the page's visible error text if it reports `data-db="error"`, or on timeout (30 s).
 */
export async function waitForReady(page: Page): Promise<void> {
	let state: string;
	try {
		const handle = await page.waitForFunction(
			() => {
				const db = document.documentElement.dataset.db;
				return db === 'ready' || db === 'error' ? db : false;
			},
			undefined,
			{ timeout: READY_TIMEOUT }
		);
		state = String(await handle.jsonValue());
	} catch (error) {
		const current = await page
			.evaluate(() => document.documentElement.dataset.db ?? '(unset)')
			.catch(() => '(unknown)');
		const errors = pageErrors.get(page) ?? [];
		throw new Error(
			`Page never reached html[data-db="ready"] within ${READY_TIMEOUT / 1000} s (data-db is ${current}).\n` +
				(errors.length ? `Page errors:\n${errors.join('\n')}\n` : '') +
				`Cause: ${error instanceof Error ? error.message : String(error)}`,
			{ cause: error }
		);
	}
	if (state === 'error') {
		const errors = pageErrors.get(page) ?? [];
		throw new Error(
			`Page reported html[data-db="error"]: ${await visibleErrorText(page)}` +
				(errors.length ? `\nPage errors:\n${errors.join('\n')}` : '')
		);
	}
}

export interface DownloadedCsv {
	/** The browser's suggested file name. */
	fileName: string;
	/** Raw file content, BOM included. */
	text: string;
	/** Parsed with d3's csvParseRows after stripping a leading BOM. */
	rows: string[][];
}

/** Click the "Download CSV" / "下载 CSV" button of `figure[data-chart="<chartId>"]` and read the file. */
export async function downloadCsv(page: Page, chartId: string): Promise<DownloadedCsv> {
	const figure = page.locator(`figure[data-chart="${chartId.replace(/["\\]/g, '\\$&')}"]`);
	const button = figure.getByRole('button', { name: /^(Download CSV|下载 CSV)/ });
	const downloading = page.waitForEvent('download', { timeout: 30_000 });
	downloading.catch(() => {}); // if the click fails, report that instead
	try {
		await button.click({ timeout: 10_000 });
	} catch (error) {
		throw new Error(
			`No clickable "Download CSV"/"下载 CSV" button in figure[data-chart="${chartId}"]: ` +
				(error instanceof Error ? error.message : String(error)),
			{ cause: error }
		);
	}
	const download = await downloading;
	const failure = await download.failure();
	if (failure) throw new Error(`CSV download for chart "${chartId}" failed: ${failure}`);
	const text = await readFile(await download.path(), 'utf8');
	return { fileName: download.suggestedFilename(), text, rows: csvParseRows(text.replace(/^\uFEFF/, '')) };
}

/** The overview's charts drawn from the engine's rows (each says the view it draws in data-view). */
export const DB_CHARTS = ['region-summary', 'gap-trend', 'province-ranking'] as const;

/** Waits until every chart of DB_CHARTS draws `indicator|year|scheme`. */
export async function waitForView(page: Page, view: string): Promise<void> {
	for (const chart of DB_CHARTS) {
		await page.locator(`figure[data-chart="${chart}"][data-view="${view}"]`).waitFor({ timeout: 20_000 });
	}
}

/**
 * One served site and one browser for a test file (registered with beforeAll/afterAll), and pages
 * opened on it, each in a fresh context that is closed at the end.
 */
export function useSite() {
	let site: Server | undefined;
	let browser: Browser | undefined;
	const opened: OpenedPage[] = [];

	beforeAll(async () => {
		site = await startSite();
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await Promise.all(opened.map((o) => o.context.close()));
		await browser?.close();
		await site?.close();
	});

	async function open(query = '', options: Parameters<typeof openPage>[3] = {}): Promise<OpenedPage> {
		if (!site || !browser) throw new Error('useSite(): the site is not started (call open() inside a test)');
		const o = await openPage(browser, site.url, query, options);
		opened.push(o);
		return o;
	}

	return {
		open,
		/** Opens `query` and waits until data-db=ready. */
		async openReady(query = '', options: Parameters<typeof openPage>[3] = {}): Promise<OpenedPage> {
			const o = await open(query, options);
			await waitForReady(o.page);
			return o;
		},
		get url(): string {
			if (!site) throw new Error('useSite(): the site is not started');
			return site.url;
		},
		get browser(): Browser {
			if (!browser) throw new Error('useSite(): the browser is not started');
			return browser;
		}
	};
}
