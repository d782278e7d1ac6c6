// Cold and warm visits of `/`: each run opens a new browser context (an empty HTTP cache: a first visit),
// loads the page until `data-db="ready"`, then loads it again in the same context (a return visit, the
// engine's files in the HTTP cache). Each visit records its `ready` time, the bytes it transferred, and the
// main thread's long tasks from the navigation to `ready` (the longest, and the total blocking time: the
// sum of each task's time beyond 50 ms).
import type { Browser, Page } from 'playwright-core';
import { installLoadProbe, installLongTaskProbe, type LoadMarks, type LongTask } from './probes';

export interface Visit {
	ready: number;
	bytes: number;
	longestTask: number;
	blockingTime: number;
}

export interface Visits {
	cold: Visit[];
	warm: Visit[];
}

/** A network profile as CDP's Network.emulateNetworkConditions takes it. */
export interface NetworkProfile {
	offline: boolean;
	latency: number;
	downloadThroughput: number;
	uploadThroughput: number;
}

export interface VisitOptions {
	runs: number;
	/** The network profile, or none. */
	throttle?: NetworkProfile;
	markSelector: string;
	charts: string[];
}

/** Loads `/` until it is ready with its first chart painted; throws when the page fails. */
export async function loadUntilReady(page: Page, url: string): Promise<LoadMarks> {
	const errors: string[] = [];
	const onError = (error: Error) => errors.push(error.message);
	page.on('pageerror', onError);
	try {
		await page.goto(url, { waitUntil: 'commit' });
		const state = await page.waitForFunction(
			() => {
				const db = document.documentElement.dataset.db;
				const marks = (window as unknown as { __bench: LoadMarks }).__bench;
				return db === 'error' ? 'error' : db === 'ready' && marks.chartPainted !== undefined ? db : false;
			},
			undefined,
			{ timeout: 180_000, polling: 50 }
		);
		if ((await state.jsonValue()) === 'error' || errors.length) {
			throw new Error(`${url}: the page failed: ${errors.join('; ') || 'data-db=error'}`);
		}
		return await page.evaluate(() => (window as unknown as { __bench: LoadMarks }).__bench);
	} finally {
		page.off('pageerror', onError);
	}
}

export async function measureVisits(browser: Browser, url: string, options: VisitOptions): Promise<Visits> {
	const visits: Visits = { cold: [], warm: [] };
	for (let i = 0; i < options.runs; i++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
		// tsx keeps function names with a helper that the page does not have.
		await context.addInitScript('window.__name = (fn) => fn;');
		await context.addInitScript(installLoadProbe, {
			markSelector: options.markSelector,
			charts: options.charts
		});
		await context.addInitScript(installLongTaskProbe);
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		if (options.throttle) await cdp.send('Network.emulateNetworkConditions', options.throttle);
		let bytes = 0;
		cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
		const visit = async (): Promise<Visit> => {
			bytes = 0;
			const marks = await loadUntilReady(page, url);
			const ready = marks.ready ?? NaN;
			const tasks = await page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks);
			await page.waitForTimeout(200); // let any request still in flight finish
			const loading = tasks.filter((t) => t.start < ready);
			return {
				ready,
				bytes,
				longestTask: Math.max(0, ...loading.map((t) => t.duration)),
				blockingTime: loading.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)
			};
		};
		visits.cold.push(await visit());
		visits.warm.push(await visit());
		await context.close();
		process.stdout.write('.');
	}
	return visits;
}
