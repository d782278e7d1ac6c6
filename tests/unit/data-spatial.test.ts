// The spatial data of Moran's I: the contiguity pairs and the provincial capitals the data step carries to
// the manifest, and what it rejects, at which line.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../scripts/data/build';
import { appendLine, copyData, editLines, rejection, setCell } from './support/data-copy';
import { realDataset } from './support/real-data';

const PAIRS = 'contiguity.csv';
const CAPITALS = 'capitals.csv';
// Lines of data/contiguity.csv (sorted by adcode_a, then adcode_b; header = line 1).
const BEIJING_TIANJIN_LINE = 2;
const HEBEI_LIAONING_LINE = 7;
const MONGOLIA_LIAONING_LINE = 13;
const MONGOLIA_JILIN_LINE = 14;
const MONGOLIA_HEILONGJIANG_LINE = 15;
const GUANGDONG_HAINAN_LINE = 49;
// Lines of data/provinces.csv and data/capitals.csv, both in adcode order.
const LIAONING_LINE = 7;
const HAINAN_LINE = 22;

describe('the manifest’s contiguity pairs', () => {
	let dataset: Dataset;
	const neighbours = (code: number) =>
		dataset.manifest.contiguity
			.flatMap((p) => (p.a === code ? [p.b] : p.b === code ? [p.a] : []))
			.sort((x, y) => x - y);
	beforeAll(async () => {
		dataset = await realDataset();
	});

	it('are the 68 land borders and Hainan–Guangdong by convention, each pair once with a < b', () => {
		const { contiguity } = dataset.manifest;
		expect(contiguity).toHaveLength(69);
		expect(contiguity.filter((p) => p.kind === 'border')).toHaveLength(68);
		expect(contiguity.filter((p) => p.kind === 'convention')).toEqual([
			{ a: 440000, b: 460000, kind: 'convention' }
		]);
		expect(contiguity.every((p) => p.a < p.b)).toBe(true);
		expect(new Set(contiguity.map((p) => `${p.a}-${p.b}`)).size).toBe(69);
	});

	it('give Hainan one neighbour, Guangdong, and every other province at least one', () => {
		expect(neighbours(460000)).toEqual([440000]);
		for (const { adcode } of dataset.manifest.provinces) expect(neighbours(adcode).length).toBeGreaterThan(0);
	});

	it('match hand-checked borders: Inner Mongolia and Shaanxi have 8 neighbours each, Xinjiang 3, Beijing 2', () => {
		expect(neighbours(150000)).toEqual([130000, 140000, 210000, 220000, 230000, 610000, 620000, 640000]);
		expect(neighbours(610000)).toEqual([140000, 150000, 410000, 420000, 500000, 510000, 620000, 640000]);
		expect(neighbours(650000)).toEqual([540000, 620000, 630000]);
		expect(neighbours(110000)).toEqual([120000, 130000]);
		expect(neighbours(510000)).toEqual([500000, 520000, 530000, 540000, 610000, 620000, 630000]);
	});
});

describe('the manifest’s capitals', () => {
	let dataset: Dataset;
	beforeAll(async () => {
		dataset = await realDataset();
	});

	it('are one per province, in provinces order, with the figures of capitals.csv', () => {
		const { capitals, provinces } = dataset.manifest;
		expect(capitals.map((c) => c.adcode)).toEqual(provinces.map((p) => p.adcode));
		expect(capitals[0]).toEqual({
			adcode: 110000,
			name_zh: '北京',
			name_en: 'Beijing',
			lon: 116.4,
			lat: 39.9
		});
		expect(capitals.find((c) => c.adcode === 650000)).toMatchObject({
			name_en: 'Urumqi',
			lon: 87.62,
			lat: 43.82
		});
	});

	it('put Urumqi furthest west, Harbin furthest north and Haikou furthest south', () => {
		const { capitals } = dataset.manifest;
		const extreme = (key: 'lon' | 'lat', sign: 1 | -1) =>
			capitals.reduce((best, c) => (sign * c[key] > sign * best[key] ? c : best)).name_en;
		expect(extreme('lon', -1)).toBe('Urumqi');
		expect(extreme('lat', 1)).toBe('Harbin');
		expect(extreme('lat', -1)).toBe('Haikou');
	});
});

