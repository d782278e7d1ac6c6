// `npm run bench`: the dashboard's speed in headless Chromium over the built site, cold cache, against a
// plain d3 baseline over the same files, on the real data and on a synthetic county-scale panel.
//
//   npm run build && npm run bench                  # 5 cold runs each, 50 year and 50 indicator changes
//   npm run bench -- --runs 3 --changes 20 --only real --throttle
//
// Options: --runs N, --changes N, --only real|synthetic, --throttle (adds a 10 Mbit/s, 20 ms profile of
// the first load), --no-build (reuse the synthetic build in bench/.out/ instead of rebuilding it).
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import type { Manifest } from '../src/lib/data/manifest';
import { QUERY_MEASURE } from '../src/lib/db/connector';
import { serve } from '../scripts/serve.js';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser/support/chromium';
import { installLoadProbe, runChanges, type ChangeSample, type ChangeStep, type LoadMarks } from './probes';
import { writeSyntheticStatic, SYNTHETIC } from './synthetic';

const { values: args } = parseArgs({
	options: {
		runs: { type: 'string', default: '5' },
		changes: { type: 'string', default: '50' },
		only: { type: 'string' },
		throttle: { type: 'boolean', default: false },
		'no-build': { type: 'boolean', default: false }
	}
});
const RUNS = Number(args.runs);
const CHANGES = Number(args.changes);
const OUT = 'bench/.out';
const DB_CHARTS = ['region-summary', 'gap-trend', 'province-ranking'];
const MARK = DB_CHARTS.map((id) => `figure[data-chart="${id}"] svg :is(circle, rect)`).join(', ');
/** Evidence 40.1.8 on the same data, same machine (issue #6). */
const EVIDENCE = { firstChart: 2400, interactive: 5800, bytes: 43e6, yearChange: 192 };
const THROTTLE = { offline: false, latency: 20, downloadThroughput: 10e6 / 8, uploadThroughput: 10e6 / 8 };

interface Site {
	name: string;
	/** The built dashboard and the baseline page, each a directory served by scripts/serve.js. */
	dashboard: string;
	baseline: string;
	manifest: Manifest;
}

interface LoadResult {
	marks: LoadMarks;
	bytes: number;
	requests: number;
	heap: number;
}

interface Measured {
	loads: LoadResult[];
	year: ChangeSample[];
	indicator: ChangeSample[];
	/** Requests made during the changes (should be none: the data is all in the engine). */
	changeRequests: number;
	/** Engine queries run during the year and the indicator changes (all runs together). */
	queries: { year: number; indicator: number };
}

// ---- sites -------------------------------------------------------------------------------------------------

function run(command: string, argv: string[], env: NodeJS.ProcessEnv = {}): void {
	const result = spawnSync(command, argv, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed (exit ${result.status})`);
}

/** The baseline page next to a copy of the site's data files (precompressed copies included). */
async function baselineDir(name: string, siteDir: string): Promise<string> {
	const dir = path.join(OUT, name, 'baseline');
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });
	await cp('bench/baseline', dir, { recursive: true });
	await cp('node_modules/d3/dist/d3.min.js', path.join(dir, 'd3.min.js'));
	await cp('node_modules/apache-arrow/Arrow.es2015.min.js', path.join(dir, 'arrow.min.js'));
	await cp(path.join(siteDir, 'data'), path.join(dir, 'data'), { recursive: true });
	run('npx', ['tsx', 'scripts/compress.ts', dir]);
	return dir;
}

/** The product build's compressed copies of identical files (same content-hashed name, e.g. the engine). */
async function reuseCompressed(from: string, to: string): Promise<void> {
	const dir = '_app/immutable/assets';
	for (const name of await readdir(path.join(to, dir))) {
		for (const suffix of ['.gz', '.br']) {
			const source = path.join(from, dir, name + suffix);
			if (existsSync(source)) await cp(source, path.join(to, dir, name + suffix));
		}
	}
}

async function realSite(): Promise<Site> {
	if (!existsSync('build/index.html')) throw new Error('build/ is missing: run npm run build first');
	const manifest = JSON.parse(await readFile('build/data/manifest.json', 'utf8')) as Manifest;
	return { name: 'real', dashboard: 'build', baseline: await baselineDir('real', 'build'), manifest };
}

/** The same site built over the synthetic panel (a bench-only build variant, see svelte.config.js). */
async function syntheticSite(): Promise<Site> {
	const root = path.join(OUT, 'synthetic');
	const dashboard = path.join(root, 'build');
	if (!args['no-build'] || !existsSync(path.join(dashboard, 'index.html'))) {
		const started = performance.now();
		await rm(root, { recursive: true, force: true });
		await writeSyntheticStatic(path.join(root, 'static'));
		run('npx', ['vite', 'build', '--logLevel', 'warn'], { DASHBOARD_BENCH_DIR: root });
		await reuseCompressed('build', dashboard);
		run('npx', ['tsx', 'scripts/compress.ts', dashboard]);
		console.log(`synthetic build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
	}
	const manifest = JSON.parse(await readFile(path.join(dashboard, 'data/manifest.json'), 'utf8')) as Manifest;
	return { name: 'synthetic', dashboard, baseline: await baselineDir('synthetic', dashboard), manifest };
}

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
		steps.push({ kind: 'year', value: String(at), key: `${indicator}|${years[at]}|region4` });
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
		steps.push({ kind: 'indicator', value: next.id, key: `${next.id}|${year}|region4` });
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
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		if (throttle) await cdp.send('Network.emulateNetworkConditions', THROTTLE);
		let bytes = 0;
		let requests = 0;
		cdp.on('Network.loadingFinished', (event) => {
			bytes += event.encodedDataLength;
			requests++;
		});
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));

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
		const marks = await page.evaluate(() => (window as unknown as { __bench: LoadMarks }).__bench);
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

