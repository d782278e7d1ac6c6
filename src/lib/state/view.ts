// The URL is the state. This is the one place where URL parameters are read and checked: every value
// that leaves here is one of a known list (indicator ids, years with data, schemes, region ids, adcodes),
// so nothing a user types can reach SQL as text.
import { REGION_IDS, REGION_SCHEMES, SCHEME_REGIONS } from '$lib/data/manifest';
import type { Indicator, Manifest, RegionId, RegionScheme, YearCoverage } from '$lib/data/manifest';
import { MIN_PROVINCES } from '$lib/metrics/measured';
import type { Weighting } from '$lib/metrics/theil';
import { WEIGHTS_SCHEMES, type WeightsScheme } from '$lib/metrics/moran-types';
import { LANGS, type Lang } from '$lib/i18n/lang';
import type { CompositeDefinition } from '$lib/metrics/composite-index';
import { NoticeList, type Notice } from './url-notices';
import { URL_PARAMS, type UrlParam } from './url-params';
import {
	COMPOSITE_PARAM_VALUE,
	COMPOSITE_PREFIX,
	compositeId,
	formatComposite,
	isCompositeId,
	parseComposite
} from './composite-definition';
import { baseId, commonYears, derivedIndicator, isPerCapitaId, perCapitaId } from './derived-indicators';

export type { Notice };

export const DEFAULT_INDICATOR = 'pku_dfiic_index_aggregate';
/** /relate's axes when a link names none: does digital finance track government-service capability? */
export const DEFAULT_X = 'cps_online_service_index';
export const DEFAULT_Y = DEFAULT_INDICATOR;
export const SCALES = ['linear', 'log'] as const;
export type Scale = (typeof SCALES)[number];

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
	/** Analysis: the spatial weights of Moran's I and the LISA clusters. */
	weights: WeightsScheme;
	/** Analysis: the start year of a comparison (β-convergence, densities); null = the indicator's first year. */
	from: number | null;
	/** Relate: the indicators on the horizontal and vertical axes (ids as `indicator`, derived ones included). */
	x: string;
	y: string;
	/** Relate: the axes' scale. */
	scale: Scale;
	/** The composite index the link defines (`composite=`), checked; its id is compositeId(composite). */
	composite: CompositeDefinition | null;
}

/**
 * Which indicator the view's year must have data for: `indicator` (every page but one), or both `x` and `y`
 * (/relate, whose year is one of the years its two axes share).
 */
export type YearOf = 'indicator' | 'axes';

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
	// /relate's x axis: another indicator where the data have no CPS index (the bench's synthetic panel).
	const x =
		findIndicator(manifest, DEFAULT_X) ?? manifest.indicators.find((d) => d.id !== indicator.id) ?? indicator;
	return {
		indicator: indicator.id,
		year: latestYear(indicator),
		scheme: 'region4',
		select: [],
		lang: 'zh',
		weighting: 'equal',
		weights: 'queen',
		from: null,
		x: x.id,
		y: indicator.id,
		scale: 'linear',
		composite: null
	};
}

/** The indicator of an id: bundled, imported or derived (a composite, a total per capita). */
export function findIndicator(manifest: Manifest, id: string): Indicator | undefined {
	return manifest.indicators.find((d) => d.id === id) ?? derivedIndicator(manifest, id);
}

/** The years with data of the view's indicator, or those its two axes share (see YearOf). */
export function viewYears(
	view: Pick<ViewState, 'indicator' | 'x' | 'y'>,
	manifest: Manifest,
	yearOf: YearOf
): number[] {
	return viewCoverage(view, manifest, yearOf).map((y) => y.year);
}

function viewCoverage(
	view: Pick<ViewState, 'indicator' | 'x' | 'y'>,
	manifest: Manifest,
	yearOf: YearOf
): YearCoverage[] {
	const ids = yearOf === 'axes' ? [view.x, view.y] : [view.indicator];
	const indicators = ids.map((id) => findIndicator(manifest, id)).filter((d) => d !== undefined);
	return commonYears(indicators);
}

/**
 * The year a view shows when none (or none with data) is asked for: the latest with data; on /relate the
 * latest in which enough provinces have both values for a correlation, where there is one.
 */
export function fallbackYear(
	view: Pick<ViewState, 'indicator' | 'x' | 'y'>,
	manifest: Manifest,
	yearOf: YearOf
): number | undefined {
	const coverage = viewCoverage(view, manifest, yearOf);
	const enough = yearOf === 'axes' ? coverage.filter((y) => y.provinces >= MIN_PROVINCES) : [];
	return (enough.at(-1) ?? coverage.at(-1))?.year;
}

