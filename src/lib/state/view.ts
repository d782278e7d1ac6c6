// The URL is the state. This is the one place where URL parameters are read and checked: every value
// that leaves here is one of a known list (indicator ids, years with data, schemes, region ids, adcodes),
// so nothing a user types can reach SQL as text.
import { REGION_IDS, REGION_SCHEMES, SCHEME_REGIONS } from '$lib/data/manifest';
import type { Indicator, Manifest, RegionId, RegionScheme } from '$lib/data/manifest';
import type { Weighting } from '$lib/metrics/theil';
import { LANGS, type Lang } from '$lib/i18n/lang';
import { NoticeList, type Notice } from './url-notices';
import { URL_PARAMS, type UrlParam } from './url-params';

export type { Notice };

export const DEFAULT_INDICATOR = 'pku_dfiic_index_aggregate';

/**
 * The version of the URL schema, written into every link as `v`. When the schema changes, bump it and add
 * a step to MIGRATIONS that rewrites the parameters of the old version, so old links keep working.
 * A link without `v` predates versioning and is read as version 1.
 */
export const URL_SCHEMA_VERSION = 1;
const MIGRATIONS: Record<number, (params: URLSearchParams) => void> = {};

function migrate(params: URLSearchParams): { params: URLSearchParams; version: number | null } {
	const text = firstValue(params, 'v');
	const version = text === null ? 1 : /^\d{1,3}$/.test(text) ? Number(text) : NaN;
	if (!(version >= 1 && version <= URL_SCHEMA_VERSION)) return { params, version: null };
	const migrated = new URLSearchParams(params);
	for (let v = version; v < URL_SCHEMA_VERSION; v++) MIGRATIONS[v]?.(migrated);
	return { params: migrated, version };
}

export const WEIGHTINGS = ['equal', 'population'] as const satisfies readonly Weighting[];

/** A highlighted region (by id) or province (by adcode). */
export type Selection = RegionId | number;

export interface ViewState {
	indicator: string;
	year: number;
	scheme: RegionScheme;
	select: Selection[];
	lang: Lang;
	/** Analysis: how provinces are weighted in the Theil index. */
	weighting: Weighting;
	/** Analysis: the start year of a comparison (β-convergence, densities); null = the indicator's first year. */
	from: number | null;
}

/** A parameter's first non-empty value: an empty one (`year=`) counts as not given. */
function firstValue(params: URLSearchParams, name: UrlParam): string | null {
	return params.getAll(name).find(Boolean) ?? null;
}

export function latestYear(indicator: Indicator): number {
	const last = indicator.years.at(-1);
	if (!last) throw new Error(`indicator ${indicator.id} has no data`);
	return last.year;
}

export function firstYear(indicator: Indicator): number {
	const first = indicator.years[0];
	if (!first) throw new Error(`indicator ${indicator.id} has no data`);
	return first.year;
}

export function defaultView(manifest: Manifest): ViewState {
	const indicator = findIndicator(manifest, DEFAULT_INDICATOR) ?? manifest.indicators[0];
	if (!indicator) throw new Error('the manifest lists no indicator');
	return {
		indicator: indicator.id,
		year: latestYear(indicator),
		scheme: 'region4',
		select: [],
		lang: 'zh',
		weighting: 'equal',
		from: null
	};
}

export function findIndicator(manifest: Manifest, id: string): Indicator | undefined {
	return manifest.indicators.find((d) => d.id === id);
}

/**
 * The view a link asks for, and a notice for each parameter that was not used as given. Other parameters
 * are ignored (links pass through mail and chat apps that add their own). An empty value counts as not
 * given. A parameter given more than once is read from its first value, with a notice: the first, as
 * URLSearchParams.get and the prerendered page's stale-view guard read it.
 */
