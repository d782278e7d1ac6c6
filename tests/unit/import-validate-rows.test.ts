// Every row and value cell accounted for, on the fixtures made from the real data and on small tables.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProvinceMatcher } from '$lib/import/match-province';
import { detectLayout } from '$lib/import/detect-layout';
import { inspectSource, openBytes, validateSource } from '$lib/import/open-file';
import { createValidator, REJECT_REASONS, totalRejected, type Validation } from '$lib/import/validate-rows';
import type { Mapping } from '$lib/import/mapping';
import { insertImported, removeImported } from '$lib/queries/imported-observations';
import { queryRegionStats } from '$lib/queries/region-stats';
import type { NodeDatabase } from '$lib/db/node';
import { realDatabase } from './support/real-data';
import {
	BREADTH,
	dataValues,
	fixtureBytes,
	GBK_WIDE,
	MESSY_LONG,
	populations,
	PROVINCES,
	XLSX_WIDE,
	YEARS
} from './support/import-fixtures';

const match = createProvinceMatcher(PROVINCES);
const MAX_YEAR = 2025;

async function importFixture(name: string, options: { assigned?: Record<string, number | null> } = {}) {
	const opened = await openBytes(fixtureBytes(name), name);
	const source = opened.source();
	const { sample, columnCount } = inspectSource(source);
	const mapping = detectLayout(sample, columnCount, match);
	return validateSource(source, sample[mapping.headerRow] as string[], mapping, match, {
		maxYear: MAX_YEAR,
		...options
	});
}

function validate(
	rows: string[][],
	mapping: Mapping,
	options: Partial<Parameters<typeof createValidator>[3]> = {}
) {
	const v = createValidator(rows[mapping.headerRow] as string[], mapping, match, {
		maxYear: MAX_YEAR,
		...options
	});
	rows.forEach((row, i) => v.add(row, i));
	return v.result();
}

/** The accounting identities every report must satisfy. */
function expectAccounted(v: Validation) {
	const { rows, titleRows, headerRows, emptyRows, dataRows } = v.counts;
	expect(titleRows + headerRows + emptyRows + dataRows).toBe(rows);
	expect(v.imported + totalRejected(v)).toBe(v.cells);
	expect(v.indicators.reduce((n, i) => n + i.imported, 0)).toBe(v.imported);
}

describe('validating the GBK wide yearbook table (PKU-DFIIC coverage breadth, 2013–2022, full province names)', () => {
	it('accounts for its 33 rows (1 title, 1 header, 31 data) and imports all 310 cells as one indicator', async () => {
		const v = await importFixture(GBK_WIDE);
		expectAccounted(v);
		expect(v.counts).toEqual({ rows: 33, titleRows: 1, headerRows: 1, emptyRows: 0, dataRows: 31 });
		expect(v.cells).toBe(310);
		expect(v.imported).toBe(310);
		expect(totalRejected(v)).toBe(0);
		expect(v.indicators.map((i) => [i.key, i.label, i.imported])).toEqual([['wide', '2013年–2022年', 310]]);
	});

	it('imports exactly the figures of data/observations/pku_dfiic.csv', async () => {
		const v = await importFixture(GBK_WIDE);
		const expected = dataValues(BREADTH);
		const values = v.values.wide ?? [];
		expect(values).toHaveLength(310);
		for (const { year, adcode, value } of values) expect(value).toBe(expected.get(`${adcode}|${year}`));
		expect(new Set(values.map((x) => x.adcode)).size).toBe(31);
		expect([...new Set(values.map((x) => x.year))]).toEqual(YEARS);
	});

	it('gives the same values from the Excel workbook as from the GBK CSV', async () => {
		const [csv, xlsx] = await Promise.all([importFixture(GBK_WIDE), importFixture(XLSX_WIDE)]);
		expect(xlsx.counts).toEqual(csv.counts);
		expect(xlsx.values).toEqual(csv.values);
	});
});

