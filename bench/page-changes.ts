// The changes of the pages beyond the overview, timed as the overview's are (probes.ts: from the control's
// event to every chart showing the new view, then to the next rendered frame): /relate's horizontal axis
// cycling through the indicators, /composite's method switching between equal and entropy weights, and
// /analysis's indicator cycling through the indicators (every measure of the page recomputed).
import type { Browser } from 'playwright-core';
import type { Manifest } from '../src/lib/data/manifest';
import { runChanges, type ChangeSample, type ChangeStep } from './probes';

export interface PageChanges {
	relateX: ChangeSample[];
	compositeMethod: ChangeSample[];
	analysisIndicator: ChangeSample[];
	/** Per /analysis indicator change: ms the Moran figures took to compute (state/moran.ts's measures). */
	moranCompute: number[];
}

const RELATE_CHARTS = ['indicator-scatter', 'indicator-correlation'];
const RELATE_Y = 'pku_dfiic_index_aggregate';
/** /relate opens on x = cps_online_service_index in 2019, the latest year both axes have for 31 provinces. */
const RELATE_START = { x: 'cps_online_service_index', year: 2019 };

/** `n` changes of /relate's x through every other indicator, the year moving as the page moves it (view.ts). */
function relateSteps(manifest: Manifest, n: number): ChangeStep[] {
	const coverage = (id: string) => manifest.indicators.find((d) => d.id === id)?.years ?? [];
	const ids = manifest.indicators.map((d) => d.id).filter((id) => id !== RELATE_Y);
	let at = ids.indexOf(RELATE_START.x);
	let year = RELATE_START.year;
	const steps: ChangeStep[] = [];
	for (let i = 0; i < n; i++) {
		at = (at + 1) % ids.length;
		const x = ids[at] as string;
		// The years both axes have, each with the fewer provinces of the two.
		const common = coverage(x).flatMap(({ year: y, provinces }) => {
			const other = coverage(RELATE_Y).find((c) => c.year === y);
			return other ? [{ year: y, provinces: Math.min(provinces, other.provinces) }] : [];
		});
		if (!common.some((c) => c.year === year)) {
			const enough = common.filter((c) => c.provinces >= 3);
			year = (enough.at(-1) ?? common.at(-1))!.year;
		}
		steps.push({
			control: 'select[name=x]',
			value: x,
			event: 'change',
			key: `${x}|${RELATE_Y}|region4|${year}|linear`
		});
	}
	return steps;
}

const COMPOSITE_CHARTS = ['composite-weights', 'composite-contributions', 'gap-trend', 'province-ranking'];
const COMPONENTS = 'pku_dfiic_coverage_breadth,pku_dfiic_usage_depth,pku_dfiic_digitization_level';

/**
 * `n` changes of /composite's method between equal and entropy weights, on the builder's starting point
 * (whose latest year is 2023): the first two compute a composite, the others redraw one computed before.
 */
function compositeSteps(n: number): ChangeStep[] {
	return Array.from({ length: n }, (_, i) => {
		const method = i % 2 ? 'entropy' : 'equal';
		return {
			control: `input[name=method][value=${method}]`,
			value: method,
			event: 'change' as const,
			key: `composite:${method}:${COMPONENTS}|2023|region4`
		};
	});
}

const ANALYSIS_CHARTS = [
	'theil-decomposition',
	'gini-decomposition',
	'dispersion-trend',
	'beta-convergence',
	'density',
	'moran-trend',
	'moran-scatter',
	'lisa-map'
];

/**
 * `n` changes of /analysis's indicator through every other one, from the default (2023): the year moves to the
 * new indicator's latest when it has no data in the current one, and the start year is its first (view.ts).
 */
function analysisSteps(manifest: Manifest, n: number): ChangeStep[] {
	const ids = manifest.indicators.map((d) => d.id);
	let at = ids.indexOf('pku_dfiic_index_aggregate');
	let year = 2023;
	return Array.from({ length: n }, () => {
		at = (at + 1) % ids.length;
		const next = manifest.indicators[at]!;
		const years = next.years.map((y) => y.year);
		if (!years.includes(year)) year = years.at(-1)!;
		return {
			control: 'select[name=indicator]',
			value: next.id,
			event: 'change' as const,
			key: `${next.id}|${year}|region4|equal|${years[0]}`
		};
	});
}

export async function measurePageChanges(
	browser: Browser,
	url: string,
	manifest: Manifest,
	n: number,
	runs: number
): Promise<PageChanges> {
	const result: PageChanges = { relateX: [], compositeMethod: [], analysisIndicator: [], moranCompute: [] };
	for (let i = 0; i < runs; i++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
		await context.addInitScript('window.__name = (fn) => fn;');
		const page = await context.newPage();
		const ready = () =>
			page.waitForFunction(() => document.documentElement.dataset.db === 'ready', undefined, {
				timeout: 180_000
			});
		await page.goto(new URL('relate', url).href);
		await ready();
		result.relateX.push(
			...(await page.evaluate(runChanges, {
				steps: relateSteps(manifest, n),
				charts: RELATE_CHARTS,
				timeout: 30_000
			}))
		);
		await page.goto(new URL('composite', url).href);
		await ready();
		result.compositeMethod.push(
			...(await page.evaluate(runChanges, {
				steps: compositeSteps(n),
				charts: COMPOSITE_CHARTS,
				timeout: 30_000
			}))
		);
		await page.goto(new URL('analysis', url).href);
		await ready();
		await page.evaluate(() => ['moran:trend', 'moran:year'].forEach((m) => performance.clearMeasures(m)));
		result.analysisIndicator.push(
			...(await page.evaluate(runChanges, {
				steps: analysisSteps(manifest, n),
				charts: ANALYSIS_CHARTS,
				timeout: 30_000
			}))
		);
		// Every indicator change computes one trend and one year: their sum is what the measure adds.
		const moran = await page.evaluate(() =>
			['moran:trend', 'moran:year'].map((m) => performance.getEntriesByName(m).map((e) => e.duration))
		);
		const [trend = [], year = []] = moran;
		result.moranCompute.push(...trend.map((ms, i) => ms + (year[i] ?? 0)));
		await context.close();
		process.stdout.write('.');
	}
	return result;
}
