// The site's Content-Security-Policy: the directives every page ships (svelte.config.js hands them to
// SvelteKit, which adds the hashes of its own inline scripts and writes the policy into each prerendered page
// as <meta http-equiv>), and the readers that scripts/serve.js and scripts/check-csp.ts use on built pages.
// Plain JavaScript: svelte.config.js and serve.js import it without a build step.
import { createHash } from 'node:crypto';
import { STALE_VIEW_GUARD_CODE } from '../src/lib/state/stale-view-guard.js';

/** `sha256-…` of an inline script's text, as script-src lists it. */
export function scriptHash(/** @type {string} */ code) {
	return /** @type {`sha256-${string}`} */ (
		`sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`
	);
}

/**
 * The policy before SvelteKit's hashes. 'wasm-unsafe-eval' lets DuckDB's WebAssembly compile (and nothing
 * else: no eval); worker-src 'self' admits the engine's and the import's workers and the service worker
 * (src/service-worker.ts); blob: serves the engine's wasm to its worker, image exports and downloads; inline
 * style attributes (charts, Svelte) need style-src 'unsafe-inline', which browsers ignore once a hash is
 * listed, so style-src must never get one (SvelteKit adds none while 'unsafe-inline' is there).
 * @satisfies {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>}
 */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self', 'wasm-unsafe-eval', scriptHash(STALE_VIEW_GUARD_CODE)],
	'worker-src': ['self', 'blob:'],
	'connect-src': ['self', 'blob:'],
	'img-src': ['self', 'data:', 'blob:'],
	'style-src': ['self', 'unsafe-inline'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

/** What a <meta> cannot carry: only a header can forbid framing by other sites. */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'self'";

/** The pages (as serve.js keys them) that any site may frame: /embed, one chart made to be put in other pages. */
export const FRAMEABLE_PAGES = ['/embed'];

/** What their header says instead of HEADER_ONLY_DIRECTIVES. */
export const FRAMEABLE_DIRECTIVES = 'frame-ancestors *';

/**
 * Directives (as CSP_DIRECTIVES) as policy text, keywords and hashes quoted as SvelteKit writes them.
 * @param {Record<string, string[]>} directives
 */
export function policyText(directives) {
	const quoted = (/** @type {string} */ source) =>
		/^[a-z][a-z0-9+.-]*:/.test(source) ? source : `'${source}'`;
	return Object.entries(directives)
		.map(([name, sources]) => [name, ...sources.map(quoted)].join(' '))
		.join('; ');
}

/** The policy of an HTML page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaPolicy(/** @type {string} */ html) {
	for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
		if (!/\bhttp-equiv\s*=\s*["']?content-security-policy["'\s>/]/i.test(tag)) continue;
		const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
		if (content) return decodeEntities(content[1] ?? content[2] ?? '');
	}
	return undefined;
}

/** The sources one directive of `policy` lists (`'self'`, `'sha256-…'`, `blob:`), or undefined if absent. */
export function policySources(/** @type {string} */ policy, /** @type {string} */ directive) {
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name?.toLowerCase() === directive) return sources;
	}
	return undefined;
}

/**
 * The inline scripts a browser runs in `html` (no `src`, a JavaScript type): their exact text and where they
 * start. Data blocks (`type="application/json"`) are not run, so no policy covers them.
 * @returns {{ code: string, at: number }[]}
 */
export function inlineScripts(/** @type {string} */ html) {
	const found = [];
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		const attributes = m[1] ?? '';
		if (/\bsrc\s*=/i.test(attributes)) continue;
		const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
		if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
		found.push({ code: m[2] ?? '', at: m.index });
	}
	return found;
}

/** @param {string} text */
function decodeEntities(text) {
	return text
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');
}
