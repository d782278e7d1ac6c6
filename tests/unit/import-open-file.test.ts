// Opening files: the formats, the sheets of a workbook, and a message (never a crash) for the hostile corpus.
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { inspectSource, openBytes } from '$lib/import/open-file';
import { ImportError } from '$lib/import/import-error';
import { cellText } from '$lib/import/read-workbook';
import { MAX_COLUMNS } from '$lib/import/limits';
import { fixtureBytes, GBK_WIDE, XLSX_WIDE } from './support/import-fixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function failure(bytes: Uint8Array, name: string): Promise<string> {
	try {
		const opened = await openBytes(bytes, name);
		inspectSource(opened.source());
	} catch (error) {
		if (error instanceof ImportError) return error.code;
		throw error;
	}
	return 'opened';
}

describe('openBytes(bytes, fileName)', () => {
	it('opens the GBK CSV as CSV, GB18030, comma-separated, 33 rows × 11 columns', async () => {
		const opened = await openBytes(fixtureBytes(GBK_WIDE), GBK_WIDE);
		expect([opened.format, opened.encoding, opened.delimiter]).toEqual(['csv', 'gb18030', ',']);
		const { rowCount, columnCount, sample } = inspectSource(opened.source());
		expect([rowCount, columnCount]).toEqual([33, 11]);
		expect(sample[2]?.slice(0, 2)).toEqual(['北京市', '193.86']);
	});

	it('opens the workbook on its data sheet, past the notes sheet, with numbers written in full', async () => {
		const opened = await openBytes(fixtureBytes(XLSX_WIDE), XLSX_WIDE);
		expect(opened.format).toBe('workbook');
		expect(opened.sheets).toEqual(['说明', '数据']);
		expect(opened.defaultSheet).toBe('数据');
		const { sample, columnCount } = inspectSource(opened.source());
		expect(columnCount).toBe(11);
		expect(sample[1]?.[1]).toBe('2013年');
		expect(sample[2]?.slice(0, 5)).toEqual(['北京市', '193.86', '243.92', '268.39', '285.648773']);
		const notes = inspectSource(opened.source('说明'));
		expect(notes.columnCount).toBe(1);
	});

	it('opens an array of objects as a table whose header is the keys', async () => {
		const json = JSON.stringify([
			{ 省份: '北京', 年份: 2019, 数值: 384.655858 },
			{ 省份: '天津', 年份: 2019, 数值: 323.856602, 备注: null }
		]);
		const opened = await openBytes(utf8(json), 'x.json');
		expect(opened.format).toBe('json');
		expect(inspectSource(opened.source()).sample).toEqual([
			['省份', '年份', '数值', '备注'],
			['北京', '2019', '384.655858', ''],
			['天津', '2019', '323.856602', '']
		]);
	});

	it.each([
		['hostile/empty.csv', 'empty'],
		['hostile/blank-lines.csv', 'empty'],
		['hostile/binary-junk.csv', 'binary'],
		['hostile/renamed-pdf.csv', 'pdf'],
		['hostile/broken.xlsx', 'workbook_unreadable'],
		['hostile/object-not-array.json', 'json_shape'],
		['hostile/truncated.json', 'json_invalid'],
		['hostile/header-only.csv', 'no_rows']
	])('refuses %s with the reason %s', async (name, code) => {
		expect(await failure(fixtureBytes(name), name.replace('hostile/', ''))).toBe(code);
	});

	it.each(['hostile/no-province-column.csv', 'hostile/formulas.csv', 'hostile/html-names.csv'])(
		'opens %s (what is wrong with it is said when its rows are checked)',
		async (name) => {
			expect(await failure(fixtureBytes(name), name)).toBe('opened');
		}
	);

	it(`refuses a CSV with 10,000 columns (more than ${MAX_COLUMNS}) at its first row`, async () => {
		const row = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
		expect(await failure(utf8(`${row}\n${row}\n`), 'wide.csv')).toBe('too_many_columns');
	});

	it('refuses a workbook whose sheet has a filled cell past the column limit', async () => {
		const sheet = XLSX.utils.aoa_to_sheet([
			['省份', ...Array.from({ length: 400 }, (_, i) => String(2000 + i))]
		]);
		const book = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(book, sheet, 'wide');
		const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
		expect(await failure(bytes, 'wide.xlsx')).toBe('too_many_columns');
	});
});

describe('cellText(cell)', () => {
	it('reads a number shown as a percentage as it is shown (58.59%), and other numbers in full', () => {
		expect(cellText({ t: 'n', v: 0.5859, z: '0.00%' })).toBe('58.59%');
		expect(cellText({ t: 'n', v: 384.655858, z: '0.0', w: '384.7' })).toBe('384.655858');
	});
	it('reads the cached value of a formula, an error as its code and a blank as empty', () => {
		expect(cellText({ t: 's', v: '天津', f: 'HYPERLINK("http://example.invalid","天津")' })).toBe('天津');
		expect(cellText({ t: 'e', v: 7, w: '#DIV/0!' })).toBe('#DIV/0!');
		expect(cellText(undefined)).toBe('');
	});
});
