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
