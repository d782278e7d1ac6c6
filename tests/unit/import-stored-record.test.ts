// Records read back from IndexedDB: every field checked, the record rebuilt from checked fields only, and
// the first failing field named for the notice on the import page.
import { describe, expect, it } from 'vitest';
import { buildIndicator, STORED_VERSION, type StoredImport } from '$lib/import/indicator';
import { checkStoredImport, MAX_STORED_TEXT, storedRejectedCells } from '$lib/import/stored-record';
import { REJECT_REASONS, type RejectReason } from '$lib/import/validate-rows';

const ADCODES = [110000, 120000, 310000];
const MAX_YEAR = 2025;
const values = [
	{ year: 2019, adcode: 110000, value: 1.5 },
	{ year: 2019, adcode: 310000, value: 2 },
	{ year: 2020, adcode: 110000, value: -3.25 }
];

function valid(): StoredImport {
	const fields = { name_zh: '我的指标', name_en: 'Mine', unit: '%', higher_is_better: false, total: false };
	return {
		version: STORED_VERSION,
		indicator: buildIndicator('imported_mine', fields, 'mine.csv', values),
		fileName: 'mine.csv',
		importedAt: '2026-01-02T03:04:05.000Z',
		values: values.map((v) => ({ ...v })),
		report: {
			format: 'csv',
			encoding: 'utf-8',
			sheet: null,
			counts: { rows: 5, titleRows: 0, headerRows: 1, emptyRows: 0, dataRows: 4 },
			cells: 4,
			imported: 3,
			rejected: Object.fromEntries(REJECT_REASONS.map((r) => [r, r === 'non_numeric' ? 1 : 0])) as Record<
				RejectReason,
				number
			>
		}
	};
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a copy of a record, to break field by field
type Loose = Record<string, any>;

/** The problem named for a copy of the valid record changed by `change`, or 'ok'. */
function problemAfter(change: (r: Loose) => void): string {
	const copy = structuredClone(valid()) as Loose;
	change(copy);
	const checked = checkStoredImport(copy, ADCODES, MAX_YEAR);
	return 'problem' in checked ? checked.problem : 'ok';
}

describe('checkStoredImport(value, adcodes, maxYear)', () => {
	it('passes a record as written and returns an equal copy built from the checked fields', () => {
		const record = valid();
		const checked = checkStoredImport(structuredClone(record), ADCODES, MAX_YEAR);
		expect(checked).toEqual({ record });
	});
	it('drops fields it does not know (the rejected cells of version 1, prototype keys)', () => {
		const stored = { ...structuredClone(valid()), rejectedCells: [{ row: 1 }] } as Record<string, unknown>;
		Object.defineProperty(stored, '__proto__', { value: { polluted: true }, enumerable: true });
		const checked = checkStoredImport(stored, ADCODES, MAX_YEAR);
		expect('record' in checked && Object.keys(checked.record).sort()).toEqual(
			['fileName', 'importedAt', 'indicator', 'report', 'values', 'version'].sort()
		);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
	it('names the field of the malformed records that stopped pages: years [null], no source_urls, an empty report', () => {
		expect(problemAfter((r) => (r.indicator.years = [null]))).toBe('indicator.years[0]');
		expect(problemAfter((r) => delete r.indicator.source_urls)).toBe('indicator.source_urls');
		expect(problemAfter((r) => (r.report = {}))).toBe('report.format');
		expect(problemAfter((r) => delete r.report.counts.dataRows)).toBe('report.counts.dataRows');
		expect(problemAfter((r) => (r.report.rejected.duplicate = -1))).toBe('report.rejected.duplicate');
	});
	it('names wrong types, huge strings and values outside the provinces or years', () => {
		expect(problemAfter((r) => (r.version = 2))).toBe('version');
		expect(problemAfter((r) => (r.values = 'many'))).toBe('values');
		expect(problemAfter((r) => (r.values[1].value = '2'))).toBe('values[1].value');
		expect(problemAfter((r) => (r.values[1].value = Number.NaN))).toBe('values[1].value');
		expect(problemAfter((r) => (r.values[0].adcode = 710000))).toBe('values[0].adcode');
		expect(problemAfter((r) => (r.values[0].year = 1999))).toBe('values[0].year');
		expect(problemAfter((r) => (r.values[2] = { ...r.values[0] }))).toBe('values[2]');
		expect(problemAfter((r) => (r.indicator.name_en = 'x'.repeat(MAX_STORED_TEXT + 1)))).toBe(
			'indicator.name_en'
		);
		expect(problemAfter((r) => (r.indicator.source_urls = [42]))).toBe('indicator.source_urls[0]');
		expect(problemAfter((r) => (r.indicator.id = 'pku_dfiic_index_aggregate'))).toBe('indicator.id');
		expect(problemAfter((r) => (r.indicator.dataset = 'pku_dfiic'))).toBe('indicator.dataset');
		expect(problemAfter((r) => (r.indicator.higher_is_better = 'yes'))).toBe('indicator.higher_is_better');
		expect(problemAfter((r) => (r.importedAt = 'yesterday'))).toBe('importedAt');
		expect(problemAfter((r) => (r.report.format = 'pdf'))).toBe('report.format');
	});
	it('names coverage that is not the values’: years out of order, a year without values, a wrong province count', () => {
		expect(problemAfter((r) => r.indicator.years.reverse())).toBe('indicator.years[1].year');
		expect(problemAfter((r) => r.indicator.years.push({ year: 2021, provinces: 1 }))).toBe('indicator.years');
		expect(problemAfter((r) => (r.indicator.years[0].provinces = 3))).toBe('indicator.years');
		expect(problemAfter((r) => (r.indicator.years[0].provinces = 4))).toBe('indicator.years[0].provinces');
	});
	it('names the record itself when it is not an object', () => {
		for (const x of [null, 7, 'record', [valid()]]) {
			expect(checkStoredImport(x, ADCODES, MAX_YEAR)).toEqual({ problem: 'record' });
		}
	});
});

describe('storedRejectedCells(value)', () => {
	it('keeps well-formed cells and drops the rest', () => {
		const cell = {
			row: 3,
			column: '2019',
			province: '北京',
			year: '2019',
			indicator: 'x',
			value: 'n/a',
			reason: 'non_numeric'
		};
		expect(
			storedRejectedCells([
				cell,
				{ ...cell, reason: 'evil' },
				{ ...cell, row: '3' },
				null,
				{ ...cell, firstRow: 2 }
			])
		).toEqual([cell, { ...cell, firstRow: 2 }]);
		expect(storedRejectedCells(undefined)).toEqual([]);
	});
});
