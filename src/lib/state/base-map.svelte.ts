// The base map a user loaded and its approval number (审图号), kept for the browser session: in memory
// (so it survives moving between the site's pages) and, where it fits, in sessionStorage (so it survives a
// reload of the tab). It is read from the user's own file and never sent anywhere.
// The reader (and TopoJSON's) and the province matcher are loaded only when a file is read, not with the page.
import type { BaseMapLayer, BaseMapProblem } from '$lib/geo/read-base-map';
import { MAX_BASE_MAP_BYTES, MAX_BASE_MAP_MB } from '$lib/geo/limits';
import type { MatchReport } from '$lib/geo/match-provinces';
import type { NamedProvince } from '$lib/places/named-province';
import { approvalNumber } from '$lib/geo/approval';
import type { MessageKey } from '$lib/i18n/messages';

const FILE_KEY = 'digital-divide:base-map';
const SETTINGS_KEY = 'digital-divide:base-map-settings';

/** A message for the user, translated when shown (so it follows the language). */
export interface BaseMapMessage {
	key: MessageKey;
	vars?: Record<string, string | number>;
}

const PROBLEM_MESSAGES: Record<BaseMapProblem, MessageKey> = {
	json: 'geoMap_errorJson',
	notGeo: 'geoMap_errorNotGeo',
	topology: 'geoMap_errorTopology',
	empty: 'geoMap_errorEmpty'
};

function storage(): Storage | null {
	try {
		return typeof sessionStorage === 'undefined' ? null : sessionStorage;
	} catch {
		return null; // storage can be switched off
	}
}

export class BaseMapSession {
	/** The file's name, as the user's system gave it (shown as text). */
	fileName = $state('');
	/** Its layers: one for GeoJSON, one per object for TopoJSON. Not deeply reactive: a map can be large. */
	layers = $state.raw<BaseMapLayer[]>([]);
	/** Which province each feature of each layer is. */
	reports = $state.raw<MatchReport[]>([]);
	/** The layer drawn. */
	layer = $state(0);
	/** The approval number as typed; `approval` is what is drawn. */
	approvalInput = $state('');
	/** Why the last file was not loaded. */
	error = $state.raw<BaseMapMessage | null>(null);
	reading = $state(false);

	readonly approval = $derived(approvalNumber(this.approvalInput));
	readonly current = $derived(this.layers[this.layer] ?? null);
	readonly report = $derived(this.reports[this.layer] ?? null);

	/** Reads a file the user chose. A file that cannot be used leaves the loaded map as it was. */
	async load(file: File, places: readonly NamedProvince[]): Promise<void> {
		this.error = null;
		if (file.size > MAX_BASE_MAP_BYTES) {
			this.error = {
				key: 'geoMap_errorTooBig',
				vars: { size: (file.size / 1024 / 1024).toFixed(1), max: MAX_BASE_MAP_MB }
			};
			return;
		}
		this.reading = true;
		try {
			const text = await file.text();
			const replacing = this.layers.length > 0;
			if (await this.open(text, file.name, places)) {
				// Another map has its own approval number: the old one must not be drawn on it.
				if (replacing) this.approvalInput = '';
				this.#save(text);
			}
		} catch (error) {
			this.error = {
				key: 'geoMap_errorRead',
				vars: { message: error instanceof Error ? error.message : String(error) }
			};
		} finally {
			this.reading = false;
		}
	}

	/**
	 * Reads a base map's text and, if any of its features is a province, makes it the loaded map, drawing
	 * `layer` or else the layer with the most provinces. Returns whether it did; if not, `error` says why.
	 */
	async open(
		text: string,
		fileName: string,
		places: readonly NamedProvince[],
		layer?: number
	): Promise<boolean> {
		const [{ BaseMapError, readBaseMap }, { matchFeatures }] = await Promise.all([
			import('$lib/geo/read-base-map'),
			import('$lib/geo/match-provinces')
		]);
		let layers: BaseMapLayer[];
		try {
			layers = readBaseMap(text);
		} catch (error) {
			if (!(error instanceof BaseMapError)) throw error;
			this.error = { key: PROBLEM_MESSAGES[error.problem], vars: { message: error.detail } };
			return false;
		}
		const reports = layers.map((d) => matchFeatures(d.features, places));
		const matched = reports.map((r) => r.matched);
		const most = Math.max(...matched);
		if (most === 0) {
			this.error = { key: 'geoMap_errorNoMatch' };
			return false;
		}
		this.error = null;
		this.fileName = fileName;
		this.layers = layers;
		this.reports = reports;
		this.layer = layer !== undefined && layer >= 0 && layer < layers.length ? layer : matched.indexOf(most);
		return true;
	}

	/** Forgets the map and its approval number, here and in sessionStorage. */
	remove(): void {
		this.fileName = '';
		this.layers = [];
		this.reports = [];
		this.layer = 0;
		this.approvalInput = '';
		this.error = null;
		const store = storage();
		store?.removeItem(FILE_KEY);
		store?.removeItem(SETTINGS_KEY);
	}

	/** Brings back the map of this tab's session after a reload (call from onMount). */
	async restore(places: readonly NamedProvince[]): Promise<void> {
		if (this.layers.length) return;
		const store = storage();
		try {
			const file = JSON.parse(store?.getItem(FILE_KEY) ?? 'null') as { name: string; text: string } | null;
			const settings = JSON.parse(store?.getItem(SETTINGS_KEY) ?? 'null') as {
				approval: string;
				layer: number;
			} | null;
			if (!file || typeof file.text !== 'string') return;
			if (await this.open(file.text, String(file.name), places, settings?.layer)) {
				this.approvalInput = typeof settings?.approval === 'string' ? settings.approval : '';
			} else {
				this.remove();
			}
		} catch {
			store?.removeItem(FILE_KEY);
		}
	}

	/** Keeps the approval number and the layer for the session (call when either changes). */
	saveSettings(): void {
		if (!this.layers.length) return;
		try {
			storage()?.setItem(SETTINGS_KEY, JSON.stringify({ approval: this.approvalInput, layer: this.layer }));
		} catch {
			// Not kept across a reload; it stays in memory.
		}
	}

	#save(text: string): void {
		const store = storage();
		try {
			store?.setItem(FILE_KEY, JSON.stringify({ name: this.fileName, text }));
		} catch {
			// Too large for sessionStorage: kept in memory only, for as long as the tab stays on the site.
			store?.removeItem(FILE_KEY);
		}
		this.saveSettings();
	}
}

/** The one base map of this tab. Only ever filled in the browser (never while prerendering). */
export const baseMapSession = new BaseMapSession();
