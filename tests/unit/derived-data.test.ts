// Derived indicators put into the engine (the Node connector, the same SQL as the browser): a total per
// capita equals value ÷ population × 10⁴ for every province, a composite's rows are the reference
// function's, and every query then reads them like any indicator's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Indicator, Manifest } from '$lib/data/manifest';
import type { Connector, Row, SqlParam } from '$lib/db/connector';
import type { NodeDatabase } from '$lib/db/node';
import { compositeIndex } from '$lib/metrics/composite-index';
import { perCapita } from '$lib/metrics/per-capita';
import { insertImported } from '$lib/queries/imported-observations';
import { queryIndicatorValues } from '$lib/queries/derived-observations';
import { queryProvinceValues } from '$lib/queries/province-values';
import { compositeId, parseComposite } from '$lib/state/composite-definition';
import { derivedData } from '$lib/state/derived-data.svelte';
import { perCapitaId } from '$lib/state/derived-indicators';
import { realDatabase, realDataset } from './support/real-data';

let db: NodeDatabase;
let manifest: Manifest;
let population: Map<number, number>;

const imported = (id: string, total: boolean, years: number[]): Indicator => ({
	id,
	dataset: 'imported',
	name_zh: id,
	name_en: id,
	unit_zh: '',
	unit_en: '',
	higher_is_better: true,
	total,
	source_zh: '导入',
	source_en: 'Imported',
	source_urls: [],
	years: years.map((year) => ({ year, provinces: 31 }))
});

beforeAll(async () => {
	const dataset = await realDataset();
	db = await realDatabase();
	// As an import puts them in: the real payment index's 2019 values standing as a "total" (the SQL does not
	// know the difference), and a column that is the same number everywhere.
	const payment = await queryIndicatorValues(db, ['pku_dfiic_payment']);
	const of2019 = payment.filter((v) => v.year === 2019);
	await insertImported(db, 'imported_total', 'test', of2019);
	await insertImported(
		db,
		'imported_constant',
		'test',
		of2019.map((v) => ({ ...v, value: 5 }))
	);
	manifest = {
		...dataset.manifest,
		indicators: [
			...dataset.manifest.indicators,
			imported('imported_total', true, [2019]),
			imported('imported_constant', false, [2019])
		]
	};
	const rows = await db.query<{ adcode: number; population: number }>(
		'SELECT adcode::INTEGER AS adcode, population FROM population WHERE year = 2020'
	);
	population = new Map(rows.map((r) => [r.adcode, r.population]));
});
afterAll(() => db?.close());

const definition = (text: string) => {
	const parsed = parseComposite(text, manifest);
	if (!parsed.ok) throw new Error(parsed.problem.reason);
	return parsed.definition;
};

describe('derivedData.prepare(db, manifest, ids)', () => {
	it('puts a total per capita in: value ÷ 2020 census population × 10⁴ for each of the 31 provinces', async () => {
		const id = perCapitaId('imported_total');
		await derivedData.prepare(db, manifest, [id]);
		expect(derivedData.ready(db, [id])).toBe(true);
		const [given, divided] = await Promise.all([
			queryIndicatorValues(db, ['imported_total']),
			queryIndicatorValues(db, [id])
		]);
		expect(divided).toHaveLength(31);
		for (const row of divided) {
			const value = given.find((g) => g.adcode === row.adcode)!.value;
			expect(row.value).toBeCloseTo(perCapita(value, population.get(row.adcode)!), 9);
		}
		// Beijing by hand: the 2019 payment index, 330.511921 (data/observations/pku_dfiic.csv), over
		// 21,893,095 residents (data/population.csv) × 10⁴ = 0.1509663….
		const beijing = divided.find((r) => r.adcode === 110000)!;
		expect(population.get(110000)).toBe(21893095);
		expect(beijing.value).toBeCloseTo(0.15096628, 8);
	});

	it('puts a composite’s reference values in, and every query reads them as an indicator', async () => {
		const def = definition(
			'entropy:pku_dfiic_coverage_breadth,pku_dfiic_usage_depth,-pku_dfiic_digitization_level'
		);
		const id = compositeId(def);
		await derivedData.prepare(db, manifest, [id]);
		const values = await queryIndicatorValues(
			db,
			def.components.map((c) => c.id)
		);
		const reference = compositeIndex(values, def);
		if (!reference.ok) throw new Error(reference.reason);
		expect(derivedData.composite(id)).toEqual(reference);
		const stored = await queryIndicatorValues(db, [id]);
		expect(stored).toHaveLength(403);
		const ranked = await queryProvinceValues(db, { indicator: id, year: 2023, scheme: 'region4' });
		const expected2023 = reference.value.values.filter((v) => v.year === 2023);
		expect(ranked.map((r) => r.adcode)).toEqual(
			[...expected2023].sort((a, b) => b.value - a.value).map((v) => v.adcode)
		);
		for (const row of ranked)
			expect(row.value).toBeCloseTo(expected2023.find((v) => v.adcode === row.adcode)!.value, 12);
	});

	it('keeps a composite that cannot be computed out of the engine, and says which component is at fault', async () => {
		const id = compositeId(definition('equal:pku_dfiic_payment,imported_constant'));
		await derivedData.prepare(db, manifest, [id]);
		expect(derivedData.composite(id)).toEqual({
			ok: false,
			reason: 'no_variation',
			component: 'imported_constant'
		});
		expect(await queryIndicatorValues(db, [id])).toEqual([]);
	});

	it('computes each id once per engine, and refuses an id that is not a derived indicator', async () => {
		const id = perCapitaId('imported_total');
		const queries: string[] = [];
		const counting: Connector = {
			query: <T extends Row>(sql: string, params?: readonly SqlParam[]) => {
				queries.push(sql);
				return db.query<T>(sql, params);
			}
		};
		await derivedData.prepare(counting, manifest, [id]);
		await derivedData.prepare(counting, manifest, [id]);
		expect(queries).toHaveLength(2); // the DELETE and the INSERT … SELECT, once
		await expect(derivedData.prepare(db, manifest, [perCapitaId('imported_constant')])).rejects.toThrow(
			'not a derived indicator'
		);
	});
});
