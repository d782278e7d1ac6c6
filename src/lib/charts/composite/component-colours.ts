import { SERIES_COLOURS } from '../palette';

/**
 * The colour of each component of a composite, by position (up to 12): the series colours, which no region
 * colour can be taken for, then four more of Paul Tol's (olive, sand, wine, brown). The provinces' regions
 * are shown by their markers, in the region colours.
 */
export const COMPONENT_COLOURS: readonly string[] = [
	...SERIES_COLOURS,
	'#999933',
	'#DDCC77',
	'#882255',
	'#6F4E37'
];

export const componentColour = (j: number): string =>
	COMPONENT_COLOURS[j % COMPONENT_COLOURS.length] as string;
