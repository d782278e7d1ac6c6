import type { MessageKey } from '$lib/i18n/messages';

/** The sections of the methods page, in order: each is a heading id, so `/methods#theil` links to it. */
export const METHODS_SECTIONS = [
	'scope',
	'regions',
	'nodata',
	'sparse',
	'theil',
	'gini',
	'dispersion',
	'beta',
	'density',
	'gap',
	'moran',
	'lisa',
	'correlation',
	'composite',
	'percapita',
	'references'
] as const;

export type MethodsSectionId = (typeof METHODS_SECTIONS)[number];

/** The catalogue key of a section's heading (the same text in the table of contents and the section). */
export const sectionHeading = (id: MethodsSectionId): MessageKey => `methods_section_${id}`;
