import type { RegionId } from '$lib/data/manifest';
import type { Selection } from '$lib/state/view';

/**
 * The one colour of each region on every page and chart (the three belts of region3 reuse East, Central and
 * West): Okabe–Ito blue, orange, vermillion and bluish green. Under a simulated deuteranopia (Machado et
 * al. 2009) every pair stays at least 12 CIEDE2000 apart, West and Northeast 20 (tests/unit/palette.test.ts).
 */
export const REGION_COLOURS: Record<RegionId, string> = {
	east: '#0072B2',
	central: '#E69F00',
	west: '#D55E00',
	northeast: '#009E73'
};

export const NO_DATA_COLOUR = '#bbbbbb';
export const GAP_COLOUR = '#444444';

/** Faded marks when something else is selected. */
export const DIMMED_OPACITY = 0.3;

/**
 * Colours of compared provinces (and any other series that is not a region), by position among them (up to 8):
 * hues that cannot be taken for a region's (indigo, crimson, dark teal, reddish purple, black, pale blue, aubergine,
 * grey), at least 20 CIEDE2000 from every region colour in normal vision and 15 under deuteranopia; the most
 * distinct first.
 */
export const SERIES_COLOURS = [
	'#332288',
	'#A50026',
	'#01665E',
	'#CC79A7',
	'#000000',
	'#88CCEE',
	'#40004B',
	'#B3B3B3'
] as const;

/**
 * The colour of each selected entity, in order: a region in its region colour, a province in the next series
 * colour (counting provinces only), so that a region looks the same here as on every other page.
 */
export function selectionColours(select: readonly Selection[]): string[] {
	let province = 0;
	return select.map((id) =>
		typeof id === 'number'
			? (SERIES_COLOURS[province++ % SERIES_COLOURS.length] as string)
			: REGION_COLOURS[id]
	);
}
