/** What a page posts to a waiting service worker when the reader asks for the new build now. */
export const SKIP_WAITING = 'skip-waiting';
