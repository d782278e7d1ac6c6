// The palette as a reader sees it: one colour per region on every page, province colours that cannot be
// taken for a region's, and both still apart for a deuteranope (Machado, Oliveira & Fernandes 2009,
// severity 1, in linear RGB). Distances are CIEDE2000; 10 is about where two line colours stop being
// confusable side by side, so the thresholds below (12 between regions, 15 between a region and a
// series, 20 in normal vision) leave a margin.
import { describe, expect, it } from 'vitest';
import { hsl } from 'd3';
import { REGION_IDS, type RegionId } from '$lib/data/manifest';
import { REGION_COLOURS, SERIES_COLOURS, selectionColours } from '$lib/charts/palette';
import { LISA_COLOURS } from '$lib/charts/analysis/lisa-palette';
import { LISA_CLUSTERS } from '$lib/metrics/moran-types';
import { deltaE2000, deltaE2000Lab, deuteranopia } from './support/colour-vision';

const pairs = <T>(xs: readonly T[]): [T, T][] =>
	xs.flatMap((a, i) => xs.slice(i + 1).map((b): [T, T] => [a, b]));
const seen = (hex: string) => deuteranopia(hex);

describe('the colour difference used here', () => {
	it('deltaE2000 gives the published values of Sharma, Wu & Dalal (2005), pairs 1, 7 and 17', () => {
		expect(deltaE2000Lab([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
		expect(deltaE2000Lab([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
		expect(deltaE2000Lab([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
	});

	it('deuteranopia leaves grey grey and makes red and green alike', () => {
		expect(seen('#777777')).toBe('#777777');
		expect(deltaE2000(seen('#cc0000'), seen('#00aa00'))).toBeLessThan(deltaE2000('#cc0000', '#00aa00') / 2);
	});
});

describe('REGION_COLOURS', () => {
	it('every pair of region colours is at least 20 apart, and at least 12 apart under deuteranopia', () => {
		for (const [a, b] of pairs<RegionId>(REGION_IDS)) {
			expect(deltaE2000(REGION_COLOURS[a], REGION_COLOURS[b]), `${a}–${b}`).toBeGreaterThanOrEqual(20);
			expect(
				deltaE2000(seen(REGION_COLOURS[a]), seen(REGION_COLOURS[b])),
				`${a}–${b}`
			).toBeGreaterThanOrEqual(12);
		}
	});

	it('West and Northeast stay at least 20 apart under deuteranopia', () => {
		expect(deltaE2000(seen(REGION_COLOURS.west), seen(REGION_COLOURS.northeast))).toBeGreaterThanOrEqual(20);
	});
});

describe('SERIES_COLOURS', () => {
	it('every series colour is at least 20 from every region colour, and at least 15 under deuteranopia', () => {
		for (const s of SERIES_COLOURS) {
			for (const r of REGION_IDS) {
				expect(deltaE2000(s, REGION_COLOURS[r]), `${s}–${r}`).toBeGreaterThanOrEqual(20);
				expect(deltaE2000(seen(s), seen(REGION_COLOURS[r])), `${s}–${r}`).toBeGreaterThanOrEqual(15);
			}
		}
	});

	it('series colours differ from one another by at least 15 in normal vision', () => {
		for (const [a, b] of pairs(SERIES_COLOURS))
			expect(deltaE2000(a, b), `${a}–${b}`).toBeGreaterThanOrEqual(15);
	});
});

describe('LISA_COLOURS', () => {
	it('every pair of cluster colours is at least 20 apart, and at least 15 apart under deuteranopia', () => {
		for (const [a, b] of pairs(LISA_CLUSTERS)) {
			expect(deltaE2000(LISA_COLOURS[a], LISA_COLOURS[b]), `${a}–${b}`).toBeGreaterThanOrEqual(20);
			expect(deltaE2000(seen(LISA_COLOURS[a]), seen(LISA_COLOURS[b])), `${a}–${b}`).toBeGreaterThanOrEqual(
				15
			);
		}
	});

	it('every cluster colour is at least 20 from every region colour, and at least 15 under deuteranopia', () => {
		for (const c of LISA_CLUSTERS) {
			for (const r of REGION_IDS) {
				expect(deltaE2000(LISA_COLOURS[c], REGION_COLOURS[r]), `${c}–${r}`).toBeGreaterThanOrEqual(20);
				expect(
					deltaE2000(seen(LISA_COLOURS[c]), seen(REGION_COLOURS[r])),
					`${c}–${r}`
				).toBeGreaterThanOrEqual(15);
			}
		}
	});

	it('keeps the convention readers know: high-high red, low-low blue (hue within 15° of 0°, between 200° and 240°)', () => {
		const hue = (hex: string) => hsl(hex).h;
		const fromRed = Math.min(hue(LISA_COLOURS['high-high']), 360 - hue(LISA_COLOURS['high-high']));
		expect(fromRed).toBeLessThan(15);
		expect(hue(LISA_COLOURS['low-low'])).toBeGreaterThan(200);
		expect(hue(LISA_COLOURS['low-low'])).toBeLessThan(240);
	});
});

describe('selectionColours(select)', () => {
	it('gives a region its region colour wherever it stands in the selection', () => {
		expect(selectionColours([620000, 'east', 'west'])).toEqual([
			SERIES_COLOURS[0],
			REGION_COLOURS.east,
			REGION_COLOURS.west
		]);
	});

	it('counts provinces only, so adding a region does not recolour the provinces', () => {
		expect(selectionColours(['central', 620000, 'northeast', 330000])).toEqual([
			REGION_COLOURS.central,
			SERIES_COLOURS[0],
			REGION_COLOURS.northeast,
			SERIES_COLOURS[1]
		]);
	});

	it('cycles through the series colours past the eighth province', () => {
		const provinces = Array.from({ length: 9 }, (_, i) => 110000 + i * 10000);
		expect(selectionColours(provinces)[8]).toBe(SERIES_COLOURS[0]);
	});
});
