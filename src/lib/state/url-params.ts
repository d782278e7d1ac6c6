// The URL schema's parameter names (../shared/DESIGN.md): read by the URL gate (view.ts), named by its notices.
/** The parameters of the URL schema, in the order they are read and their notices listed. */
export const URL_PARAMS = [
	'v',
	'lang',
	'composite',
	'indicator',
	'x',
	'y',
	'per',
	'scheme',
	'year',
	'weighting',
	'weights',
	'from',
	'scale',
	'select'
] as const;
export type UrlParam = (typeof URL_PARAMS)[number];
