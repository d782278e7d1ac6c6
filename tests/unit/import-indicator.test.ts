// Imported indicators as the dashboard sees them: ids, names and units from the file, the Indicator and
// its years, records read back from IndexedDB, and links that name them.
import { describe, expect, it } from 'vitest';
import { buildIndicator, importRecords } from '$lib/import/indicator';
import { checkStoredImport } from '$lib/import/stored-record';
import {
	defaultNaming,
	fileStem,
	indicatorId,
	splitUnit,
	titleText,
	unitFromTitles
} from '$lib/import/naming';
import { IMPORTED_ID } from '$lib/import/limits';
import { parseView } from '$lib/state/view';
import { withImports } from '$lib/state/imports.svelte';
import { createProvinceMatcher } from '$lib/import/match-province';
import { detectLayout } from '$lib/import/detect-layout';
import { inspectSource, openBytes, validateSource } from '$lib/import/open-file';
import { realDataset } from './support/real-data';
import { fixtureBytes, GBK_WIDE, PROVINCES } from './support/import-fixtures';

const FIELDS = {
	name_zh: '覆盖广度',
	name_en: 'Coverage breadth',
	unit: '指数',
	higher_is_better: true,
	total: false
};

async function gbkRecords(taken: string[] = []) {
	const match = createProvinceMatcher(PROVINCES);
	const opened = await openBytes(fixtureBytes(GBK_WIDE), GBK_WIDE);
	const { sample, columnCount } = inspectSource(opened.source());
	const mapping = detectLayout(sample, columnCount, match);
	const validation = validateSource(opened.source(), sample[1] as string[], mapping, match, {
		maxYear: 2025
	});
	return importRecords({
		validation,
		fields: { wide: FIELDS },
		fileName: GBK_WIDE,
		file: { format: 'csv', encoding: 'gb18030', sheet: null },
		taken,
		importedAt: '2025-01-01T00:00:00.000Z'
	});
}

describe('names and units from the file', () => {
	it('splits a unit in brackets off a header', () => {
		expect(splitUnit('覆盖广度（指数）')).toEqual({ name: '覆盖广度', unit: '指数' });
		expect(splitUnit('population (persons)')).toEqual({ name: 'population', unit: 'persons' });
		expect(splitUnit('覆盖广度')).toEqual({ name: '覆盖广度', unit: '' });
	});
	it('takes the unit and the title from the rows above the header', () => {
		const titles = [['北京大学数字普惠金融指数：覆盖广度（单位：指数）']];
		expect(unitFromTitles(titles)).toBe('指数');
		expect(titleText(titles)).toBe('北京大学数字普惠金融指数：覆盖广度');
		expect(unitFromTitles([['Unit: %']])).toBe('%');
		expect(titleText([])).toBe('');
	});
	it('takes the file name without its extension', () => {
		expect(fileStem('my data.2023.csv')).toBe('my data.2023');
	});
});

describe('defaultNaming(input): the name and unit an imported indicator starts with', () => {
	const base = {
		generic: false,
		titles: [],
		sheet: null,
		fileName: 'population_2020_messy.csv',
		allPercent: false
	};

	it('takes the value column’s header, not the file name: 常住人口（人） → 常住人口, 人 (population_2020_messy.csv)', () => {
		expect(defaultNaming({ ...base, header: '常住人口（人）' })).toEqual({ name: '常住人口', unit: '人' });
	});

	it('takes a wide table’s title row above the header, with its 单位 (the GBK and Excel fixtures)', () => {
		const titles = [['北京大学数字普惠金融指数：覆盖广度（单位：指数）']];
		expect(
			defaultNaming({ ...base, header: '2013年', generic: true, titles, fileName: GBK_WIDE, sheet: '数据' })
		).toEqual({ name: '北京大学数字普惠金融指数：覆盖广度', unit: '指数' });
	});

	it('reads a unit in brackets at the end of a title: 2020年各省常住人口（万人）', () => {
		expect(
			defaultNaming({ ...base, header: 'value', generic: true, titles: [['2020年各省常住人口（万人）']] })
		).toEqual({ name: '2020年各省常住人口', unit: '万人' });
	});

	it('takes a workbook sheet’s own name when there is no title, but not a default one such as Sheet1', () => {
		const generic = { ...base, header: '数值', generic: true, fileName: 'export (3).xlsx' };
		expect(defaultNaming({ ...generic, sheet: '公路里程' }).name).toBe('公路里程');
		expect(defaultNaming({ ...generic, sheet: 'Sheet1' }).name).toBe('export (3)');
		expect(defaultNaming({ ...generic, sheet: '工作表1' }).name).toBe('export (3)');
	});

	it('falls back to the file name only when nothing in the file names the values, and gives % when every value was one', () => {
		expect(defaultNaming({ ...base, header: 'value', generic: true, allPercent: true })).toEqual({
			name: 'population_2020_messy',
			unit: '%'
		});
	});
});

