import type { RegionId } from '$lib/data/manifest';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
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
 * Colours of compared series, by position in the selection (up to 8): the Okabe–Ito set, ordered so
 * that the first few differ most, with its yellow last because it is the hardest to see on white.
 */
export const SERIES_COLOURS = [
	'#0072B2',
	'#D55E00',
	'#009E73',
	'#E69F00',
	'#CC79A7',
	'#56B4E9',
	'#000000',
	'#F0E442'
] as const;
