// A composite index shown like any other indicator (indicator=composite&composite=…), in headless Chromium
// against the built site: the overview ranks the provinces by the reference function's index computed here
// from data/, /analysis decomposes it (Theil, against the reference Theil of those values), /compare draws
// it, and the pages name and cite it after its components.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RegionId } from '$lib/data/manifest';
import { compositeIndex, type CompositeValue } from '$lib/metrics/composite-index';
import { theil } from '$lib/metrics/theil';
import { downloadCsv, useSite } from './support/site';

const site = useSite();
const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const COMPONENTS = ['pku_dfiic_coverage_breadth', 'pku_dfiic_usage_depth', 'pku_dfiic_digitization_level'];
const DEFINITION = `entropy:${COMPONENTS[0]},${COMPONENTS[1]},-${COMPONENTS[2]}`;
const ID = `composite:${DEFINITION}`;
const LINK = `indicator=composite&composite=${DEFINITION}`;

let reference: CompositeValue[];
const regionOf = new Map(
	csvParse(readFileSync(`${DATA}provinces.csv`, 'utf8')).map((p) => [Number(p.adcode), p.region4 as RegionId])
);

beforeAll(() => {
	const observations = csvParse(readFileSync(`${DATA}observations/pku_dfiic.csv`, 'utf8')).map((r) => ({
		indicator: r.indicator as string,
		year: Number(r.year),
		adcode: Number(r.adcode),
		value: r.value === '' ? null : Number(r.value)
	}));
	const result = compositeIndex(observations, {
		method: 'entropy',
		components: COMPONENTS.map((id, i) => ({ id, higher_is_better: i < 2, weight: null }))
	});
	if (!result.ok) throw new Error(result.reason);
	reference = result.value.values;
});

const of = (year: number) => reference.filter((v) => v.year === year);

describe('indicator=composite', () => {
	it('ranks the provinces on the overview by the index the reference function computes from data/', async () => {
		const { page, errors } = await site.openReady(`?${LINK}&year=2023`);
		await page.locator(`figure[data-chart="province-ranking"][data-view="${ID}|2023|region4"]`).waitFor();
		expect(await page.locator('select[name="indicator"]').evaluate((s: HTMLSelectElement) => s.value)).toBe(
			ID
		);
		const csv = await downloadCsv(page, 'province-ranking');
		expect(csv.fileName).toMatch(/^province-ranking_composite-entropy-[0-9a-f]{8}_2023_region4\.csv$/);
		const header = csv.rows[0] as string[];
		const body = csv.rows.slice(1);
		const expected = [...of(2023)].sort((a, b) => b.value - a.value);
		expect(body.map((r) => Number(r[header.indexOf('adcode')]))).toEqual(expected.map((v) => v.adcode));
		body.forEach((r, i) => expect(Number(r[header.indexOf('value')])).toBeCloseTo(expected[i]!.value, 9));
		expect(body.every((r) => r[header.indexOf('indicator')] === ID)).toBe(true);
		const caption = await page.locator('figure[data-chart="province-ranking"] figcaption').innerText();
		expect(caption).toContain('合成指数（熵值法）');
		expect(caption).toContain('数字普惠金融·数字化程度（逆向）');
		const source = await page.locator('figure[data-chart="province-ranking"] .source').innerText();
		expect(source).toContain('北京大学数字金融研究中心');
		expect(errors).toEqual([]);
	});

	it('decomposes it on /analysis: the Theil index of 2023 equals the reference Theil of the reference values', async () => {
		const { page, errors } = await site.openReady(`analysis?${LINK}&year=2023&lang=en`);
		const csv = await downloadCsv(page, 'theil-decomposition');
		const header = csv.rows[0] as string[];
		const row = csv.rows.find((r) => r[header.indexOf('year')] === '2023') as string[];
		const expected = theil(
			of(2023),
			(v) => v.value,
			(v) => regionOf.get(v.adcode) as RegionId
		);
		if (!expected.ok) throw new Error(expected.reason);
		expect(Number(row[header.indexOf('total')])).toBeCloseTo(expected.value.total, 9);
		expect(Number(row[header.indexOf('between')])).toBeCloseTo(expected.value.between, 9);
		expect(row[header.indexOf('indicator')]).toBe(ID);
		expect(errors).toEqual([]);
	});

	it('compares provinces on it on /compare', async () => {
		const { page, errors } = await site.openReady(`compare?${LINK}&year=2023&select=110000,540000`);
		const figure = page.locator('figure[data-chart="province-compare"]');
		await expect.poll(() => figure.getAttribute('data-view')).toContain(ID);
		const csv = await downloadCsv(page, 'province-compare');
		const header = csv.rows[0] as string[];
		const tibet2023 = csv.rows.find(
			(r) => r[header.indexOf('adcode')] === '540000' && r[header.indexOf('year')] === '2023'
		) as string[];
		const expected = of(2023).find((v) => v.adcode === 540000)!.value;
		expect(Number(tibet2023[header.indexOf('value')])).toBeCloseTo(expected, 9);
		expect(errors).toEqual([]);
	});
});
