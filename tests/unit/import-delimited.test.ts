import { describe, expect, it } from 'vitest';
import { detectDelimiter, forEachRow, TooManyColumns } from '$lib/import/delimited';

function rows(text: string, delimiter = ',', max = Infinity): string[][] {
	const out: string[][] = [];
	forEachRow(text, delimiter, (cells) => void out.push(cells), max);
	return out;
}

describe('forEachRow(text, delimiter)', () => {
	it('splits rows on CRLF, LF or CR and cells on the delimiter', () => {
		expect(rows('a,b\r\nc,d\ne,f\rg,h')).toEqual([
			['a', 'b'],
			['c', 'd'],
			['e', 'f'],
			['g', 'h']
		]);
	});
	it('reads quoted cells with delimiters, doubled quotes and line breaks inside', () => {
		expect(rows('"北京, 市","say ""hi""","line\nbreak"\r\nx,y,z\r\n')).toEqual([
			['北京, 市', 'say "hi"', 'line\nbreak'],
			['x', 'y', 'z']
		]);
	});
	it('keeps empty cells, a trailing delimiter and blank lines as rows', () => {
		expect(rows('a,,c,\n\nd')).toEqual([['a', '', 'c', ''], [''], ['d']]);
	});
	it('does not add a row after the final line break', () => {
		expect(rows('a\r\nb\r\n')).toEqual([['a'], ['b']]);
	});
	it('stops with TooManyColumns at the first row wider than allowed', () => {
		expect(() => rows(`${'x,'.repeat(10_000)}x`, ',', 300)).toThrow(TooManyColumns);
	});
	it('stops when onRow returns false', () => {
		const seen: string[][] = [];
		forEachRow('a\nb\nc', ',', (cells) => seen.push(cells) < 2);
		expect(seen).toEqual([['a'], ['b']]);
	});
});

describe('detectDelimiter(text, fileName)', () => {
	it('finds the comma, tab or semicolon used on most lines, past a title line', () => {
		expect(detectDelimiter('表 1 覆盖广度\n省份,2019年,2020年\n北京,384.655858,397.001872')).toBe(',');
		expect(detectDelimiter('省份\t2019年\n北京\t384.655858')).toBe('\t');
		expect(detectDelimiter('省份;2019年\n北京;384,655858')).toBe(';');
	});
	it('prefers tab for a .tsv file and gives a comma to a one-column file', () => {
		expect(detectDelimiter('a,b\tc\nd,e\tf', 'x.tsv')).toBe('\t');
		expect(detectDelimiter('北京\n天津')).toBe(',');
	});
});
