/**
 * Context key set (to true) by the /embed page: its figures offer no embed code of their own, and their links
 * open in a new tab (the site's other pages refuse to be framed).
 */
export const EMBEDDED = Symbol('embedded');
