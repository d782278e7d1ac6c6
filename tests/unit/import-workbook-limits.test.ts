// Workbook bombs: the zip directory reader, the cell counter and the check run before SheetJS, on small
// zips built in memory (tests/unit/support/zip.ts) and the real workbook fixture.
import { describe, expect, it } from 'vitest';
import { readZipDirectory, ZipFormatError } from '$lib/import/zip-directory';
import { CellCounter } from '$lib/import/cell-counter';
import { checkWorkbook, WorkbookLimitError } from '$lib/import/check-workbook';
import { openBytes } from '$lib/import/open-file';
import { ImportError } from '$lib/import/import-error';
import { nestingDepth } from '$lib/import/read-json';
import {
	MAX_JSON_DEPTH,
	MAX_WORKBOOK_CELLS,
	MAX_WORKBOOK_PART_BYTES,
	MAX_WORKBOOK_PARTS,
	MAX_WORKBOOK_UNPACKED_BYTES
} from '$lib/import/limits';
import { fixtureBytes, XLSX_WIDE } from './support/import-fixtures';
import { makeZip } from './support/zip';

const MB = 1024 * 1024;
const spaces = (bytes: number) => new Uint8Array(bytes).fill(0x20);

async function limitOf(bytes: Uint8Array): Promise<[string, string] | 'passed'> {
	try {
		await checkWorkbook(bytes);
		return 'passed';
	} catch (error) {
		if (error instanceof WorkbookLimitError) return [error.limit, error.part];
		throw error;
	}
}

async function importErrorOf(bytes: Uint8Array, name: string): Promise<[string, string] | 'opened'> {
	try {
		await openBytes(bytes, name);
		return 'opened';
	} catch (error) {
		if (error instanceof ImportError) return [error.code, error.detail];
		throw error;
	}
}

describe('readZipDirectory(bytes)', () => {
	it('lists the real workbook’s parts with their local names, methods and declared sizes', () => {
		const entries = readZipDirectory(fixtureBytes(XLSX_WIDE));
		expect(entries.map((e) => e.name)).toContain('xl/worksheets/sheet2.xml');
		expect(entries.every((e) => e.method === 8 || e.method === 0)).toBe(true);
		expect(entries.every((e) => e.declaredSize > 0 && e.declaredSize < 100_000)).toBe(true);
	});
	it('reads names, methods and sizes as written, and the larger size where the headers disagree', () => {
		const zip = makeZip([
			{ name: 'a.xml', data: 'hello', stored: true },
			{ name: 'b.xml', data: 'x'.repeat(1000), declare: 7_000_000 }
		]);
		const [a, b] = readZipDirectory(zip);
		expect(a).toMatchObject({ name: 'a.xml', method: 0, compressedSize: 5, declaredSize: 5 });
		expect(b).toMatchObject({ name: 'b.xml', method: 8, declaredSize: 7_000_000 });
		expect(new TextDecoder().decode(zip.subarray(a!.dataOffset, a!.dataOffset + 5))).toBe('hello');
	});
	it('throws ZipFormatError for bytes with no directory, a truncated zip and an entry pointing nowhere', () => {
		const zip = makeZip([{ name: 'a.xml', data: 'hello' }]);
		expect(() => readZipDirectory(new TextEncoder().encode('PK\x03\x04 not a zip'))).toThrow(ZipFormatError);
		expect(() => readZipDirectory(zip.subarray(0, zip.length - 30))).toThrow(ZipFormatError);
		const broken = zip.slice();
		const central = broken.length - 22 - 46 - 'a.xml'.length;
		new DataView(broken.buffer).setUint32(central + 42, 9999, true);
		expect(() => readZipDirectory(broken)).toThrow(ZipFormatError);
	});
});

describe('CellCounter', () => {
	it('counts xlsx cells as SheetJS splits them, with or without a namespace prefix, across pieces', () => {
		const counter = new CellCounter();
		counter.push('<row r="1"><c r="A1"><v>1</v></c><x:c r="B1"/><col min="1"/><c');
		counter.push('>2</c></row>');
		expect(counter.end()).toBe(3);
	});
	it('multiplies an .ods cell with content by its column repeats and its row’s repeats, and skips empty repeats', () => {
		const counter = new CellCounter();
		counter.push(
			'<table:table-row table:number-rows-repeated="1000">' +
				'<table:table-cell table:number-columns-repeated="300" office:value-type="float" office:value="1"/>' +
				'<table:table-cell table:number-columns-repeated="16000"/></table:table-row>' +
				'<table:table-row><table:table-cell><text:p>a</text:p></table:table-cell></table:table-row>'
		);
		expect(counter.end()).toBe(300_001);
	});
});

