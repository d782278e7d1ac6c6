// The composite index builder (/composite) in headless Chromium, against the built site: the weights it
// shows and downloads equal the reference compositeIndex computed here from data/ (read with
// @duckdb/node-api), a change of method changes them as it should, a link reproduces the ranking on the
// overview in a fresh browser context, and a bad definition shows a message and no chart. It also times
// a change of method to the redrawn charts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
	compositeIndex,
	type CompositeDefinition,
	type CompositeIndex,
	type CompositeObservation
} from '$lib/metrics/composite-index';
import { compositeId, formatComposite } from '$lib/state/composite-definition';
import type { NodeDatabase } from '$lib/db/node';
import { realDatabase } from '../unit/support/real-data';
import { downloadCsv, useSite } from './support/site';

const BREADTH = 'pku_dfiic_coverage_breadth';
const DEPTH = 'pku_dfiic_usage_depth';
const DIGITIZATION = 'pku_dfiic_digitization_level';
const DEFAULT: CompositeDefinition = {
	method: 'entropy',
	components: [BREADTH, DEPTH, DIGITIZATION].map((id) => ({ id, higher_is_better: true, weight: null }))
};
const YEAR = 2023;
const TIMED_CHANGES = 20;

const site = useSite();
let db: NodeDatabase;

beforeAll(async () => {
	db = await realDatabase();
});
afterAll(() => db?.close());

/** The reference: compositeIndex over the components' observations, read from data/ in Node. */
async function reference(definition: CompositeDefinition): Promise<CompositeIndex> {
	const ids = definition.components.map((c) => c.id);
	const rows = await db.query<{ indicator: string; year: number; adcode: number; value: number | null }>(
		`SELECT indicator, year, adcode, value FROM observations WHERE indicator IN (${ids.map(() => '?').join(', ')})`,
		ids
	);
	const observations: CompositeObservation[] = rows.map((r) => ({
		indicator: r.indicator,
		year: Number(r.year),
		adcode: Number(r.adcode),
		value: r.value === null ? null : Number(r.value)
	}));
	const result = compositeIndex(observations, definition);
	if (!result.ok) throw new Error(`the reference composite failed: ${result.reason}`);
	return result.value;
}

/** The reference's provinces for `year`, highest index first (ties by adcode), as `adcode`. */
function referenceOrder(index: CompositeIndex, year: number): string[] {
	return index.values
		.filter((v) => v.year === year)
		.sort((a, b) => b.value - a.value || a.adcode - b.adcode)
		.map((v) => String(v.adcode));
}

const figure = (page: Page, chart: string) => page.locator(`figure[data-chart="${chart}"]`);
const COMPOSITE_CHARTS = ['composite-weights', 'composite-contributions', 'gap-trend', 'province-ranking'];

/** Waits until every chart of the page draws `definition` for `year` (region4). */
async function waitForComposite(page: Page, definition: CompositeDefinition, year = YEAR): Promise<void> {
	const key = `${compositeId(definition)}|${year}|region4`;
	await page.waitForFunction(
		([charts, view]) =>
			charts.every(
				(chart) => document.querySelector(`figure[data-chart="${chart}"]`)?.getAttribute('data-view') === view
			),
		[COMPOSITE_CHARTS, key] as const,
		{ timeout: 20_000, polling: 'raf' }
	);
}

/** The weights drawn, by component id, as the chart's data-weight attributes hold them. */
async function drawnWeights(page: Page): Promise<Record<string, number>> {
	const pairs = await figure(page, 'composite-weights')
		.locator('g.component')
		.evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-component'), g.getAttribute('data-weight')]));
	return Object.fromEntries(pairs.map(([id, w]) => [id, Number(w)]));
}

const composed = (definition: CompositeDefinition) =>
	`composite/?composite=${encodeURIComponent(formatComposite(definition))}`;

