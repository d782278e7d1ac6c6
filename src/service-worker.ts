/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The site offline after one visit: every page, data file and the engine of this build, in one cache per
// build. Registered by src/lib/offline/register.ts (production builds only, once the page has settled).
import { build, files, prerendered, version } from '$service-worker';
import { SKIP_WAITING } from '$lib/offline/messages';
import { relativeImports } from '$lib/offline/relative-imports';

const sw = self as unknown as ServiceWorkerGlobalScope;

const PREFIX = 'dashboard-';
const CACHE = `${PREFIX}${version}`;

/** Pages and their __data.json: one file whatever the query (the view lives in the query). */
const PAGES = new Set(prerendered);
/**
 * Scripts, styles, the engine, static/ (data/*; svelte.config.js leaves out precompressed copies) and the
 * pages. A Set: prerendering lists data/manifest.json too, and addAll refuses a request given twice.
 */
const PRECACHE = new Set([...build, ...files, ...prerendered]);

// cache.addAll is all or nothing, and a failed install drops the new cache: the worker and cache already
// in charge stay so, never half of a new build. The files under _app/immutable come from the HTTP cache
// when the visit has fetched them.
sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then(precache));
});

async function precache(cache: Cache): Promise<void> {
	try {
		await cache.addAll([...PRECACHE]);
		await cacheWorkerChunks(cache);
	} catch (error) {
		await caches.delete(CACHE);
		throw error;
	}
}

/**
 * `build` names the module workers (the import's parser) but not the chunks they import, e.g. SheetJS
 * for workbooks (sveltejs/kit#12438): read them out of the cached workers, level by level.
 */
async function cacheWorkerChunks(cache: Cache): Promise<void> {
	const seen = new Set(PRECACHE);
	let level = build.filter((url) => url.includes('/_app/immutable/workers/'));
	while (level.length) {
		const next: string[] = [];
		for (const url of level) {
			const code = (await (await cache.match(url))?.text()) ?? '';
			for (const specifier of relativeImports(code)) {
				const chunk = new URL(specifier, new URL(url, sw.location.href)).pathname;
				if (!seen.has(chunk)) next.push(chunk);
				seen.add(chunk);
			}
		}
		await cache.addAll(next);
		level = next;
	}
}

// Older builds' caches go once this build is in charge. claim(): on the first visit the page (this very
// build) is then served from the cache too, so it keeps working if the network goes before a reload.
sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))
				)
			)
			.then(() => sw.clients.claim())
	);
});

// No skipWaiting on install: a page of the old build still open would then be served by the new worker,
// whose cache lacks the old build's scripts (a page mixing builds, or failing offline). The new build waits
// until every page of the old one is closed, or until the reader asks for it (the notice's reload button).
sw.addEventListener('message', (event) => {
	if (event.data === SKIP_WAITING) void sw.skipWaiting();
});

// Cache first for this build's files, the network for anything else of the origin.
sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	// A page asked without its slash (`analysis?year=2020`): the redirect every server makes, offline too.
	if (request.mode === 'navigate' && PAGES.has(`${url.pathname}/`))
		event.respondWith(Response.redirect(`${url.pathname}/${url.search}`, 301));
	else event.respondWith(cacheFirst(request));
});

/** The cached response, headers included: the wasm keeps application/wasm for streaming compilation. */
async function cacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const ignoreSearch = PAGES.has(new URL(request.url).pathname);
	return (await cache.match(request, { ignoreSearch })) ?? fetch(request);
}