/** The derived indicators a view shows (their values must be put into the engine before it is queried). */
export function derivedIds(view: Pick<ViewState, 'indicator' | 'x' | 'y' | 'composite'>): string[] {
	const ids = [view.indicator, view.x, view.y];
	if (view.composite) ids.push(compositeId(view.composite));
	return [...new Set(ids.filter((id) => isCompositeId(id) || isPerCapitaId(id)))];
}

/**
 * The view a link asks for, and a notice for each parameter that was not used as given. Other parameters
 * are ignored (links pass through mail and chat apps that add their own). An empty value counts as not
 * given. A parameter given more than once is read from its first value, with a notice: the first, as
 * URLSearchParams.get and the prerendered page's stale-view guard read it.
 */
export function parseView(
	link: URLSearchParams,
	manifest: Manifest,
	yearOf: YearOf = 'indicator'
): { view: ViewState; notices: Notice[] } {
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

	let composite: CompositeDefinition | null = null;
	const compositeText = read('composite');
	if (compositeText !== null) {
		const parsed = parseComposite(compositeText, manifest);
		if (!parsed.ok) notices.refuse('composite', compositeText, parsed.problem);
		else if (!findIndicator(manifest, compositeId(parsed.definition))?.years.length)
			notices.refuse('composite', compositeText, { reason: 'no_common_year', item: '' });
		else composite = parsed.definition;
	}

	// `per=capita` divides every total the link shows (indicator, x, y); an index is never divided.
	const perText = read('per');
	const perCapita = perText === 'capita';
	if (perText !== null && !perCapita) reject('per', perText, '');
	let divided = 0;
	/** An indicator parameter's id: `composite` names the link's composite; a total may be shown per capita. */
	const indicatorOf = (param: 'indicator' | 'x' | 'y', used: string): string => {
		const text = read(param);
		if (text === null) return used;
		const id = text === COMPOSITE_PARAM_VALUE && composite ? compositeId(composite) : text;
		// A derived id is never given in its internal form: only as `composite` and `per=capita`.
		const derivedForm = isCompositeId(text) || isPerCapitaId(text);
		const indicator = derivedForm ? undefined : findIndicator(manifest, id);
		if (!indicator) {
			reject(param, text, used);
			return used;
		}
		if (!(perCapita && indicator.total)) return id;
		divided++;
		return perCapitaId(id);
	};
	const indicatorId = indicatorOf('indicator', fallback.indicator);
	const x = indicatorOf('x', fallback.x);
	let y = indicatorOf('y', fallback.y);
	if (y === x) {
		const other = x === fallback.y ? fallback.x : fallback.y;
		reject('y', read('y') ?? y, other);
		y = other;
	}
	if (perCapita && divided === 0) reject('per', 'capita', '');
	const indicator = findIndicator(manifest, indicatorId) as Indicator;

	const scheme = pick(read('scheme'), REGION_SCHEMES, fallback.scheme, (v) =>
		reject('scheme', v, fallback.scheme)
	);

	const years = viewYears({ indicator: indicatorId, x, y }, manifest, yearOf);
	let year = fallbackYear({ indicator: indicatorId, x, y }, manifest, yearOf) ?? latestYear(indicator);
	const yearText = read('year');
	if (yearText !== null) {
		const asked = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
		if (years.includes(asked)) year = asked;
		else reject('year', yearText, String(year));
	}

	const weighting = pick(read('weighting'), WEIGHTINGS, fallback.weighting, (v) =>
		reject('weighting', v, fallback.weighting)
	);

	const weights = pick(read('weights'), WEIGHTS_SCHEMES, fallback.weights, (v) =>
		reject('weights', v, fallback.weights)
	);

	let from: number | null = null;
	const fromText = read('from');
	if (fromText !== null) {
		const asked = /^\d{4}$/.test(fromText) ? Number(fromText) : NaN;
		if (indicator.years.some((d) => d.year === asked)) from = asked;
		else reject('from', fromText, String(firstYear(indicator)));
	}

	const scale = pick(read('scale'), SCALES, fallback.scale, (v) => reject('scale', v, fallback.scale));

	// At most one of each region and province, however many entries the link lists.
	const select: Selection[] = [];
	for (const token of (read('select') ?? '').split(',')) {
		if (!token) continue;
		const item = parseSelection(token, scheme, manifest);
		if (item === null) reject('select', token, '');
		else if (!select.includes(item)) select.push(item);
	}

	return {
		view: {
			indicator: indicatorId,
			year,
			scheme,
			select,
			lang,
			weighting,
			weights,
			from,
			x,
			y,
			scale,
			composite
		},
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

/** How a link names an indicator: `composite` for the link's composite, a per-capita total by its own id. */
const linkId = (id: string): string => (isCompositeId(id) ? COMPOSITE_PARAM_VALUE : baseId(id));

/** The query string for a view: the share link, and what the page navigates to on every change. */
export function serializeView(view: ViewState): string {
	const params = new URLSearchParams();
	params.set('v', String(URL_SCHEMA_VERSION));
	params.set('indicator', linkId(view.indicator));
	params.set('year', String(view.year));
	params.set('scheme', view.scheme);
	if (view.select.length) params.set('select', view.select.join(','));
	if (view.lang !== 'zh') params.set('lang', view.lang);
	if (view.weighting !== 'equal') params.set('weighting', view.weighting);
	if (view.weights !== 'queen') params.set('weights', view.weights);
	if (view.from !== null) params.set('from', String(view.from));
	if (view.x !== DEFAULT_X) params.set('x', linkId(view.x));
	if (view.y !== DEFAULT_Y) params.set('y', linkId(view.y));
	if (view.scale !== 'linear') params.set('scale', view.scale);
	if ([view.indicator, view.x, view.y].some(isPerCapitaId)) params.set('per', 'capita');
	// The link's composite: the view's, else that of a composite it shows (a page may show one it builds).
	const shown = [view.indicator, view.x, view.y].find(isCompositeId);
	const composite = view.composite ? formatComposite(view.composite) : shown?.slice(COMPOSITE_PREFIX.length);
	if (composite) params.set('composite', composite);
	return `?${params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':').replaceAll('%2A', '*')}`;
}

/**
 * Whether two views are the same view: the same link and the same indicators (a link names any composite
 * `composite`, so a view part-way between two composites would otherwise pass for either).
 */
export function sameView(a: ViewState, b: ViewState): boolean {
	return a.indicator === b.indicator && a.x === b.x && a.y === b.y && serializeView(a) === serializeView(b);
}

/**
 * The view after a change, keeping it valid: a year without data (for the new indicator, or for both axes
 * on /relate) moves to the latest year with data; a new composite replaces the old one wherever it is shown.
 */
export function changeView(
	view: ViewState,
	change: Partial<ViewState>,
	manifest: Manifest,
	yearOf: YearOf = 'indicator'
): ViewState {
	const next = { ...view, ...change };
	if (change.composite) {
		const id = compositeId(change.composite);
		for (const key of ['indicator', 'x', 'y'] as const) if (isCompositeId(next[key])) next[key] = id;
	}
	const years = viewYears(next, manifest, yearOf);
	if (years.length && !years.includes(next.year)) next.year = fallbackYear(next, manifest, yearOf) as number;
	const indicator = findIndicator(manifest, next.indicator);
	if (indicator && next.from !== null && !indicator.years.some((d) => d.year === next.from)) next.from = null;
	// A region of the other scheme cannot be highlighted there (northeast has no region3 counterpart).
	next.select = next.select.filter(
		(s) => typeof s === 'number' || (SCHEME_REGIONS[next.scheme] as readonly string[]).includes(s)
	);
	return next;
}

/** Whether the view shows its totals per capita (`per=capita`). */
export const showsPerCapita = (view: Pick<ViewState, 'indicator' | 'x' | 'y'>): boolean =>
	[view.indicator, view.x, view.y].some(isPerCapitaId);

/** Whether an indicator (by id, per capita or not) is a total, which may be shown per capita. */
export const isTotal = (manifest: Manifest, id: string): boolean =>
	findIndicator(manifest, baseId(id))?.total === true;

/** The id to show for a picked indicator: per capita when the view shows totals so and it is one. */
export const shownId = (manifest: Manifest, id: string, perCapita: boolean): string =>
	perCapita && isTotal(manifest, id) ? perCapitaId(baseId(id)) : baseId(id);

/** The change that shows every total of the view per capita, or every one as given. */
export function perCapitaChange(
	view: Pick<ViewState, 'indicator' | 'x' | 'y'>,
	manifest: Manifest,
	on: boolean
): Pick<ViewState, 'indicator' | 'x' | 'y'> {
	return {
		indicator: shownId(manifest, view.indicator, on),
		x: shownId(manifest, view.x, on),
		y: shownId(manifest, view.y, on)
	};
}

export function isRegion(selection: Selection): selection is RegionId {
	return typeof selection === 'string' && (REGION_IDS as readonly string[]).includes(selection);
}
