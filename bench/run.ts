// `npm run bench`: the dashboard's speed in headless Chromium over the built site, cold cache, against a
// plain d3 baseline over the same files, on the real data and on a synthetic county-scale panel.
//
//   npm run build && npm run bench                  # 5 cold runs each, 50 year and 50 indicator changes
//   npm run bench -- --runs 3 --changes 20 --only real --throttle
//
// On the real data it also loads / cold and warm (unthrottled and at 10 Mbit/s, 20 ms: `ready`, bytes, the
// longest main-thread task and the total blocking time) and makes a year change right after the throttled
// first paint (visits.ts, first-change.ts).
// Options: --runs N, --changes N, --only real|synthetic, --throttle (adds a 10 Mbit/s, 20 ms profile of
// the first load), --no-build (reuse the synthetic build in bench/.out/ instead of rebuilding it), --build DIR
// (measure another build of the real site than build/, e.g. an earlier commit's, to compare two versions).
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import type { Manifest } from '../src/lib/data/manifest';
import { QUERY_MEASURE } from '../src/lib/db/connector';
import { serve } from '../scripts/serve.js';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser/support/chromium';
import { installLoadProbe, runChanges, type ChangeSample, type ChangeStep } from './probes';
import {
	report,
	reportDurations,
	reportFirstChange,
	reportPageChanges,
	reportVisits,
	type LoadResult,
	type Measured
} from './report';
import { measureFirstChange } from './first-change';
import { loadUntilReady, measureVisits } from './visits';
import { measurePageChanges } from './page-changes';
import { realSite, syntheticSite, type Site } from './sites';
import { SYNTHETIC } from './synthetic';

const { values: args } = parseArgs({
	options: {
		runs: { type: 'string', default: '5' },
		changes: { type: 'string', default: '50' },
		only: { type: 'string' },
		throttle: { type: 'boolean', default: false },
		'no-build': { type: 'boolean', default: false },
		build: { type: 'string', default: 'build' }
	}
});
const RUNS = Number(args.runs);
const CHANGES = Number(args.changes);
const DB_CHARTS = ['region-summary', 'gap-trend', 'province-ranking'];
const MARK = DB_CHARTS.map((id) => `figure[data-chart="${id}"] svg :is(circle, rect)`).join(', ');
const THROTTLE = { offline: false, latency: 20, downloadThroughput: 10e6 / 8, uploadThroughput: 10e6 / 8 };

// ---- measuring ---------------------------------------------------------------------------------------------

function defaultKey(manifest: Manifest): { indicator: string; years: number[] } {
	const indicator =
		manifest.indicators.find((d) => d.id === 'pku_dfiic_index_aggregate') ?? manifest.indicators[0];
	if (!indicator) throw new Error('no indicator');
	return { indicator: indicator.id, years: indicator.years.map((y) => y.year) };
}

/** `n` year changes over the default indicator, visiting every year in a fixed order, never the same twice running. */
function yearSteps(manifest: Manifest, n: number): ChangeStep[] {
	const { indicator, years } = defaultKey(manifest);
	const steps: ChangeStep[] = [];
	let at = years.length - 1;
	const stride = years.length % 5 === 0 ? 3 : 5;
	for (let i = 0; i < n; i++) {
		at = (at + stride) % years.length;
		steps.push({
			control: 'input[name=year]',
			value: String(at),
			event: 'input',
			key: `${indicator}|${years[at]}|region4`
		});
	}
	return steps;
}

/** `n` indicator changes cycling through the indicators, starting after the default one (year as the page moves it). */
function indicatorSteps(manifest: Manifest, n: number, startYear: number): ChangeStep[] {
	const { indicator } = defaultKey(manifest);
	const ids = manifest.indicators.map((d) => d.id);
	let at = ids.indexOf(indicator);
	let year = startYear;
	const steps: ChangeStep[] = [];
	for (let i = 0; i < n; i++) {
		at = (at + 1) % ids.length;
		const next = manifest.indicators[at]!;
		const years = next.years.map((y) => y.year);
		if (!years.includes(year)) year = years.at(-1)!;
		steps.push({
			control: 'select[name=indicator]',
			value: next.id,
			event: 'change',
			key: `${next.id}|${year}|region4`
		});
	}
	return steps;
}

