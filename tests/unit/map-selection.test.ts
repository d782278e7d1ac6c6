import { describe, expect, it } from 'vitest';
import type { ViewState } from '$lib/state/view';
import { mapSelection } from '$lib/charts/map-selection';
import type { Tile } from '$lib/charts/tile-map';

const GUANGDONG = { adcode: 440000, region: 'east' } as Tile;
const GUIZHOU = { adcode: 520000, region: 'west' } as Tile;

describe('mapSelection(select, onchange)', () => {
	it('presses a province selected itself, not one selected only through its region', () => {
		const selection = mapSelection([440000, 'west'], () => {});
		expect(selection.pressed(440000)).toBe(true);
		expect(selection.pressed(520000)).toBe(false);
	});

	it('marks a province in a selected region as selected through it', () => {
		const selection = mapSelection(['west'], () => {});
		expect(selection.inSelectedRegion(GUIZHOU)).toBe(true);
		expect(selection.inSelectedRegion(GUANGDONG)).toBe(false);
	});

	it('toggles a clicked province: adds it at the end, or removes it where it was selected', () => {
		const changes: Partial<ViewState>[] = [];
		mapSelection(['west'], (c) => changes.push(c)).ontoggle(440000);
		mapSelection([440000, 'west'], (c) => changes.push(c)).ontoggle(440000);
		expect(changes).toEqual([{ select: ['west', 440000] }, { select: ['west'] }]);
	});
});
