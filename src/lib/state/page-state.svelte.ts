// What every dashboard page shares: the view parsed from the URL, the engine, the <html> state
// attributes, and turning a change of the controls into a new URL.
import { browser } from '$app/environment';
import { page } from '$app/state';
import { beforeNavigate, goto } from '$app/navigation';
import { asset } from '$app/paths';
import type { Connector } from '$lib/db/connector';
import type { DownloadProgress } from '$lib/db/download';
import { engineFailure, type EngineFailure } from '$lib/db/engine-failure';
import type { Indicator, Manifest } from '$lib/data/manifest';
import { startEngine } from '$lib/db/engine';
import {
	changeView,
	derivedIds,
	findIndicator,
	parseView,
	serializeView,
	type Notice,
	type ViewState,
	type YearOf
} from './view';
import { derivedData } from './derived-data.svelte';
import { importedIndicators, withImports } from './imports.svelte';
import { stableView } from './stable-view';

// Never mutated: read only when prerendering, where the URL has no query.
const NO_PARAMS = new URLSearchParams();
/** The engine's download is counted on screen only after this long, so that a fast load does not flicker. */
const PROGRESS_DELAY_MS = 1500;
/** Then the count is redrawn (and announced: it is a status) at most this often, not for every chunk. */
const PROGRESS_INTERVAL_MS = 1000;

/** The indicator has no data for the year asked: the view shows another year. */
export interface YearMove {
	indicator: string;
	asked: number;
	shown: number;
}

export class PageState {
	readonly #manifest: () => Manifest;
	readonly parsed: { view: ViewState; notices: Notice[] };
	/** The view shown: the one a control just asked for, else the URL's (the same object while it is equal). */
	readonly view: ViewState;
	/** The view a control asked for, drawn at once; cleared when the URL has caught up (see #commit). */
	#asked = $state.raw<ViewState | null>(null);
	readonly #stable = stableView();
	#committing = false;
	readonly indicator: Indicator;
	db = $state<Connector | null>(null);
	/** Why the engine failed (the first cause: what follows from it says less). */
	dbFailure = $state.raw<EngineFailure | null>(null);
	/** The engine's download, once it has taken longer than PROGRESS_DELAY_MS; null before. */
	dbProgress = $state.raw<DownloadProgress | null>(null);
	/** Set when a change of indicator moves the year to one with data (the page words it). */
	yearMoved = $state.raw<YearMove | null>(null);

	readonly #yearOf: YearOf;
	readonly #link: (view: ViewState) => string;

