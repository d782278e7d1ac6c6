// The pinyin column of provinces.csv and the tile grid of the map: what the data step carries to the
// manifest, and what it rejects, at which line.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../scripts/data/build';
import { copyData, editLines, rejection, setCell } from './support/data-copy';
import { realDataset } from './support/real-data';

const GRID = 'tile_grid.csv';
// Lines of data/tile_grid.csv and data/provinces.csv (header = line 1), both in adcode order.
const GANSU_LINE = 29;
const QINGHAI_LINE = 30;
const SHANXI_LINE = 5;
const SHAANXI_LINE = 28;

describe('the manifest’s provinces', () => {
	let dataset: Dataset;
	beforeAll(async () => {
		dataset = await realDataset();
	});

	it('carry toneless lowercase pinyin, unique, with shaanxi (陕西) apart from shanxi (山西)', () => {
		const { provinces } = dataset.manifest;
		const pinyin = Object.fromEntries(provinces.map((p) => [p.name_zh, p.pinyin]));
		expect(pinyin).toMatchObject({
			北京: 'beijing',
			内蒙古: 'neimenggu',
			黑龙江: 'heilongjiang',
			西藏: 'xizang',
			陕西: 'shaanxi',
			山西: 'shanxi',
			广西: 'guangxi',
			新疆: 'xinjiang'
		});
		expect(provinces.every((p) => /^[a-z]+$/.test(p.pinyin))).toBe(true);
		expect(new Set(provinces.map((p) => p.pinyin)).size).toBe(31);
	});

	it('each have a tile of their own: Heilongjiang top right, Xinjiang and Tibet on the left, Hainan at the bottom', () => {
		const { provinces } = dataset.manifest;
		const tile = (adcode: number) => {
			const p = provinces.find((q) => q.adcode === adcode);
			return [p?.tile_row, p?.tile_col];
		};
		expect(new Set(provinces.map((p) => `${p.tile_row},${p.tile_col}`)).size).toBe(31);
		const rows = provinces.map((p) => p.tile_row);
		const cols = provinces.map((p) => p.tile_col);
		expect(tile(230000)).toEqual([Math.min(...rows), Math.max(...cols)]);
		expect(tile(650000)?.[1]).toBe(0);
		expect(tile(540000)?.[1]).toBe(0);
		expect(tile(460000)?.[0]).toBe(Math.max(...rows));
		expect(provinces.every((p) => Number.isInteger(p.tile_row) && Number.isInteger(p.tile_col))).toBe(true);
	});
});

describe('buildDataset rejects a bad tile grid or pinyin at the line at fault', () => {
	it('rejects a tile for an adcode that is not a province', async () => {
		const dir = copyData();
		setCell(dir, GRID, GANSU_LINE, 'adcode', '710000');
		expect(await rejection(dir)).toMatchObject({
			file: `data/${GRID}`,
			line: GANSU_LINE,
			reason: 'unknown adcode 710000'
		});
	});

	it('rejects a province placed twice, pointing at its first tile', async () => {
		const dir = copyData();
		setCell(dir, GRID, QINGHAI_LINE, 'adcode', '620000');
		expect(await rejection(dir)).toMatchObject({
			file: `data/${GRID}`,
			line: QINGHAI_LINE,
			reason: `adcode 620000 is placed twice (first at data/${GRID}:${GANSU_LINE})`
		});
	});

	it('rejects two provinces on one tile', async () => {
		const dir = copyData();
		setCell(dir, GRID, GANSU_LINE, 'row', '3'); // Qinghai's tile is row 3, col 1
		expect(await rejection(dir)).toMatchObject({
			file: `data/${GRID}`,
			line: QINGHAI_LINE,
			reason: `row 3, col 1 already holds adcode 620000 (data/${GRID}:${GANSU_LINE})`
		});
	});

	it('rejects a province without a tile, at its line of provinces.csv', async () => {
		const dir = copyData();
		editLines(dir, GRID, (lines) => lines.splice(GANSU_LINE - 1, 1));
		expect(await rejection(dir)).toMatchObject({
			file: 'data/provinces.csv',
			line: GANSU_LINE,
			reason: `adcode 620000 has no tile in data/${GRID}`
		});
	});

	it.each([
		['row', '1.5', 'row 1.5 is not an integer'],
		['col', '', 'empty col'],
		['col', 'x', 'col "x" is not a number'],
		['row', '-1', 'row -1 is negative']
	])('rejects %s "%s" as a tile position', async (column, value, reason) => {
		const dir = copyData();
		setCell(dir, GRID, 2, column, value);
		expect(await rejection(dir)).toMatchObject({ file: `data/${GRID}`, line: 2, reason });
	});

	it('rejects a tile grid without a col column', async () => {
		const dir = copyData();
		setCell(dir, GRID, 1, 'col', 'column');
		expect(await rejection(dir)).toMatchObject({
			file: `data/${GRID}`,
			line: 1,
			reason: 'missing column col'
		});
	});

	it.each([
		['', 'empty pinyin'],
		['Gansu', 'pinyin "Gansu" is not toneless lowercase letters a-z'],
		['gān sù', 'pinyin "gān sù" is not toneless lowercase letters a-z'],
		['gan su', 'pinyin "gan su" is not toneless lowercase letters a-z']
	])('rejects the pinyin "%s"', async (value, reason) => {
		const dir = copyData();
		setCell(dir, 'provinces.csv', GANSU_LINE, 'pinyin', value);
		expect(await rejection(dir)).toMatchObject({ file: 'data/provinces.csv', line: GANSU_LINE, reason });
	});

	it('rejects a pinyin that two provinces share (shanxi for 陕西), pointing at the first', async () => {
		const dir = copyData();
		setCell(dir, 'provinces.csv', SHAANXI_LINE, 'pinyin', 'shanxi');
		expect(await rejection(dir)).toMatchObject({
			file: 'data/provinces.csv',
			line: SHAANXI_LINE,
			reason: `duplicate pinyin shanxi (first at data/provinces.csv:${SHANXI_LINE})`
		});
	});
});