describe('checkWorkbook(bytes)', () => {
	it('passes the real workbook, which then opens', async () => {
		expect(await limitOf(fixtureBytes(XLSX_WIDE))).toBe('passed');
		expect(await importErrorOf(fixtureBytes(XLSX_WIDE), XLSX_WIDE)).toBe('opened');
	});
	it(`refuses a sheet that unpacks past ${MAX_WORKBOOK_PART_BYTES / MB} MB (a 101 MB sheet in a ~100 KB zip)`, async () => {
		const bomb = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: spaces(101 * MB) }]);
		expect(bomb.length).toBeLessThan(200_000);
		expect(await limitOf(bomb)).toEqual(['part_bytes', 'xl/worksheets/sheet1.xml']);
		expect(await importErrorOf(bomb, 'bomb.xlsx')).toEqual([
			'workbook_part_too_big',
			'xl/worksheets/sheet1.xml'
		]);
	});
	it('refuses a directory that lies: parts declared 1 KB that unpack to 101 MB, counted, not trusted', async () => {
		const liar = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: spaces(101 * MB), declare: 1024 }]);
		expect(readZipDirectory(liar)[0]?.declaredSize).toBe(1024);
		expect(await limitOf(liar)).toEqual(['part_bytes', 'xl/worksheets/sheet1.xml']);
	});
	it(`refuses a declared size past the limit before unpacking anything`, async () => {
		const zip = makeZip([
			{ name: 'xl/sharedStrings.xml', data: 'tiny', declare: MAX_WORKBOOK_PART_BYTES + 1 }
		]);
		expect(await limitOf(zip)).toEqual(['part_bytes', 'xl/sharedStrings.xml']);
	});
	it(`refuses parts that together unpack past ${MAX_WORKBOOK_UNPACKED_BYTES / MB} MB, each under the part limit`, async () => {
		const parts = [1, 2].map((i) => ({ name: `xl/worksheets/sheet${i}.xml`, data: spaces(80 * MB) }));
		expect(await limitOf(makeZip(parts))).toEqual(['unpacked_bytes', 'xl/worksheets/sheet2.xml']);
	});
	it('refuses one part listed many times in the directory (overlapping entries)', async () => {
		const zip = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: spaces(60 * MB) }]);
		const view = new DataView(zip.buffer);
		// A second and third central entry pointing at the same local header.
		const endAt = zip.length - 22;
		const entry = zip.slice(view.getUint32(endAt + 16, true), endAt);
		const tripled = new Uint8Array(zip.length + 2 * entry.length);
		tripled.set(zip.subarray(0, endAt));
		tripled.set(entry, endAt);
		tripled.set(entry, endAt + entry.length);
		const end = zip.slice(endAt);
		new DataView(end.buffer).setUint16(8, 3, true);
		new DataView(end.buffer).setUint16(10, 3, true);
		tripled.set(end, endAt + 2 * entry.length);
		expect(await limitOf(tripled)).toEqual(['unpacked_bytes', 'xl/worksheets/sheet1.xml']);
	});
	it(`refuses more than ${MAX_WORKBOOK_PARTS} parts`, async () => {
		const parts = Array.from({ length: MAX_WORKBOOK_PARTS + 1 }, (_, i) => ({ name: `p${i}`, data: '' }));
		expect(await limitOf(makeZip(parts))).toEqual(['parts', '']);
	});
	it(`refuses more than ${MAX_WORKBOOK_CELLS.toLocaleString('en')} cells in the sheets’ XML`, async () => {
		const cell = '<c r="A1"><v>1</v></c>';
		const sheet = `<sheetData><row r="1">${cell.repeat(MAX_WORKBOOK_CELLS + 1)}</row></sheetData>`;
		const zip = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: sheet }]);
		expect(await limitOf(zip)).toEqual(['cells', 'xl/worksheets/sheet1.xml']);
		expect(await importErrorOf(zip, 'cells.xlsx')).toEqual([
			'workbook_too_many_cells',
			'xl/worksheets/sheet1.xml'
		]);
	});
	it('refuses an .ods whose 300-byte content asks for 16 billion repeated cells', async () => {
		const content =
			'<table:table><table:table-row table:number-rows-repeated="1048576">' +
			'<table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/>' +
			'</table:table-row></table:table>';
		const zip = makeZip([
			{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', stored: true },
			{ name: 'content.xml', data: content }
		]);
		expect(await limitOf(zip)).toEqual(['cells', 'content.xml']);
	});
	it('says a part whose compressed stream is broken is unreadable, not that it passed', async () => {
		const zip = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: spaces(MB) }]);
		const cut = zip.slice();
		// The part's first bytes overwritten: a stored block whose length check fails.
		cut.fill(0, 30 + 'xl/worksheets/sheet1.xml'.length, 30 + 'xl/worksheets/sheet1.xml'.length + 8);
		expect((await importErrorOf(cut, 'cut.xlsx'))[0]).toBe('workbook_unreadable');
	});
	it('leaves legacy .xls (not a zip) to the file size limit', async () => {
		expect(await limitOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('passed');
	});
});

describe('nestingDepth(text) and JSON imports', () => {
	it('counts arrays and objects, not brackets inside strings', () => {
		expect(nestingDepth('[{"a": "[[[{{{", "b": [1, {"c": "\\"]"}]}]')).toBe(4);
		expect(nestingDepth('[]')).toBe(1);
		expect(nestingDepth('"x"')).toBe(0);
	});
	it(`refuses a document of 100,000 '[' (deeper than ${MAX_JSON_DEPTH}) with json_too_deep, and accepts ${MAX_JSON_DEPTH} levels of shape errors as json_shape`, async () => {
		const deep = new TextEncoder().encode('['.repeat(100_000) + ']'.repeat(100_000));
		expect((await importErrorOf(deep, 'deep.json'))[0]).toBe('json_too_deep');
		const atLimit = new TextEncoder().encode('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH));
		expect((await importErrorOf(atLimit, 'ok.json'))[0]).toBe('json_shape');
	});
});
