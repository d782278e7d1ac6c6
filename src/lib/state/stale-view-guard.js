// The stale-view guard's inline script (see first-view.ts). Its text is one constant, the same on every page,
// so that its sha256 is a build constant in the Content-Security-Policy (scripts/csp.js); what varies per page
// (the view drawn at build time, the charts' selector) is read from its own element's data-* attributes.
// Plain JavaScript: svelte.config.js imports it to hash it.

export const STALE_VIEW_GUARD_ID = 'stale-first-view';

/**
 * Reads `data-drawn` (JSON: parameter → value drawn at build time, '' for "drawn without it") and
 * `data-charts` (a selector); if the URL gives one of those parameters another value, hides the children of
 * the charts until the page drops the style element it adds.
 */
export const STALE_VIEW_GUARD_CODE =
	'(function(s){var d=JSON.parse(s.dataset.drawn),p=new URLSearchParams(location.search);for(var k in d)' +
	'if(p.has(k)&&p.get(k)!==d[k]){var e=document.createElement("style");' +
	`e.id=${JSON.stringify(STALE_VIEW_GUARD_ID)};e.textContent=s.dataset.charts+">*{visibility:hidden}";` +
	'document.documentElement.appendChild(e);return}})(document.currentScript)';