export function parseView(link: URLSearchParams, manifest: Manifest): { view: ViewState; notices: Notice[] } {
	const fallback = defaultView(manifest);
	const notices = new NoticeList();
	const reject = (param: UrlParam, value: string, used: string) => notices.reject(param, value, used);
	for (const param of URL_PARAMS) {
		const given = link.getAll(param).filter(Boolean).length;
		if (given > 1) notices.repeated(param, given);
	}
	const { params, version } = migrate(link);
	// A link from an unknown schema version is read as far as it goes, and the reader is told.
	if (version === null) reject('v', firstValue(link, 'v') ?? '', String(URL_SCHEMA_VERSION));
	const read = (param: UrlParam) => firstValue(params, param);

	const lang = pick(read('lang'), LANGS, fallback.lang, (v) => reject('lang', v, fallback.lang));

	const indicatorId = read('indicator');
	let indicator = indicatorId === null ? undefined : findIndicator(manifest, indicatorId);
	if (indicatorId !== null && !indicator) reject('indicator', indicatorId, fallback.indicator);
	indicator ??= findIndicator(manifest, fallback.indicator) as Indicator;

	const scheme = pick(read('scheme'), REGION_SCHEMES, fallback.scheme, (v) =>
		reject('scheme', v, fallback.scheme)
	);

	let year = latestYear(indicator);
	const yearText = read('year');
	if (yearText !== null) {
		const asked = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
		if (indicator.years.some((d) => d.year === asked)) year = asked;
		else reject('year', yearText, String(year));
	}

	const weighting = pick(read('weighting'), WEIGHTINGS, fallback.weighting, (v) =>
		reject('weighting', v, fallback.weighting)
	);

	let from: number | null = null;
	const fromText = read('from');
	if (fromText !== null) {
		const asked = /^\d{4}$/.test(fromText) ? Number(fromText) : NaN;
		if (indicator.years.some((d) => d.year === asked)) from = asked;
		else reject('from', fromText, String(firstYear(indicator)));
	}

	// At most one of each region and province, however many entries the link lists.
	const select: Selection[] = [];
	for (const token of (read('select') ?? '').split(',')) {
		if (!token) continue;
		const item = parseSelection(token, scheme, manifest);
		if (item === null) reject('select', token, '');
		else if (!select.includes(item)) select.push(item);
	}

	return {
		view: { indicator: indicator.id, year, scheme, select, lang, weighting, from },
		notices: notices.list(URL_PARAMS)
	};
}

function parseSelection(token: string, scheme: RegionScheme, manifest: Manifest): Selection | null {
	if ((SCHEME_REGIONS[scheme] as readonly string[]).includes(token)) return token as RegionId;
	if (/^\d{6}$/.test(token)) {
		const adcode = Number(token);
		if (manifest.provinces.some((p) => p.adcode === adcode)) return adcode;
	}
	return null;
}

function pick<T extends string>(
	value: string | null,
	allowed: readonly T[],
	fallback: T,
	onReject: (v: string) => void
): T {
	if (value === null) return fallback;
	if ((allowed as readonly string[]).includes(value)) return value as T;
	onReject(value);
	return fallback;
}

/** The query string for a view: the share link, and what the page navigates to on every change. */
export function serializeView(view: ViewState): string {
	const params = new URLSearchParams();
	params.set('v', String(URL_SCHEMA_VERSION));
	params.set('indicator', view.indicator);
	params.set('year', String(view.year));
	params.set('scheme', view.scheme);
	if (view.select.length) params.set('select', view.select.join(','));
	if (view.lang !== 'zh') params.set('lang', view.lang);
	if (view.weighting !== 'equal') params.set('weighting', view.weighting);
	if (view.from !== null) params.set('from', String(view.from));
	return `?${params.toString().replaceAll('%2C', ',')}`;
}

/** Whether two views are the same view (the same link). */
export function sameView(a: ViewState, b: ViewState): boolean {
	return serializeView(a) === serializeView(b);
}

/** The view after a change, keeping it valid: a year without data for a new indicator moves to its latest year. */
export function changeView(view: ViewState, change: Partial<ViewState>, manifest: Manifest): ViewState {
	const next = { ...view, ...change };
	const indicator = findIndicator(manifest, next.indicator);
	if (indicator && !indicator.years.some((d) => d.year === next.year)) next.year = latestYear(indicator);
	if (indicator && next.from !== null && !indicator.years.some((d) => d.year === next.from)) next.from = null;
	// A region of the other scheme cannot be highlighted there (northeast has no region3 counterpart).
	next.select = next.select.filter(
		(s) => typeof s === 'number' || (SCHEME_REGIONS[next.scheme] as readonly string[]).includes(s)
	);
	return next;
}

export function isRegion(selection: Selection): selection is RegionId {
	return typeof selection === 'string' && (REGION_IDS as readonly string[]).includes(selection);
}