describe('indicatorId(names, taken)', () => {
	it('makes imported_<slug> from the English name, else the file name, else a hash of the Chinese name', () => {
		const none = new Set<string>();
		expect(indicatorId({ name_en: 'Coverage breadth (index)', name_zh: '', fileName: 'x.csv' }, none)).toBe(
			'imported_coverage_breadth_index'
		);
		expect(indicatorId({ name_en: '覆盖广度', name_zh: '覆盖广度', fileName: GBK_WIDE }, none)).toBe(
			'imported_pku_dfiic_coverage_breadth_2013_2022'
		);
		expect(indicatorId({ name_en: '覆盖广度', name_zh: '覆盖广度', fileName: '数据.csv' }, none)).toMatch(
			/^imported_[0-9a-f]{8}$/
		);
	});
	it('adds _2, _3 … to an id already taken, and every id matches the imported pattern', () => {
		const taken = new Set(['imported_breadth', 'imported_breadth_2']);
		const id = indicatorId({ name_en: 'Breadth', name_zh: '', fileName: '' }, taken);
		expect(id).toBe('imported_breadth_3');
		const long = indicatorId({ name_en: 'x'.repeat(300), name_zh: '', fileName: '' }, new Set());
		expect(long).toMatch(IMPORTED_ID);
		expect(IMPORTED_ID.test('imported_<script>')).toBe(false);
		expect(IMPORTED_ID.test('pku_dfiic_coverage_breadth')).toBe(false);
	});
});

describe('buildIndicator(id, fields, fileName, values)', () => {
	it('is an Indicator of the imported dataset, its source the file, its years and coverage computed', () => {
		const indicator = buildIndicator('imported_breadth', FIELDS, 'my file.csv', [
			{ year: 2019, adcode: 110000, value: 384.655858 },
			{ year: 2019, adcode: 120000, value: 323.856602 },
			{ year: 2013, adcode: 110000, value: 193.86 }
		]);
		expect(indicator).toMatchObject({
			id: 'imported_breadth',
			dataset: 'imported',
			name_zh: '覆盖广度',
			name_en: 'Coverage breadth',
			unit_zh: '指数',
			unit_en: '指数',
			source_zh: '导入：my file.csv',
			source_en: 'Imported: my file.csv',
			source_urls: [],
			years: [
				{ year: 2013, provinces: 1 },
				{ year: 2019, provinces: 2 }
			]
		});
	});
	it('names an indicator after its file when no name is given', () => {
		expect(buildIndicator('imported_x', { ...FIELDS, name_zh: ' ', name_en: '' }, 'a.csv', []).name_en).toBe(
			'a.csv'
		);
	});
});

describe('importRecords(…)', () => {
	it('makes one record of the GBK table: 310 values, 2013–2022 with 31 provinces each, and the file’s report', async () => {
		const [record, ...more] = await gbkRecords(['imported_coverage_breadth']);
		expect(more).toEqual([]);
		expect(record?.indicator.id).toBe('imported_coverage_breadth_2');
		expect(record?.values).toHaveLength(310);
		expect(record?.indicator.years.map((y) => [y.year, y.provinces])).toEqual(
			Array.from({ length: 10 }, (_, i) => [2013 + i, 31])
		);
		expect(record?.report).toMatchObject({ format: 'csv', encoding: 'gb18030', cells: 310, imported: 310 });
		// What is stored is read back whole: the check passes it unchanged.
		const readBack = checkStoredImport(
			structuredClone(record),
			PROVINCES.map((p) => p.adcode),
			2025
		);
		expect(readBack).toEqual({ record });
	});
});

describe('links to an imported indicator (parseView over withImports)', () => {
	it('are accepted only where the import exists in this browser; elsewhere they fall back with a notice', async () => {
		const { manifest } = await realDataset();
		const [record] = await gbkRecords();
		const link = new URLSearchParams(`indicator=${record?.indicator.id}&year=2015`);
		const here = parseView(link, withImports(manifest, record ? [record] : []));
		expect(here.view).toMatchObject({ indicator: record?.indicator.id, year: 2015 });
		expect(here.notices).toEqual([]);
		const elsewhere = parseView(link, withImports(manifest, []));
		expect(elsewhere.view.indicator).toBe('pku_dfiic_index_aggregate');
		expect(elsewhere.notices.map((n) => n.param)).toEqual(['indicator']);
	});
	it('leave the bundled manifest as it is when nothing is imported', async () => {
		const { manifest } = await realDataset();
		expect(withImports(manifest, [])).toBe(manifest);
	});
});