describe('the composite builder', () => {
	it('shows the default entropy weights of the three PKU sub-indices, and downloads them, equal to the reference to 1e-9', async () => {
		const expected = await reference(DEFAULT);
		const { page, errors, externalRequests } = await site.openReady('composite/');
		await waitForComposite(page, DEFAULT);

		const drawn = await drawnWeights(page);
		expect(Object.keys(drawn)).toEqual([BREADTH, DEPTH, DIGITIZATION]);
		for (const w of expected.weights) expect(Math.abs((drawn[w.id] as number) - w.weight)).toBeLessThan(1e-9);
		// The weights read as printed, to 3 decimals, and sum to 1.
		const sum = Object.values(drawn).reduce((s, w) => s + w, 0);
		expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
		const text = await figure(page, 'composite-weights').locator('svg').textContent();
		for (const w of expected.weights) expect(text).toContain(w.weight.toFixed(3));

		const csv = await downloadCsv(page, 'composite-weights');
		expect(csv.rows[0]).toEqual(['component', 'direction', 'weight', 'entropy', 'divergence']);
		expect(csv.rows.slice(1).map((r) => r[0])).toEqual([BREADTH, DEPTH, DIGITIZATION]);
		for (const [i, w] of expected.weights.entries()) {
			const [, direction, weight, entropy, divergence] = csv.rows[i + 1] as string[];
			expect(direction).toBe('higher');
			expect(Math.abs(Number(weight) - w.weight)).toBeLessThan(1e-9);
			expect(Math.abs(Number(entropy) - w.entropy)).toBeLessThan(1e-9);
			expect(Math.abs(Number(divergence) - w.divergence)).toBeLessThan(1e-9);
		}
		expect(csv.fileName).toMatch(/^composite-weights_composite-entropy-[0-9a-f]{8}\.csv$/);

		// The contributions of 2023: one row per province, highest index first, contributions summing to it.
		const contributions = await downloadCsv(page, 'composite-contributions');
		expect(contributions.rows[0]).toEqual([
			'year',
			'adcode',
			'province',
			'region',
			'index',
			BREADTH,
			DEPTH,
			DIGITIZATION
		]);
		const body = contributions.rows.slice(1);
		expect(body.map((r) => r[1])).toEqual(referenceOrder(expected, YEAR));
		expect(body).toHaveLength(31);
		for (const row of body) {
			const value = expected.values.find((v) => v.year === YEAR && String(v.adcode) === row[1]);
			expect(Math.abs(Number(row[4]) - (value?.value ?? NaN))).toBeLessThan(1e-9);
			for (const j of [0, 1, 2])
				expect(Math.abs(Number(row[5 + j]) - (value?.contributions[j] ?? NaN))).toBeLessThan(1e-9);
		}
		// Its chart: 31 bars of 3 segments, in that order.
		const bars = figure(page, 'composite-contributions').locator('g.province');
		expect(await bars.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-adcode')))).toEqual(
			referenceOrder(expected, YEAR)
		);
		expect(await figure(page, 'composite-contributions').locator('rect.segment').count()).toBe(93);

		// The source note cites the publisher and the pool.
		const source = await figure(page, 'composite-weights').locator('.source').innerText();
		expect(source).toContain('北京大学数字金融研究中心');
		expect(source).toContain(`${expected.pool} 个`);
		expect(errors).toEqual([]);
		expect(externalRequests()).toEqual([]);
	});

	it('changes the weights to 1/3 each under equal, and to the given weights scaled to 1 under custom', async () => {
		const { page, errors } = await site.openReady('composite/');
		await waitForComposite(page, DEFAULT);

		await page.getByRole('radio', { name: '等权' }).check();
		const equal: CompositeDefinition = { ...DEFAULT, method: 'equal' };
		await waitForComposite(page, equal);
		for (const w of Object.values(await drawnWeights(page))) expect(Math.abs(w - 1 / 3)).toBeLessThan(1e-12);
		await expect
			.poll(() => new URL(page.url()).searchParams.get('composite'))
			.toBe(`equal:${BREADTH},${DEPTH},${DIGITIZATION}`);

		// Custom starts from the weights shown; weights typed in replace them, scaled to sum to 1.
		await page.getByRole('radio', { name: '自定义权重' }).check();
		const weight = (name: string) => page.getByRole('textbox', { name: `数字普惠金融·${name}的权重` });
		await expect.poll(() => weight('覆盖广度').inputValue()).toBe('0.333');
		await weight('覆盖广度').fill('2');
		await weight('覆盖广度').press('Enter');
		await weight('使用深度').fill('1');
		await weight('使用深度').press('Enter');
		await weight('数字化程度').fill('1');
		await weight('数字化程度').press('Enter');
		const custom: CompositeDefinition = {
			method: 'custom',
			components: [
				{ id: BREADTH, higher_is_better: true, weight: 2 },
				{ id: DEPTH, higher_is_better: true, weight: 1 },
				{ id: DIGITIZATION, higher_is_better: true, weight: 1 }
			]
		};
		await waitForComposite(page, custom);
		expect(await drawnWeights(page)).toEqual({ [BREADTH]: 0.5, [DEPTH]: 0.25, [DIGITIZATION]: 0.25 });
		const expected = await reference(custom);
		expect(expected.weights.map((w) => w.weight)).toEqual([0.5, 0.25, 0.25]);

		// A weight of 0 is refused at its field and not applied.
		await weight('使用深度').fill('0');
		await weight('使用深度').press('Enter');
		const error = page.locator(`[data-weight-error="${DEPTH}"]`);
		await expect.poll(() => error.innerText()).toContain('权重须为正数');
		expect(await weight('使用深度').getAttribute('aria-invalid')).toBe('true');
		expect(await drawnWeights(page)).toEqual({ [BREADTH]: 0.5, [DEPTH]: 0.25, [DIGITIZATION]: 0.25 });
		expect(new URL(page.url()).searchParams.get('composite')).toBe(formatComposite(custom));

		// Lower-is-better reverses a component: the weights CSV says so.
		await page.getByRole('combobox', { name: '数字普惠金融·使用深度的方向' }).selectOption('lower');
		const reversed: CompositeDefinition = {
			...custom,
			components: custom.components.map((c) => (c.id === DEPTH ? { ...c, higher_is_better: false } : c))
		};
		await waitForComposite(page, reversed);
		expect(new URL(page.url()).searchParams.get('composite')).toBe(
			`custom:${BREADTH}*2,-${DEPTH}*1,${DIGITIZATION}*1`
		);
		const csv = await downloadCsv(page, 'composite-weights');
		expect(csv.rows.slice(1).map((r) => r[1])).toEqual(['higher', 'lower', 'higher']);
		expect(errors).toEqual([]);
	});

	it('adds, moves and removes components, each change in the link, and keeps at least two', async () => {
		const { page, errors } = await site.openReady('composite/');
		await waitForComposite(page, DEFAULT);
		const linked = () => new URL(page.url()).searchParams.get('composite');

		await page.getByRole('combobox', { name: '添加指标' }).selectOption('pku_dfiic_payment');
		await expect.poll(linked).toBe(`entropy:${BREADTH},${DEPTH},${DIGITIZATION},pku_dfiic_payment`);
		await page.getByRole('button', { name: '上移数字普惠金融·支付' }).click();
		await expect.poll(linked).toBe(`entropy:${BREADTH},${DEPTH},pku_dfiic_payment,${DIGITIZATION}`);
		await page.getByRole('button', { name: '移除数字普惠金融·覆盖广度' }).click();
		await page.getByRole('button', { name: '移除数字普惠金融·使用深度' }).click();
		const two: CompositeDefinition = {
			method: 'entropy',
			components: ['pku_dfiic_payment', DIGITIZATION].map((id) => ({
				id,
				higher_is_better: true,
				weight: null
			}))
		};
		await waitForComposite(page, two);
		expect(linked()).toBe(formatComposite(two));
		expect(Object.keys(await drawnWeights(page))).toEqual(['pku_dfiic_payment', DIGITIZATION]);
		// Two are the fewest: neither can be removed.
		for (const name of ['支付', '数字化程度'])
			expect(await page.getByRole('button', { name: `移除数字普惠金融·${name}` }).isDisabled()).toBe(true);
		expect(errors).toEqual([]);
	});

	it('a composite link opened in a fresh browser shows the same ranking on the overview as the builder', async () => {
		const definition: CompositeDefinition = {
			method: 'entropy',
			components: [
				{ id: BREADTH, higher_is_better: true, weight: null },
				{ id: 'pku_dfiic_insurance', higher_is_better: true, weight: null },
				{ id: 'pku_dfiic_credit', higher_is_better: false, weight: null }
			]
		};
		const expected = await reference(definition);
		const builder = await site.openReady(composed(definition));
		await waitForComposite(builder.page, definition);
		const built = await downloadCsv(builder.page, 'province-ranking');
		const builtOrder = built.rows.slice(1).map((r) => r[4]);
		expect(builtOrder).toEqual(referenceOrder(expected, YEAR));

		// The builder's own link to the overview, opened in a new context (no shared storage or cache).
		const href = await builder.page.locator('[data-composite-links] a[data-page="/"]').getAttribute('href');
		expect(href).toContain('indicator=composite');
		const overview = await site.openReady(href as string);
		await overview.page
			.locator(
				`figure[data-chart="province-ranking"][data-view="${compositeId(definition)}|${YEAR}|region4"]`
			)
			.waitFor({ timeout: 20_000 });
		const shown = await downloadCsv(overview.page, 'province-ranking');
		expect(shown.rows.slice(1).map((r) => r[4])).toEqual(builtOrder);
		for (const [i, row] of shown.rows.slice(1).entries())
			expect(Number(row[7])).toBeCloseTo(Number(built.rows[i + 1]?.[7]), 9);
		expect(builder.errors).toEqual([]);
		expect(overview.errors).toEqual([]);
	});

	it('says when the index starts later than some components, and shows it', async () => {
		const definition: CompositeDefinition = {
			method: 'equal',
			components: [BREADTH, 'pku_dfiic_investment'].map((id) => ({
				id,
				higher_is_better: true,
				weight: null
			}))
		};
		const { page, errors } = await site.openReady(composed(definition));
		await waitForComposite(page, definition);
		const note = await page.locator('[data-composite-note]').innerText();
		expect(note).toContain('2014–2023');
		expect(await page.locator('select[name="year"] option').allInnerTexts()).toEqual(
			Array.from({ length: 10 }, (_, i) => String(2014 + i))
		);
		expect(errors).toEqual([]);
	});

	for (const [what, text] of [
		['one component', `entropy:${BREADTH}`],
		['an unknown id', `entropy:${BREADTH},no_such_indicator`],
		['a custom weight of 0', `custom:${BREADTH}*0,${DEPTH}*1`]
	] as const) {
		it(`refuses a link with ${what}: a message, and no chart`, async () => {
			const { page, errors } = await site.openReady(`composite/?composite=${encodeURIComponent(text)}`);
			expect(await page.locator('[data-notice="composite"]').count()).toBe(1);
			await expect.poll(() => page.locator('[data-composite-refused]').count()).toBe(1);
			expect(await page.locator('figure').count()).toBe(0);
			expect(errors).toEqual([]);
		});
	}

	it(`redraws every chart after a change of method or of a weight (each timed over ${TIMED_CHANGES} changes)`, async () => {
		const { page, errors } = await site.openReady('composite/');
		await waitForComposite(page, DEFAULT);

		// Between equal and entropy: after the first of each, the composite is computed already and only the
		// charts' queries run.
		const methods = await timeChanges(async (i) => {
			const method = i % 2 === 0 ? 'equal' : 'entropy';
			await page.getByRole('radio', { name: method === 'equal' ? '等权' : '熵值法' }).check();
			await waitForComposite(page, { ...DEFAULT, method });
		});
		report('method change (equal ⇄ entropy)', methods);

		// A custom weight never asked for before: the composite is computed afresh each time.
		await page.getByRole('radio', { name: '自定义权重' }).check();
		for (const name of ['使用深度', '数字化程度']) {
			const other = page.getByRole('textbox', { name: `数字普惠金融·${name}的权重` });
			await other.fill('1');
			await other.press('Enter');
		}
		const field = page.getByRole('textbox', { name: '数字普惠金融·覆盖广度的权重' });
		const weights = await timeChanges(async (i) => {
			const weight = 1 + (i + 1) / 10;
			await field.fill(String(weight));
			await field.press('Enter');
			await waitForComposite(page, {
				method: 'custom',
				components: DEFAULT.components.map((c, j) => ({ ...c, weight: j === 0 ? weight : 1 }))
			});
		});
		report('custom weight change (new composite each time)', weights);

		expect(quantile(methods, 0.95)).toBeLessThan(3000);
		expect(quantile(weights, 0.95)).toBeLessThan(3000);
		expect(errors).toEqual([]);
	});
});

/** The time each of TIMED_CHANGES changes takes, in ms (`change(i)` makes the change and waits for the charts). */
async function timeChanges(change: (i: number) => Promise<void>): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < TIMED_CHANGES; i++) {
		const started = performance.now();
		await change(i);
		times.push(performance.now() - started);
	}
	return times;
}

/** The q-quantile of `times` (nearest rank). */
function quantile(times: readonly number[], q: number): number {
	const sorted = [...times].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}

function report(what: string, times: readonly number[]): void {
	console.log(
		`[composite] ${what} → every chart redrawn: p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`
	);
}
