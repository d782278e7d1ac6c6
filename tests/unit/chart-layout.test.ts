import { describe, expect, it } from 'vitest';
import {
	DEFAULT_WIDTH,
	MIN_WIDTH,
	TEXT,
	chartLayout,
	drawingWidth,
	flowLegend,
	isNarrow,
	LEGEND_LINE,
	legendHeight,
	spacedTicks,
	textWidth,
	tickCount
} from '../../src/lib/charts/layout';

describe('the chart layout', () => {
	it('drawingWidth(measured) is the measured width in whole px, DEFAULT_WIDTH before measuring, never under MIN_WIDTH', () => {
		expect(drawingWidth(342.7)).toBe(342);
		expect(drawingWidth(undefined)).toBe(DEFAULT_WIDTH);
		expect(drawingWidth(0)).toBe(DEFAULT_WIDTH);
		expect(drawingWidth(190)).toBe(190);
		expect(drawingWidth(100)).toBe(MIN_WIDTH);
		expect(MIN_WIDTH).toBe(160);
	});

	it('chartLayout(width, height, margin) gives the plot edges inside the margins', () => {
		const layout = chartLayout(400, 300, { top: 10, right: 20, bottom: 30, left: 40 });
		expect([layout.left, layout.right, layout.top, layout.bottom]).toEqual([40, 380, 10, 270]);
		expect([layout.width, layout.height]).toEqual([400, 300]);
	});

	it('a chart under 480 px is narrow, and its text sizes are never under 11 px', () => {
		expect(isNarrow(342)).toBe(true);
		expect(isNarrow(640)).toBe(false);
		expect(chartLayout(342, 100, { top: 0, right: 0, bottom: 0, left: 0 }).narrow).toBe(true);
		expect(Math.min(...Object.values(TEXT))).toBe(11);
	});

	it('tickCount(length) asks for one tick per 64 px, at least 2 and at most 10', () => {
		expect(tickCount(540)).toBe(8);
		expect(tickCount(260)).toBe(4);
		expect(tickCount(60)).toBe(2);
		expect(tickCount(5000)).toBe(10);
		expect(tickCount(260, 40)).toBe(6);
	});

	it('spacedTicks(ticks, length, spacing) keeps every n-th tick from the first, so that labels are spacing px apart', () => {
		const years = Array.from({ length: 13 }, (_, i) => 2011 + i);
		expect(spacedTicks(years, 540, 40)).toEqual(years); // 45 px apart: all
		expect(spacedTicks(years, 240, 40)).toEqual([2011, 2013, 2015, 2017, 2019, 2021, 2023]); // 20 px: every 2nd
		expect(spacedTicks(years, 120, 40)).toEqual([2011, 2015, 2019, 2023]); // 10 px: every 4th
		expect(spacedTicks([2019], 100, 40)).toEqual([2019]);
	});

	it('textWidth(text, size) counts a CJK glyph as one em and other characters as 0.6 em', () => {
		expect(textWidth('东部', 12)).toBe(24);
		expect(textWidth('East', 10)).toBe(24);
		expect(textWidth('', 12)).toBe(0);
	});

	it('flowLegend(items, label, width) places entries left to right and starts a new line where one would pass the width', () => {
		const labels = ['East', 'Central', 'West', 'Northeast'];
		// widths at 11 px with an 18 px swatch: 44.4, 64.2, 44.4, 77.4; 14 px between entries
		const wide = flowLegend(labels, (s) => s, 400);
		expect(wide.map((p) => p.line)).toEqual([0, 0, 0, 0]);
		expect(wide.map((p) => Math.round(p.x))).toEqual([0, 58, 137, 195]);
		const narrow = flowLegend(labels, (s) => s, 150);
		expect(narrow.map((p) => [Math.round(p.x), p.line])).toEqual([
			[0, 0],
			[58, 0],
			[0, 1],
			[58, 1]
		]);
	});
});

describe('legendHeight', () => {
	it('legendHeight(placed) is one LEGEND_LINE per line used, 0 for no entries', () => {
		expect(legendHeight([{ line: 0 }, { line: 0 }, { line: 1 }])).toBe(2 * LEGEND_LINE);
		expect(legendHeight([])).toBe(0);
	});
});
