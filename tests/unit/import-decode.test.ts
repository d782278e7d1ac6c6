import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary, sniffKind } from '$lib/import/decode';
import { fixtureBytes, GBK_WIDE, MESSY_LONG, XLSX_WIDE } from './support/import-fixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText(bytes)', () => {
	it('reads valid UTF-8 as UTF-8, without a BOM', () => {
		expect(decodeText(utf8('省份,2019年\n北京,384.655858'))).toEqual({
			text: '省份,2019年\n北京,384.655858',
			encoding: 'utf-8',
			bom: false
		});
	});

	it('removes a UTF-8 byte-order mark and says it was there', () => {
		const decoded = decodeText(fixtureBytes(MESSY_LONG));
		expect(decoded.encoding).toBe('utf-8');
		expect(decoded.bom).toBe(true);
		expect(decoded.text.startsWith('地区,年份')).toBe(true);
	});

	it('falls back to GB18030 for the bytes Excel writes on Chinese Windows (GBK), with every full name intact', () => {
		const decoded = decodeText(fixtureBytes(GBK_WIDE));
		expect(decoded.encoding).toBe('gb18030');
		for (const name of [
			'内蒙古自治区',
			'广西壮族自治区',
			'西藏自治区',
			'宁夏回族自治区',
			'新疆维吾尔自治区'
		]) {
			expect(decoded.text).toContain(`\r\n${name},`);
		}
		expect(decoded.text.split('\r\n')[1]).toBe(
			'省份,2013年,2014年,2015年,2016年,2017年,2018年,2019年,2020年,2021年,2022年'
		);
	});

	it('reads UTF-16 with a byte-order mark (Excel’s “Unicode text”)', () => {
		const text = '省份\t2019年\r\n北京\t384.655858\r\n';
		const bytes = new Uint8Array(2 + text.length * 2);
		bytes.set([0xff, 0xfe]);
		for (let i = 0; i < text.length; i++) {
			bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
			bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
		}
		expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-16le', bom: true });
	});
});

describe('sniffKind(bytes, fileName)', () => {
	it('knows a workbook by its zip signature, whatever its name', () => {
		expect(sniffKind(fixtureBytes(XLSX_WIDE), 'data.csv')).toBe('workbook');
		expect(sniffKind(fixtureBytes('hostile/broken.xlsx'), 'broken.xlsx')).toBe('workbook');
	});
	it('knows a PDF and images, and JSON by its name; anything else is text', () => {
		expect(sniffKind(fixtureBytes('hostile/renamed-pdf.csv'), 'renamed-pdf.csv')).toBe('pdf');
		expect(sniffKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]), 'x.csv')).toBe('binary');
		expect(sniffKind(utf8('[{"a":1}]'), 'x.json')).toBe('json');
		expect(sniffKind(fixtureBytes(GBK_WIDE), GBK_WIDE)).toBe('text');
	});
});

describe('looksBinary(text)', () => {
	it('is true for junk bytes (NULs and control characters) and false for a real table', () => {
		expect(looksBinary(decodeText(fixtureBytes('hostile/binary-junk.csv')).text)).toBe(true);
		expect(looksBinary(decodeText(fixtureBytes(GBK_WIDE)).text)).toBe(false);
		expect(looksBinary(decodeText(fixtureBytes(MESSY_LONG)).text)).toBe(false);
	});
});