describe('the imported table in the engine', () => {
	let db: NodeDatabase;
	beforeAll(async () => {
		db = await realDatabase();
	});
	afterAll(() => db.close());

	it('gives the same region means, ranges and counts as the bundled indicator, for every year and both schemes', async () => {
		const v = await importFixture(GBK_WIDE);
		const id = 'imported_coverage_breadth';
		await insertImported(db, id, `导入：${GBK_WIDE}`, v.values.wide ?? []);
		for (const scheme of ['region4', 'region3'] as const) {
			const imported = await queryRegionStats(db, { indicator: id, scheme });
			const bundled = (await queryRegionStats(db, { indicator: BREADTH, scheme })).filter((r) =>
				YEARS.includes(r.year)
			);
			expect(imported).toHaveLength(bundled.length);
			imported.forEach((row, i) => {
				const b = bundled[i];
				expect([row.year, row.region, row.provinces, row.min, row.max]).toEqual([
					b?.year,
					b?.region,
					b?.provinces,
					b?.min,
					b?.max
				]);
				expect(row.mean).toBeCloseTo(b?.mean as number, 9);
			});
		}
		// An anchor by hand: the East's mean coverage breadth in 2018 (10 provinces).
		const east2018 = (await queryRegionStats(db, { indicator: id, scheme: 'region4' })).find(
			(r) => r.year === 2018 && r.region === 'east'
		);
		expect(east2018?.provinces).toBe(10);
		expect(east2018?.mean).toBeCloseTo(310.2877462, 6);
	});

	it('removes the imported rows and leaves the bundled ones untouched', async () => {
		const before = await db.query<{ n: number }>(
			'SELECT COUNT(*)::INTEGER AS n FROM observations WHERE dataset <> ?',
			['imported']
		);
		await removeImported(db, 'imported_coverage_breadth');
		const left = await db.query<{ n: number }>(
			'SELECT COUNT(*)::INTEGER AS n FROM observations WHERE indicator = ?',
			['imported_coverage_breadth']
		);
		const after = await db.query<{ n: number }>(
			'SELECT COUNT(*)::INTEGER AS n FROM observations WHERE dataset <> ?',
			['imported']
		);
		expect(left[0]?.n).toBe(0);
		expect(after).toEqual(before);
	});

	it('refuses an id that is not an imported one, so a bundled indicator can never be replaced', async () => {
		await expect(insertImported(db, BREADTH, 'x', [])).rejects.toThrow(/not an imported indicator id/);
		await expect(removeImported(db, "imported_x'; DROP TABLE observations; --")).rejects.toThrow();
	});
});

describe('validating the messy long table of 2020 census populations', () => {
	it('reads full, short, English, pinyin and code names, thousands separators and full-width digits', async () => {
		const v = await importFixture(MESSY_LONG);
		expectAccounted(v);
		const pops = populations();
		const values = v.values['column:2'] ?? [];
		expect(values).toHaveLength(30);
		for (const { adcode, year, value } of values) {
			expect(year).toBe(2020);
			expect(value).toBe(pops.get(adcode));
		}
		expect(v.indicators[0]).toMatchObject({
			label: '常住人口（人）',
			imported: 30,
			grouped: 30,
			fullWidth: 4
		});
	});

	it('rejects the repeated Beijing row, Tibet’s placeholder and the sum row, each with its reason', async () => {
		const v = await importFixture(MESSY_LONG);
		expect(v.counts).toEqual({ rows: 34, titleRows: 0, headerRows: 1, emptyRows: 0, dataRows: 33 });
		expect(v.cells).toBe(33);
		expect(
			Object.fromEntries(REJECT_REASONS.filter((r) => v.rejected[r]).map((r) => [r, v.rejected[r]]))
		).toEqual({
			duplicate: 1,
			no_value: 1,
			not_province: 1
		});
		expect(v.rejectedCells.map((c) => [c.row, c.province, c.value, c.reason, c.firstRow])).toEqual([
			[3, '北京', '21,893,095', 'duplicate', 2],
			[28, '西藏自治区', '…', 'no_value', undefined],
			[34, '合计', '1,409,778,724', 'not_province', undefined]
		]);
		expect(v.notProvinces.map((n) => n.text)).toEqual(['合计']);
	});
});