describe('buildDataset rejects a bad contiguity file at the line at fault', () => {
	it('rejects a pair with an adcode that is not a province', async () => {
		const dir = copyData();
		setCell(dir, PAIRS, BEIJING_TIANJIN_LINE, 'adcode_b', '710000');
		expect(await rejection(dir)).toMatchObject({
			file: `data/${PAIRS}`,
			line: BEIJING_TIANJIN_LINE,
			reason: 'unknown adcode 710000'
		});
	});

	it('rejects a province paired with itself', async () => {
		const dir = copyData();
		setCell(dir, PAIRS, BEIJING_TIANJIN_LINE, 'adcode_b', '110000');
		expect(await rejection(dir)).toMatchObject({
			file: `data/${PAIRS}`,
			line: BEIJING_TIANJIN_LINE,
			reason: 'adcode 110000 is paired with itself'
		});
	});

	it('rejects a pair listed twice in the other order, pointing at the first', async () => {
		const dir = copyData();
		appendLine(
			dir,
			PAIRS,
			() => '120000,110000,border,https://en.m.wikiversity.org/wiki/English-Chinese/Beijing'
		);
		expect(await rejection(dir)).toMatchObject({
			file: `data/${PAIRS}`,
			line: 71,
			reason: `duplicate pair 110000–120000 (first at data/${PAIRS}:${BEIJING_TIANJIN_LINE})`
		});
	});

	it('rejects a kind other than border or convention', async () => {
		const dir = copyData();
		setCell(dir, PAIRS, GUANGDONG_HAINAN_LINE, 'kind', 'sea');
		expect(await rejection(dir)).toMatchObject({
			file: `data/${PAIRS}`,
			line: GUANGDONG_HAINAN_LINE,
			reason: 'kind "sea" is not one of border|convention'
		});
	});

	it('rejects a pair without a source', async () => {
		const dir = copyData();
		setCell(dir, PAIRS, GUANGDONG_HAINAN_LINE, 'source', ' ');
		expect(await rejection(dir)).toMatchObject({
			file: `data/${PAIRS}`,
			line: GUANGDONG_HAINAN_LINE,
			reason: 'empty source'
		});
	});

	it('rejects a contiguity file without a kind column', async () => {
		const dir = copyData();
		setCell(dir, PAIRS, 1, 'kind', 'type');
		expect(await rejection(dir)).toMatchObject({
			file: `data/${PAIRS}`,
			line: 1,
			reason: 'missing column kind'
		});
	});

	it('rejects a province left without a neighbour, at its line of provinces.csv', async () => {
		const dir = copyData();
		editLines(dir, PAIRS, (lines) => lines.splice(GUANGDONG_HAINAN_LINE - 1, 1));
		expect(await rejection(dir)).toMatchObject({
			file: 'data/provinces.csv',
			line: HAINAN_LINE,
			reason: `adcode 460000 has no neighbour in data/${PAIRS}`
		});
	});

	it('rejects a graph in two parts, naming the provinces cut off (the north-east without its links west)', async () => {
		const dir = copyData();
		const cut = [
			HEBEI_LIAONING_LINE,
			MONGOLIA_LIAONING_LINE,
			MONGOLIA_JILIN_LINE,
			MONGOLIA_HEILONGJIANG_LINE
		];
		editLines(dir, PAIRS, (lines) => cut.reverse().forEach((line) => lines.splice(line - 1, 1)));
		expect(await rejection(dir)).toMatchObject({
			file: 'data/provinces.csv',
			line: LIAONING_LINE,
			reason: `Liaoning 210000, Jilin 220000, Heilongjiang 230000 cut off from the other provinces: no chain of neighbours in data/${PAIRS} links them`
		});
	});
});

describe('buildDataset rejects a bad capitals file at the line at fault', () => {
	it('rejects a capital of an adcode that is not a province', async () => {
		const dir = copyData();
		setCell(dir, CAPITALS, 2, 'adcode', '810000');
		expect(await rejection(dir)).toMatchObject({
			file: `data/${CAPITALS}`,
			line: 2,
			reason: 'unknown adcode 810000'
		});
	});

	it('rejects a second capital for a province, pointing at the first', async () => {
		const dir = copyData();
		setCell(dir, CAPITALS, 3, 'adcode', '110000');
		expect(await rejection(dir)).toMatchObject({
			file: `data/${CAPITALS}`,
			line: 3,
			reason: `adcode 110000 has a second capital (first at data/${CAPITALS}:2)`
		});
	});

	it('rejects a province without a capital, at its line of provinces.csv', async () => {
		const dir = copyData();
		editLines(dir, CAPITALS, (lines) => lines.splice(HAINAN_LINE - 1, 1));
		expect(await rejection(dir)).toMatchObject({
			file: 'data/provinces.csv',
			line: HAINAN_LINE,
			reason: `adcode 460000 has no capital in data/${CAPITALS}`
		});
	});

	it.each([
		['lon', '39.9', 'lon 39.9 is outside 73..136'],
		['lat', '116.4', 'lat 116.4 is outside 3..54'],
		['lat', '-39.9', 'lat -39.9 is outside 3..54'],
		['lon', 'Infinity', 'lon "Infinity" is not a number'],
		['lon', '', 'empty lon'],
		['capital_en', '', 'empty capital_en'],
		['source', '', 'empty source']
	])('rejects %s "%s"', async (column, value, reason) => {
		const dir = copyData();
		setCell(dir, CAPITALS, 2, column, value);
		expect(await rejection(dir)).toMatchObject({ file: `data/${CAPITALS}`, line: 2, reason });
	});
});