async function measure(browser: Browser, url: string, site: Site, throttle: boolean): Promise<Measured> {
	const loads: LoadResult[] = [];
	const year: ChangeSample[] = [];
	const indicator: ChangeSample[] = [];
	let changeRequests = 0;
	const queries = { year: 0, indicator: 0 };
	const runs = throttle ? Math.min(RUNS, 3) : RUNS;
	for (let i = 0; i < runs; i++) {
		// A new context per run: an empty HTTP cache, as a first visit.
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
		// tsx keeps function names with a helper that the page does not have.
		await context.addInitScript('window.__name = (fn) => fn;');
		await context.addInitScript(installLoadProbe, { markSelector: MARK, charts: DB_CHARTS });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		if (throttle) await cdp.send('Network.emulateNetworkConditions', THROTTLE);
		let bytes = 0;
		let requests = 0;
		cdp.on('Network.loadingFinished', (event) => {
			bytes += event.encodedDataLength;
			requests++;
		});
		const marks = await loadUntilReady(page, url);
		await page.waitForTimeout(200); // let any request still in flight finish
		await cdp.send('HeapProfiler.collectGarbage');
		const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
		loads.push({ marks, bytes, requests, heap });

		if (!throttle) {
			const before = requests;
			// Queries still on their way when a phase ends count in it: each phase ends after a pause.
			const queryCount = async () => {
				await page.waitForTimeout(500);
				return page.evaluate((name) => performance.getEntriesByName(name).length, QUERY_MEASURE);
			};
			const start = await queryCount();
			const years = yearSteps(site.manifest, CHANGES);
			year.push(...(await page.evaluate(runChanges, { steps: years, charts: DB_CHARTS, timeout: 30_000 })));
			const afterYears = await queryCount();
			const currentYear = Number(years.at(-1)?.key.split('|')[1] ?? defaultKey(site.manifest).years.at(-1));
			indicator.push(
				...(await page.evaluate(runChanges, {
					steps: indicatorSteps(site.manifest, CHANGES, currentYear),
					charts: DB_CHARTS,
					timeout: 60_000
				}))
			);
			queries.year += afterYears - start;
			queries.indicator += (await queryCount()) - afterYears;
			changeRequests += requests - before;
		}
		await context.close();
		process.stdout.write('.');
	}
	return { loads, year, indicator, changeRequests, queries };
}

const cpu = (await readFile('/proc/cpuinfo', 'utf8').catch(() => '')).match(/model name\s*:\s*(.*)/)?.[1];
const browser = await chromium.launch({
	executablePath: findChromium(),
	headless: true,
	args: CHROMIUM_ARGS
});
console.log(
	`bench: ${os.availableParallelism()} cores (${cpu ?? os.cpus()[0]?.model}), Chromium ${browser.version()}, ` +
		`node ${process.version}; ${RUNS} cold runs, ${CHANGES} year and ${CHANGES} indicator changes per run`
);
try {
	const sites: (() => Promise<Site>)[] = [];
	if (args.only !== 'synthetic') sites.push(() => realSite(args.build));
	if (args.only !== 'real') sites.push(() => syntheticSite(args['no-build'] === true));
	for (const make of sites) {
		const site = await make();
		const obs = site.manifest.tables.find((t) => t.name === 'observations')?.rows;
		const title =
			site.name === 'real'
				? `real data: ${site.manifest.provinces.length} provinces, ${site.manifest.indicators.length} indicators, ${obs} observations`
				: `synthetic county panel: ${SYNTHETIC.counties} counties × ${SYNTHETIC.years} years × ${SYNTHETIC.indicators} indicators (seed ${SYNTHETIC.seed}), ${obs} observations`;
		const dashboardServer = await serve({ dir: site.dashboard, port: 0 });
		const baselineServer = await serve({ dir: site.baseline, port: 0 });
		try {
			process.stdout.write(`\n== ${title}\n`);
			const dashboard = await measure(browser, dashboardServer.url, site, false);
			const baseline = await measure(browser, baselineServer.url, site, false);
			process.stdout.write('\n');
			report(site, dashboard, baseline);
			if (site.name === 'real') {
				process.stdout.write('\n-- the other pages');
				const pages = await measurePageChanges(browser, dashboardServer.url, site.manifest, CHANGES, RUNS);
				process.stdout.write('\n');
				reportPageChanges({
					'/relate: x change': pages.relateX,
					'/composite: method change': pages.compositeMethod,
					'/analysis: indicator change': pages.analysisIndicator
				});
				reportDurations('/analysis: Moran figures computed, per indicator change', pages.moranCompute);

				process.stdout.write('\n-- cold and warm visits of /');
				const probe = { runs: RUNS, markSelector: MARK, charts: DB_CHARTS };
				const visits = await measureVisits(browser, dashboardServer.url, probe);
				const slowVisits = await measureVisits(browser, dashboardServer.url, {
					...probe,
					throttle: THROTTLE
				});
				const firstChange = await measureFirstChange(browser, dashboardServer.url, {
					...probe,
					throttle: THROTTLE,
					step: yearSteps(site.manifest, 1)[0]!
				});
				process.stdout.write('\n');
				reportVisits({ unthrottled: visits, '10 Mbit/s, 20 ms': slowVisits });
				reportFirstChange('10 Mbit/s, 20 ms: a year change right after first paint', firstChange);
			}
			if (args.throttle) {
				process.stdout.write(`\n-- ${site.name}, throttled to 10 Mbit/s and 20 ms latency`);
				const slow = await measure(browser, dashboardServer.url, site, true);
				const slowBase = await measure(browser, baselineServer.url, site, true);
				process.stdout.write('\n');
				report(site, slow, slowBase);
			}
		} finally {
			await dashboardServer.close();
			await baselineServer.close();
		}
	}
} finally {
	await browser.close();
}