// ---- reporting ---------------------------------------------------------------------------------------------

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
function quantile(xs: number[], q: number): number {
	const s = sorted(xs);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
}
const median = (xs: number[]) => {
	const s = sorted(xs.filter((x) => !Number.isNaN(x)));
	if (!s.length) return NaN;
	const mid = s.length / 2;
	return s.length % 2 ? s[Math.floor(mid)]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const spread = (all: number[], f = ms) => {
	const xs = all.filter((x) => !Number.isNaN(x));
	if (!xs.length) return 'n/a';
	const missing = all.length - xs.length;
	return `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})${missing ? ` [${missing} n/a]` : ''}`;
};
const mb = (x: number) => (x / 1e6).toFixed(2);

/** First chart: the frame that renders the first data-chart mark, never before the first paint. */
const firstChart = (m: LoadMarks) => Math.max(m.chartPainted ?? NaN, m.fcp ?? 0);

function report(site: Site, dashboard: Measured, baseline: Measured): void {
	const rows: [string, string, string, string][] = [];
	const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
	const load = (label: string, pick: (l: LoadResult) => number, f = ms) => {
		const d = dashboard.loads.map(pick);
		const b = baseline.loads.map(pick);
		rows.push([label, spread(d, f), spread(b, f), ratio(median(d), median(b))]);
	};
	load('first paint (ms)', (l) => l.marks.fcp ?? NaN);
	load('first chart mark (ms)', (l) => firstChart(l.marks));
	load('all charts drawn (ms)', (l) => l.marks.allCharts ?? NaN);
	load('data-db ready (ms)', (l) => l.marks.ready ?? NaN);
	load('transferred (MB)', (l) => l.bytes, mb);
	load(
		'requests',
		(l) => l.requests,
		(x) => x.toFixed(0)
	);
	load('JS heap, main thread (MB)', (l) => l.heap, mb);
	const changes = (label: string, pick: (m: Measured) => ChangeSample[]) => {
		for (const phase of ['dom', 'paint'] as const) {
			const d = pick(dashboard).map((s) => s[phase]);
			const b = pick(baseline).map((s) => s[phase]);
			if (!d.length) continue;
			const name = `${label} → ${phase === 'dom' ? 'DOM' : 'painted'} p50 / p95 (ms)`;
			rows.push([
				name,
				`${ms(quantile(d, 0.5))} / ${ms(quantile(d, 0.95))}`,
				`${ms(quantile(b, 0.5))} / ${ms(quantile(b, 0.95))}`,
				`${ratio(quantile(d, 0.5), quantile(b, 0.5))} / ${ratio(quantile(d, 0.95), quantile(b, 0.95))}`
			]);
		}
	};
	changes('year change', (m) => m.year);
	changes('indicator change', (m) => m.indicator);

	const widths = [0, 1, 2, 3].map((i) =>
		Math.max(...[['', 'dashboard', 'd3 baseline', 'ratio'], ...rows].map((r) => r[i]!.length))
	);
	const line = (r: string[]) =>
		r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
	console.log(line(['', 'dashboard', 'd3 baseline', 'ratio']));
	for (const r of rows) console.log(line(r));
	if (dashboard.year.length) {
		console.log(
			`(${dashboard.loads.length} cold runs: median (min–max); changes pooled over the runs: ` +
				`${dashboard.year.length} year, ${dashboard.indicator.length} indicator; ` +
				`requests during changes: dashboard ${dashboard.changeRequests}, baseline ${baseline.changeRequests}; ` +
				`engine queries per change: year ${(dashboard.queries.year / dashboard.year.length).toFixed(2)}, ` +
				`indicator ${(dashboard.queries.indicator / dashboard.indicator.length).toFixed(2)})`
		);
	}
	if (site.name === 'real' && dashboard.year.length) {
		const d = (xs: number[]) => median(xs);
		console.log(
			`vs Evidence 40.1.8 (same data, issue #6): first chart ${EVIDENCE.firstChart} ms → ×${(EVIDENCE.firstChart / d(dashboard.loads.map((l) => firstChart(l.marks)))).toFixed(1)} faster; ` +
				`interactive ${EVIDENCE.interactive} ms → ×${(EVIDENCE.interactive / d(dashboard.loads.map((l) => l.marks.ready ?? NaN))).toFixed(1)}; ` +
				`${mb(EVIDENCE.bytes)} MB → ×${(EVIDENCE.bytes / d(dashboard.loads.map((l) => l.bytes))).toFixed(1)} less; ` +
				`year change ${EVIDENCE.yearChange} ms → ×${(
					EVIDENCE.yearChange /
					quantile(
						dashboard.year.map((s) => s.paint),
						0.5
					)
				).toFixed(1)} (painted p50)`
		);
	}
}

// ---- main --------------------------------------------------------------------------------------------------

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
	if (args.only !== 'synthetic') sites.push(realSite);
	if (args.only !== 'real') sites.push(syntheticSite);
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