	/**
	 * @param yearOf which indicators the view's year must have data for (see view.ts)
	 * @param link the query string a change of view writes into the URL (/embed keeps its chart in it)
	 */
	constructor(
		manifest: () => Manifest,
		{
			yearOf = 'indicator',
			link = serializeView
		}: { yearOf?: YearOf; link?: (view: ViewState) => string } = {}
	) {
		this.#yearOf = yearOf;
		this.#link = link;
		// The bundled manifest plus the indicators imported in this browser.
		this.#manifest = () => withImports(manifest(), importedIndicators.records);
		if (browser) void importedIndicators.load(manifest().provinces);
		// The prerendered page shows the default view; in the browser the URL decides.
		this.parsed = $derived(this.#parse());
		this.view = $derived(this.#stable(this.#asked ?? this.parsed.view));
		// A link or Back/Forward decides the view again: what a control asked for is overtaken.
		if (browser) beforeNavigate(({ type }) => type !== 'goto' && (this.#asked = null));
		this.indicator = $derived(findIndicator(this.#manifest(), this.view.indicator)!);
	}

	/** The manifest the page uses: bundled and imported indicators. */
	get manifest(): Manifest {
		return this.#manifest();
	}

	#parse(): { view: ViewState; notices: Notice[] } {
		const params = browser ? page.url.searchParams : NO_PARAMS;
		const parsed = parseView(params, this.#manifest(), this.#yearOf);
		// Until the stored imports are read, a link to one is not known yet: no notice rather than a wrong one.
		const pending = !importedIndicators.loaded && params.get('indicator')?.startsWith('imported_');
		return pending ? { ...parsed, notices: [] } : parsed;
	}

	/** Starts the engine (call from onMount: never during prerendering), with the imported indicators in it. */
	start(): void {
		let progress: DownloadProgress = { loaded: 0, total: null };
		let interval: ReturnType<typeof setInterval> | undefined;
		const show = () => (this.dbProgress = progress);
		const timer = setTimeout(() => {
			show();
			interval = setInterval(show, PROGRESS_INTERVAL_MS);
		}, PROGRESS_DELAY_MS);
		const onProgress = (next: DownloadProgress) => (progress = next);
		startEngine(this.#manifest(), (file) => asset(`/data/${file}`), onProgress)
			.then(async (connector) => {
				await importedIndicators.attach(connector, this.#manifest().provinces);
				this.db = connector;
			})
			.catch((error: unknown) => this.fail(error))
			.finally(() => {
				clearTimeout(timer);
				clearInterval(interval);
			});
	}

	/**
	 * Runs `load` with the engine whenever what it reads changes, before the DOM update: the queries are on
	 * their way to the engine's worker while the page redraws the controls. Its failure is the page's.
	 * The derived indicators of the view (and `needs()`) are put into the engine first.
	 */
	follow(load: (db: Connector) => Promise<void>, needs: () => readonly string[] = () => []): void {
		$effect.pre(() => {
			const db = this.db;
			if (!db) return;
			const ids = [...derivedIds(this.view), ...needs()];
			// Once they are in, `ready` changes and this runs again.
			if (!derivedData.ready(db, ids)) {
				derivedData.prepare(db, this.#manifest(), ids).catch((error: unknown) => this.fail(error));
				return;
			}
			load(db).catch((error: unknown) => this.fail(error));
		});
	}

	fail(error: unknown): void {
		this.dbFailure ??= engineFailure(error);
	}

	/**
	 * Keeps `<html data-db>` and `lang` in step (call from a component's script): "ready" once the engine
	 * is up and `shown()` says every chart draws the current view. A page without charts (methods) passes
	 * `engine: false` and is ready at once.
	 */
	trackReadiness(shown: () => boolean, { engine = true } = {}): void {
		$effect(() => {
			const html = document.documentElement;
			const up = !engine || this.db !== null;
			const db = this.dbFailure ? 'error' : up && shown() ? 'ready' : 'loading';
			const lang = this.view.lang === 'zh' ? 'zh-CN' : 'en';
			// Written only when they change: setting lang, even to the same value, re-lays out the whole page.
			if (html.dataset.db !== db) html.dataset.db = db;
			if (html.lang !== lang) html.lang = lang;
		});
	}

	change(update: Partial<ViewState>): void {
		const manifest = this.#manifest();
		const next = changeView(this.view, update, manifest, this.#yearOf);
		const asked = update.year ?? this.view.year;
		this.yearMoved = next.year === asked ? null : { indicator: next.indicator, asked, shown: next.year };
		// Drawn at once (Svelte flushes before the next frame); the URL follows once that frame is painted.
		this.#asked = next;
		if (!this.#committing) requestAnimationFrame(() => setTimeout(() => void this.#commit()));
		this.#committing = true;
	}

	/**
	 * Writes the view asked for into the URL (the history entry, the link to share). A SvelteKit navigation
	 * measures the scroll position (a forced layout) and waits several ticks, so it runs after the paint,
	 * not between the control and the charts; changes made meanwhile go into the same navigation.
	 */
	async #commit(): Promise<void> {
		const asked = this.#asked;
		if (asked) {
			// Only the query string changes: the page stays the same, so there is no route to resolve. Rejected
			// only when another navigation overtook this one (beforeNavigate has then cleared #asked).
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			await goto(this.#link(asked), { keepFocus: true, noScroll: true }).catch(() => undefined);
		}
		if (this.#asked === asked) {
			this.#asked = null;
			this.#committing = false;
		} else void this.#commit();
	}
}
