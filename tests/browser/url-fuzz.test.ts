// Hostile links on every page: 330 seeded query strings (support/hostile-urls.ts: SQL, markup, 100 KB
// values, 500 repeated parameters, bad percent-escapes, hidden and right-to-left characters, prototype keys,
// selections of 10,000 entries, unknown and empty parameters, valid ones mixed in). One tab opens them all:
// the URL is parsed in the browser, so most are reached by the app's own navigation (a link click), the first
// of each category by loading the page. Each must end ready, with exactly the notices its parts call for
// (at most one per parameter, text only, short), the view it asks for in the page's links, nothing injected,
// and no error.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Manifest } from '$lib/data/manifest';
import { parseView, serializeView } from '$lib/state/view';
import {
	CATEGORIES,
	PAGES,
	POLLUTED_KEY,
	PWNED_GLOBAL,
	PWNED_ID,
	hostileUrls,
	type HostileUrl,
	type PagePath
} from './support/hostile-urls';
import { useSite, waitForReady, type OpenedPage } from './support/site';

const SEED = 20_240_611;
const URLS = hostileUrls(SEED);
/**
 * Longer links are refused by stock servers before the page can answer (nginx's 8 KB request line: 414;
 * Node's 16 KB of headers: 431), so they are only opened from within the page, which asks no server for them.
 */
const MAX_SERVED_QUERY = 8_000;
/** A notice quotes at most three values of 60 characters, in one or two sentences: below this. */
const MAX_NOTICE_CHARS = 400;
/** Where the compare page says it compares only the first 8 of a selection. */
const COMPARE_MAX = 8;

const site = useSite();
let tab: OpenedPage | undefined;
let manifest: Manifest;
const dialogs: string[] = [];

async function openTab(): Promise<OpenedPage> {
	if (tab) return tab;
	manifest = JSON.parse(
		await readFile(new URL('../../build/data/manifest.json', import.meta.url), 'utf8')
	) as Manifest;
	tab = await site.open('methods/', {
		// Listen before the first page opens: an injected alert() would fire while it loads.
		beforeGoto: (context) =>
			context.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			})
	});
	return tab;
}

const currentPage = (page: Page): PagePath => {
	const path = new URL(page.url()).pathname.replace(/^\//, '');
	return PAGES.find((p) => p === path) ?? '';
};

/** Follows a link the way a reader's click does: the app's router, no page load. */
async function click(page: Page, href: string): Promise<void> {
	await page.evaluate((target) => {
		const a = document.createElement('a');
		a.href = target;
		document.body.append(a);
		a.click();
		a.remove();
	}, href);
	await page.waitForFunction((target) => location.href === new URL(target, location.href).href, href, {
		timeout: 20_000
	});
}

/** Opens `url` and returns what is wrong with the page then (nothing: an empty list). */
async function visit(o: OpenedPage, url: HostileUrl, load: boolean): Promise<string[]> {
	const { page, errors } = o;
	const href = `${site.url}${url.page}${url.query}`;
	const errorsBefore = errors.length;
	if (load) await page.goto(href);
	else {
		if (currentPage(page) !== url.page && url.query.length > MAX_SERVED_QUERY)
			await click(page, site.url + url.page);
		await click(page, href);
	}
	// Two frames: the page has taken the new URL in before its readiness is read.
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	await waitForReady(page);

	const seen = await page.evaluate(
		({ id, global, key }) => {
			const injected = document.getElementById(id) !== null || global in window;
			const polluted = key in {};
			// Cleared once seen, so that a later link is judged on its own.
			document.getElementById(id)?.remove();
			delete (window as unknown as Record<string, unknown>)[global];
			delete (Object.prototype as Record<string, unknown>)[key];
			return {
				notices: [...document.querySelectorAll<HTMLElement>('[role=status] li[data-notice]')].map((li) => ({
					param: li.dataset.notice ?? '',
					elements: li.children.length,
					chars: li.textContent?.length ?? 0
				})),
				compareMax: document.querySelectorAll('[data-notice="compare-max"]').length,
				injected,
				polluted,
				link: document.querySelector('nav a[aria-current="page"]')?.getAttribute('href') ?? ''
			};
		},
		{ id: PWNED_ID, global: PWNED_GLOBAL, key: POLLUTED_KEY }
	);

	const problems: string[] = [];
	const params = seen.notices.map((n) => n.param);
	if (params.join() !== url.notices.join()) problems.push(`notices ${params.join()} ≠ ${url.notices.join()}`);
	for (const n of seen.notices) {
		if (n.elements > 0) problems.push(`notice ${n.param} holds ${n.elements} elements`);
		if (n.chars > MAX_NOTICE_CHARS) problems.push(`notice ${n.param} is ${n.chars} characters long`);
	}
	const compareMax = url.page === 'compare/' && url.selected > COMPARE_MAX ? 1 : 0;
	if (seen.compareMax !== compareMax)
		problems.push(`${seen.compareMax} compare-max notices, not ${compareMax}`);
	if (seen.injected) problems.push('injected: the sentinel element or global exists');
	if (seen.polluted) problems.push(`Object.prototype.${POLLUTED_KEY} is set`);
	// The page's own links carry the view the URL asks for, and nothing else.
	const asked = parseView(new URL(page.url()).searchParams, manifest).view;
	const shared = seen.link.slice(seen.link.indexOf('?'));
	if (shared !== serializeView(asked))
		problems.push(`links carry ${shared.slice(0, 200)}, not ${serializeView(asked)}`);
	problems.push(...errors.slice(errorsBefore));
	return problems;
}

const describeUrl = (url: HostileUrl) =>
	`/${url.page}${url.query.slice(0, 100)}${url.query.length > 100 ? '…' : ''}`;

describe(`hostile links (seed ${SEED}): ${URLS.length} over ${PAGES.length} pages`, () => {
	for (const category of CATEGORIES) {
		const urls = URLS.filter((u) => u.category === category);
		const loaded = urls.find((u) => u.query.length <= MAX_SERVED_QUERY);
		it(`${category}: ${urls.length} links, each page ready with its notices, nothing injected, no error`, async () => {
			const o = await openTab();
			const problems: string[] = [];
			for (const url of urls) {
				const found = await visit(o, url, url === loaded).catch((error: unknown) => [
					error instanceof Error ? error.message.split('\n')[0]! : String(error)
				]);
				problems.push(...found.map((p) => `${describeUrl(url)}: ${p}`));
			}
			expect(problems).toEqual([]);
		}, 600_000);
	}

	it('no dialog opened and no request left the site', async () => {
		const o = await openTab();
		expect(dialogs).toEqual([]);
		expect(o.externalRequests()).toEqual([]);
		expect(o.errors).toEqual([]);
	});
});
