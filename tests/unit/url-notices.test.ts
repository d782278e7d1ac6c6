import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '$lib/data/manifest';
import { noticeText } from '$lib/components/notice-text';
import { MAX_SHOWN_CHARS, shownValue } from '$lib/i18n/shown-value';
import { parseView } from '$lib/state/view';
import { realDataset } from './support/real-data';

let manifest: Manifest;
beforeAll(async () => {
	manifest = (await realDataset()).manifest;
});

const FSI = '\u2068';
const PDI = '\u2069';
/** The notices of a link as the page writes them, without the isolates around quoted values. */
const texts = (query: string, lang: 'zh' | 'en' = 'zh') =>
	parseView(new URLSearchParams(query), manifest).notices.map((n) =>
		noticeText(lang, n, manifest).replaceAll(FSI, '').replaceAll(PDI, '')
	);

describe('shownValue(value)', () => {
	it('isolates the value (FSI … PDI) so right-to-left text stays inside its quotes', () => {
		expect(shownValue('שלום')).toBe(`${FSI}שלום${PDI}`);
	});

	it(`cuts a value after ${MAX_SHOWN_CHARS} characters with an ellipsis`, () => {
		const shown = shownValue('A'.repeat(100_000));
		expect(shown).toBe(`${FSI}${'A'.repeat(MAX_SHOWN_CHARS)}…${PDI}`);
		expect(shownValue('A'.repeat(MAX_SHOWN_CHARS))).toBe(`${FSI}${'A'.repeat(MAX_SHOWN_CHARS)}${PDI}`);
	});

	it('shows an indicator id whole, an imported one of 49 characters included', () => {
		const id = `imported_${'a'.repeat(40)}`;
		expect(shownValue(id)).toBe(`${FSI}${id}${PDI}`);
	});

	it('counts characters, never splitting one outside the Basic Multilingual Plane', () => {
		expect(shownValue('😀'.repeat(70))).toBe(`${FSI}${'😀'.repeat(MAX_SHOWN_CHARS)}…${PDI}`);
	});

	it('writes zero-width, bidi, control and separator characters as their code', () => {
		expect(shownValue('east\u200b')).toBe(`${FSI}east[U+200B]${PDI}`);
		expect(shownValue('\u202eeast')).toBe(`${FSI}[U+202E]east${PDI}`);
		expect(shownValue('a\nb\u0000\u2028\ufeff')).toBe(`${FSI}a[U+000A]b[U+0000][U+2028][U+FEFF]${PDI}`);
	});

	it('counts a written code as the characters it shows', () => {
		expect(shownValue('\u202e'.repeat(34_000))).toBe(`${FSI}${'[U+202E]'.repeat(7)}…${PDI}`);
	});

	it('writes a lone surrogate and the isolates themselves as their code, so a value cannot close its isolate', () => {
		expect(shownValue('\ud800x')).toBe(`${FSI}[U+D800]x${PDI}`);
		expect(shownValue(`${PDI}x`)).toBe(`${FSI}[U+2069]x${PDI}`);
	});

	it('leaves markup as the characters it is made of', () => {
		expect(shownValue('<b>x</b>')).toBe(`${FSI}<b>x</b>${PDI}`);
	});
});

describe('noticeText(lang, notice, manifest)', () => {
	it('names one rejected value in quotes, with what was used instead by its name', () => {
		expect(texts('indicator=nope')).toEqual([
			'链接中的指标“nope”不存在，已改为默认指标 数字普惠金融总指数。'
		]);
		expect(texts('scheme=x', 'en')).toEqual([
			'The link names an unknown region scheme “x”; showing Four regions (East, Central, West, Northeast).'
		]);
	});

	it('counts many rejected selections in one sentence, quoting the first three', () => {
		const many = Array.from({ length: 9_998 }, (_, i) => `x${i}`).join(',');
		expect(texts(`select=${many}`)).toEqual([
			'已忽略链接中 9,998 个无法识别的区域或省份：“x0”、“x1”、“x2” 等。'
		]);
		expect(texts(`select=${many}`, 'en')).toEqual([
			'Ignored 9,998 unrecognised regions or provinces in the link: “x0”, “x1”, “x2” and 9,995 more.'
		]);
	});

	it('lists two or three rejected selections whole', () => {
		expect(texts('select=a,east,b', 'en')).toEqual([
			'Ignored 2 unrecognised regions or provinces in the link: “a”, “b”.'
		]);
	});

	it('says how often a repeated parameter was given, after what was rejected of its first value', () => {
		const repeated = Array.from({ length: 500 }, () => 'year=2019').join('&');
		expect(texts(repeated)).toEqual(['链接中的参数“year”出现了 500 次，只读取了第一个。']);
		expect(texts('lang=fr&lang=en', 'en')).toEqual([
			'The link asks for language “fr”, which is not offered; showing Chinese. The link gives “lang” 2 times; only the first was read.'
		]);
	});

	it('shows a 100 KB value shortened', () => {
		const [text] = texts(`year=${'9'.repeat(100_000)}`);
		expect(text).toBe(`链接中的年份“${'9'.repeat(MAX_SHOWN_CHARS)}…”没有该指标的数据，已改为 2023 年。`);
	});

	it('shows a value that looks like a placeholder as typed', () => {
		expect(texts(`year=${encodeURIComponent('{fallback}$&')}`, 'en')).toEqual([
			'The link asks for year “{fallback}$&”, which has no data for this indicator; showing 2023.'
		]);
	});
});