describe('createValidator(header, mapping, match, options)', () => {
	const wide: Mapping = { headerRow: 1, roles: ['province', 'value', 'value'] };

	it('counts a blank cell as "no value", never as 0, and empty rows as empty rows', () => {
		const v = validate(
			[
				['表 1'],
				['省份', '2019年', '2020年'],
				['北京', '384.655858', ''],
				[' ', '', ''],
				['天津', '-', '340.289897']
			],
			wide
		);
		expectAccounted(v);
		expect(v.counts).toMatchObject({ titleRows: 1, headerRows: 1, emptyRows: 1, dataRows: 2 });
		expect(v.rejected.no_value).toBe(2);
		expect(v.values.wide?.map((x) => x.value)).toEqual([384.655858, 340.289897]);
	});

	it('lists names it does not know with suggestions, once per name, and imports them only when the user assigns them', () => {
		const rows = [
			['省份', '2019年', '2020年'],
			['内蒙古自治洲', '291.449016', '310.399503'],
			['北京', '384.655858', '397.001872']
		];
		const mapping: Mapping = { headerRow: 0, roles: ['province', 'value', 'value'] };
		const unassigned = validate(rows, mapping);
		expect(unassigned.rejected.unknown_province).toBe(2);
		expect(unassigned.unmatched).toEqual([
			{ text: '内蒙古自治洲', cells: 2, rows: [2], suggestions: [150000] }
		]);
		const assigned = validate(rows, mapping, { assigned: { 内蒙古自治洲: 150000 } });
		expect(assigned.imported).toBe(4);
		expect(assigned.unmatched.map((u) => u.text)).toEqual(['内蒙古自治洲']); // still listed, so it can be undone
		expect(assigned.values.wide?.filter((x) => x.adcode === 150000).map((x) => x.value)).toEqual([
			291.449016, 310.399503
		]);
		const leftOut = validate(rows, mapping, { assigned: { 内蒙古自治洲: null } });
		expect(leftOut.rejected.unknown_province).toBe(2);
	});

	it('rejects years outside 2000 to the current year and years it cannot read (long layout)', () => {
		const long: Mapping = { headerRow: 0, roles: ['province', 'year', 'value'] };
		const v = validate(
			[
				['省份', '年份', '数值'],
				['北京', '1999', '79.41'],
				['北京', '2026', '79.41'],
				['北京', '去年', '79.41'],
				['北京', '2011', '79.41']
			],
			long
		);
		expectAccounted(v);
		expect(v.rejected).toMatchObject({ year_out_of_range: 2, bad_year: 1 });
		expect(v.values['column:2']).toEqual([{ year: 2011, adcode: 110000, value: 79.41 }]);
	});

	it('rejects text that is not a number, keeping the cell as written for the report', () => {
		const v = validate(
			[
				['省份', '2019年', '2020年'],
				['河北', '=1+2', '@SUM(A1:A9)']
			],
			{
				headerRow: 0,
				roles: ['province', 'value', 'value']
			}
		);
		expect(v.rejected.non_numeric).toBe(2);
		expect(v.rejectedCells.map((c) => c.value)).toEqual(['=1+2', '@SUM(A1:A9)']);
	});

	it('keeps one indicator per name of an indicator column, and rejects a row without a name', () => {
		const v = validate(
			[
				['指标', '省份', '年份', '数值'],
				['覆盖广度', '北京', '2019', '384.655858'],
				['使用深度', '北京', '2019', '1'],
				['', '北京', '2019', '2']
			],
			{ headerRow: 0, roles: ['indicator', 'province', 'year', 'value'] }
		);
		expectAccounted(v);
		expect(v.indicators.map((i) => i.key)).toEqual(['name:覆盖广度', 'name:使用深度']);
		expect(v.rejected.no_indicator).toBe(1);
	});

	it('lists at most `listLimit` rejected cells while counting all of them', () => {
		const rows = [['省份', '2019年'], ...Array.from({ length: 500 }, () => ['nowhere', '1'])];
		const v = validate(rows, { headerRow: 0, roles: ['province', 'value'] }, { listLimit: 50 });
		expect(v.rejected.unknown_province).toBe(500);
		expect(v.rejectedCells).toHaveLength(50);
		expect(v.unmatched).toEqual([{ text: 'nowhere', cells: 500, rows: [2, 3, 4, 5, 6], suggestions: [] }]);
	});

	it('keeps no values when asked for a summary only', () => {
		const v = validate(
			[
				['省份', '2019年'],
				['北京', '384.655858']
			],
			{ headerRow: 0, roles: ['province', 'value'] },
			{
				keepValues: false
			}
		);
		expect(v.imported).toBe(1);
		expect(v.values).toEqual({});
	});
});
