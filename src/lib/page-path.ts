import { resolve } from '$app/paths';

/** The site's pages. */
export type PageRoute =
	| '/'
	| '/analysis'
	| '/compare'
	| '/relate'
	| '/composite'
	| '/methods'
	| '/import'
	| '/about-data'
	| '/embed'
	| '/brief';

/**
 * A page's path as the site links it: a folder ("analysis/"), as the build writes it (analysis/index.html,
 * trailingSlash 'always'), so that a stock static server finds the page without a redirect.
 */
export function pagePath(route: PageRoute): string {
	const path = resolve(route);
	return path.endsWith('/') ? path : `${path}/`;
}
