// Colours of the parts of the Theil and Gini decompositions: distinguishable in hue and lightness
// (Okabe–Ito sky blue and reddish purple, with a dark blue), and unlike the region colours of palette.ts
// wherever a reader might take a part for a region.
export const WITHIN_COLOUR = '#56B4E9';
export const BETWEEN_COLOUR = '#1F4E79';
export const TRANSVARIATION_COLOUR = '#CC79A7';
/** The background of a year without a figure. */
export const UNDEFINED_FILL = '#f2f2f2';
/** The "n=…" flag of a year with unusual coverage. */
export const FLAG_COLOUR = '#8a4b00';
