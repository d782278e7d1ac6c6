// The early rows (drawn before the engine is ready) are the engine's rows: the files the data step writes,
// read back and expanded, equal what the overview's queries give through the Node connector, value for value
// and type for type, so that the engine takes over in place.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_SCHEMES, type Manifest } from '$lib/data/manifest';
import type { NodeDatabase } from '$lib/db/node';
import { EarlyRowsStore, expandEarlyRows, queryEarlyRows, type EarlyRows } from '$lib/state/early-rows';
import { queryViewRows } from '$lib/state/view-data.svelte';
import { writeEarlyRows } from '../../scripts/data/early-rows';
import { realDatabase, realDataset } from './support/real-data';

let db: NodeDatabase;
let manifest: Manifest;
let dir: string;
let sizes: Map<string, number>;
beforeAll(async () => {
	db = await realDatabase();
	const dataset = await realDataset();
	manifest = dataset.manifest;
	dir = mkdtempSync(path.join(tmpdir(), 'early-rows-'));
	sizes = await writeEarlyRows(dataset, dir);
});
afterAll(() => {
	db.close();
	rmSync(dir, { recursive: true, force: true });
});

const readFile = (id: string) =>
	JSON.parse(readFileSync(path.join(dir, 'views', `${id}.json`), 'utf8')) as EarlyRows;

describe('writeEarlyRows', () => {
	it('writes one file per bundled indicator, none over 16 KiB', () => {
		expect([...sizes.keys()].toSorted()).toEqual(manifest.indicators.map((i) => i.id).toSorted());
		for (const [id, size] of sizes) expect(size, id).toBeLessThan(16 * 1024);
	});

	it('writes files that, expanded, give for every indicator and scheme, in its first, middle and last years, exactly the rows of queryViewRows', async () => {
		for (const indicator of manifest.indicators) {
			const file = readFile(indicator.id);
			expect(file.allYears).toBe(true);
			expect(file.years.map((y) => y.year)).toEqual(indicator.years.map((y) => y.year));
			for (const scheme of REGION_SCHEMES) {
				const expanded = expandEarlyRows(file, scheme, manifest.provinces);
				const years = indicator.years.map((y) => y.year);
				for (const year of new Set([years[0]!, years[years.length >> 1]!, years.at(-1)!])) {
					const rows = await queryViewRows(db, { indicator: indicator.id, year, scheme });
					const at = `${indicator.id} ${year} ${scheme}`;
					expect(expanded.stats, at).toEqual(rows.stats);
					expect(expanded.provinces.get(year), at).toEqual(rows.provinces);
				}
			}
		}
	});
});

describe('expandEarlyRows', () => {
	it('gives numbers where the engine gives numbers (never bigint), and null where a province has no value (CPS 2020: all but one)', () => {
		const file = readFile('cps_online_service_index');
		const { stats, provinces } = expandEarlyRows(file, 'region4', manifest.provinces);
		for (const s of stats) {
			for (const key of ['year', 'provinces', 'mean', 'min', 'max'] as const)
				expect(typeof s[key]).toBe('number');
		}
		const rows = [...provinces.values()].flat();
		for (const p of rows) expect(typeof p.adcode).toBe('number');
		const missing = provinces.get(2020)!.filter((p) => p.value === null);
		expect(missing).toHaveLength(30);
		for (const p of missing) expect(p.rank).toBeNull();
		for (const p of rows.filter((p) => p.value !== null)) {
			expect(typeof p.value).toBe('number');
			expect(typeof p.rank).toBe('number');
		}
	});

	it('names each province and puts it in the region of the scheme asked for (Liaoning: northeast in region4, east in region3)', async () => {
		const file = await queryEarlyRows(db, 'pku_dfiic_index_aggregate');
		const liaoning = (scheme: 'region4' | 'region3') =>
			expandEarlyRows(file, scheme, manifest.provinces)
				.provinces.get(2023)!
				.find((p) => p.adcode === 210000);
		expect(liaoning('region4')).toMatchObject({ name_zh: '辽宁', name_en: 'Liaoning', region: 'northeast' });
		expect(liaoning('region3')).toMatchObject({ name_zh: '辽宁', region: 'east' });
	});
});

describe('queryEarlyRows', () => {
	it('with a year, holds that year of the provinces only (county scale) and says so', async () => {
		const rows = await queryEarlyRows(db, 'pku_dfiic_payment', 2020);
		expect(rows.allYears).toBe(false);
		expect(rows.years.map((y) => y.year)).toEqual([2020]);
		expect(rows.years[0]!.values).toHaveLength(31);
		expect(rows.stats.region4.length).toBe(13 * 4);
		expect(rows.stats.region3.length).toBe(13 * 3);
	});
});

describe('EarlyRowsStore', () => {
	it('gives the same arrays for the same indicator and scheme, and nothing for an indicator it does not hold', () => {
		const store = new EarlyRowsStore(manifest.provinces);
		store.add(readFile('pku_dfiic_payment'));
		const view = { indicator: 'pku_dfiic_payment', scheme: 'region3' } as const;
		expect(store.get(view)).toBe(store.get(view));
		expect(store.get({ ...view, scheme: 'region4' })).not.toBe(store.get(view));
		expect(store.has('pku_dfiic_payment')).toBe(true);
		expect(store.get({ ...view, indicator: 'pku_dfiic_credit' })).toBeUndefined();
	});
});
