// The bench's table: the dashboard against the baseline, medians with ranges for the cold loads, p50 / p95
// for the changes, and the comparison with the Evidence build of issue #6.
import type { ChangeSample, FirstChange, LoadMarks } from './probes';
import type { Site } from './sites';
import type { Visit, Visits } from './visits';

/** Evidence 40.1.8 on the same data, same machine (issue #6). */
const EVIDENCE = { firstChart: 2400, interactive: 5800, bytes: 43e6, yearChange: 192 };

export interface LoadResult {
	marks: LoadMarks;
	bytes: number;
	requests: number;
	heap: number;
}

export interface Measured {
	loads: LoadResult[];
	year: ChangeSample[];
	indicator: ChangeSample[];
	/** Requests made during the changes (should be none: the data is all in the engine). */
	changeRequests: number;
	/** Engine queries run during the year and the indicator changes (all runs together). */
	queries: { year: number; indicator: number };
}

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

/** Rows under a header, the first column left-aligned and the others right-aligned. */
function printTable(header: string[], rows: string[][]): void {
	const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i]!.length)));
	const line = (r: string[]) =>
		r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
	console.log(line(header));
	for (const r of rows) console.log(line(r));
}

/** First chart: the frame that renders the first data-chart mark, never before the first paint. */
const firstChart = (m: LoadMarks) => Math.max(m.chartPainted ?? NaN, m.fcp ?? 0);

export function report(site: Site, dashboard: Measured, baseline: Measured): void {
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

	printTable(['', 'dashboard', 'd3 baseline', 'ratio'], rows);
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

/** The other pages' changes (page-changes.ts): p50 / p95 to the DOM and to the painted frame. */
export function reportPageChanges(changes: Record<string, ChangeSample[]>): void {
	for (const [label, samples] of Object.entries(changes)) {
		if (!samples.length) continue;
		const at = (phase: 'dom' | 'paint', q: number) =>
			ms(
				quantile(
					samples.map((s) => s[phase]),
					q
				)
			);
		console.log(
			`${label}: → DOM p50 / p95 ${at('dom', 0.5)} / ${at('dom', 0.95)} ms, → painted ${at('paint', 0.5)} / ` +
				`${at('paint', 0.95)} ms (${samples.length} changes)`
		);
	}
}

/** A computation's time per change (e.g. the Moran figures'), as p50 / p95. */
export function reportDurations(label: string, durations: number[]): void {
	if (!durations.length) return;
	console.log(
		`${label}: p50 / p95 ${ms(quantile(durations, 0.5))} / ${ms(quantile(durations, 0.95))} ms (${durations.length} changes)`
	);
}

/** Cold and warm visits (visits.ts), one column each and their ratio, per network profile. */
export function reportVisits(profiles: Record<string, Visits>): void {
	const rows: string[][] = [];
	for (const [profile, visits] of Object.entries(profiles)) {
		const row = (label: string, pick: (v: Visit) => number, f = ms) => {
			const cold = visits.cold.map(pick);
			const warm = visits.warm.map(pick);
			const ratio = median(cold) > 0 ? `${(median(warm) / median(cold)).toFixed(2)}×` : '–';
			rows.push([`${profile}: ${label}`, spread(cold, f), spread(warm, f), ratio]);
		};
		row('data-db ready (ms)', (v) => v.ready);
		row('transferred (MB)', (v) => v.bytes, mb);
		row('longest task (ms)', (v) => v.longestTask);
		row('total blocking time (ms)', (v) => v.blockingTime);
	}
	printTable(['', 'cold visit', 'warm visit', 'warm / cold'], rows);
	const runs = Object.values(profiles)[0]?.cold.length ?? 0;
	console.log(
		`(${runs} runs: median (min–max); a cold visit in a new context, the warm one its second navigation; ` +
			'long tasks from the navigation to data-db ready)'
	);
}

/** The throttled first interaction (first-change.ts): its times, and how often the engine was still loading. */
export function reportFirstChange(label: string, samples: FirstChange[]): void {
	if (!samples.length) return;
	const loading = samples.filter((s) => s.dbWhenDrawn === 'loading').length;
	console.log(
		`${label}: → DOM ${spread(samples.map((s) => s.dom))} ms, → painted ${spread(samples.map((s) => s.paint))} ms ` +
			`(median (min–max) of ${samples.length}); data-db still loading when drawn: ${loading} of ${samples.length}`
	);
}
